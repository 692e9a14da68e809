package org.diplomacygraph.reconcile;

import java.util.List;

import org.diplomacygraph.record.RecordType;

/**
 * One query of a batch, checked.
 *
 * @param key the client's key for it, under which its result comes back
 * @param text the name (or title) to match, possibly empty when properties are given
 * @param types the types to look among; all when the query names none
 * @param limit the most candidates to return
 * @param properties the property values that raise or lower the scores
 */
record ReconcileQuery(String key, String text, List<RecordType> types, int limit, List<PropertyValue> properties) {

	ReconcileQuery {
		types = List.copyOf(types);
		properties = List.copyOf(properties);
	}

	/** The values given for a property, in order. */
	List<Value> values(ReconcileProperty property) {
		return this.properties.stream()
			.filter((given) -> given.property() == property)
			.flatMap((given) -> given.values().stream())
			.toList();
	}

	/** A property and the values a query gives for it. */
	record PropertyValue(ReconcileProperty property, List<Value> values) {

		PropertyValue {
			values = List.copyOf(values);
		}

	}

	/**
	 * One value: the ID of a record (given as {@code {"id": …}}, or as a string that is a global ID),
	 * or text (a name, a kind, a date).
	 */
	record Value(String id, String text) {

		String shown() {
			return (this.text != null) ? this.text : this.id;
		}

	}

}
