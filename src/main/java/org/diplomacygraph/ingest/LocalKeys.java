package org.diplomacygraph.ingest;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.InputText.Field;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;

/**
 * The {@code key}s an ingest input gives its entries, per type, so that its entries refer to each
 * other: each key stands for the slug its entry was linked to ({@link EntryLinker}). A key is given
 * to one entry of a type only.
 */
final class LocalKeys {

	/** The slug of each key's entry, or "" when the entry has none (its user error is reported). */
	private final Map<RecordType, Map<String, String>> keys = new EnumMap<>(RecordType.class);

	private final InputChecks checks;

	LocalKeys(InputChecks checks) {
		this.checks = checks;
		for (RecordType type : RecordType.records()) {
			this.keys.put(type, new HashMap<>());
		}
	}

	/** Gives an entry's key (if any) the entry's slug; a user error if the key is blank, invalid or taken. */
	void register(RecordType type, String key, String slug, Object... path) {
		if (key == null) {
			return;
		}
		Object[] at = InputChecks.append(path, "key");
		if (InputText.isBlank(key)) {
			this.checks.error(Code.REQUIRED, "`key` must not be blank", at);
		}
		else if (!this.checks.check(key, Field.KEY, at)) {
			return;
		}
		else if (this.keys.get(type).putIfAbsent(key, (slug != null) ? slug : "") != null) {
			this.checks.error(Code.CONFLICT, "`key` '" + InputText.echo(key) + "' is given to another "
					+ type.noun() + " of this input too", at);
		}
	}

	/** Whether the value is the key of an entry of this type. */
	boolean names(RecordType type, String value) {
		return this.keys.get(type).containsKey(value);
	}

	/** The slug of the entry of this type with this key; null if there is none or it has none. */
	String slug(RecordType type, String value) {
		String slug = this.keys.get(type).get(value);
		return (slug == null || slug.isEmpty()) ? null : slug;
	}

}
