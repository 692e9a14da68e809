package org.diplomacygraph.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.ingest.CorpusCompiler.Existing;
import org.diplomacygraph.ingest.Draft.Named;
import org.diplomacygraph.ingest.Draft.Value;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Aliased;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;

/**
 * What {@link GraphBuilder} asks of a draft's values once every file is read: a reference resolved
 * to an entity built from a draft or a stored one (unknown otherwise), a required value (missing
 * otherwise), a post that is the person's, and the stored entities that drafts extend with the
 * names they add.
 */
final class References {

	private final Drafts drafts;

	private final Checks checks;

	private final Existing existing;

	private final Collection<ArticleDraft> articles;

	/** Stored entities that entries extend, with the names they add, in the order met. */
	private final Map<Object, List<String>> extended = new LinkedHashMap<>();

	References(Drafts drafts, Checks checks, Existing existing, Collection<ArticleDraft> articles) {
		this.drafts = drafts;
		this.checks = checks;
		this.existing = existing;
		this.articles = articles;
	}

	Existing existing() {
		return this.existing;
	}

	Map<Object, List<String>> extended() {
		return this.extended;
	}

	/**
	 * The entity a reference names: one built from a draft, else (if no draft of that id exists) a
	 * stored one; null and a defect if neither.
	 */
	<T> T ref(Draft<?> draft, Value<String> value, Map<String, T> built, RecordType type) {
		String id = value.get();
		if (id == null) {
			return null;
		}
		T target = built.get(id);
		if (target == null && !this.drafts.declares(type, id)) {
			@SuppressWarnings("unchecked")
			T stored = (T) this.existing.find(type, id);
			if (stored == null) {
				unknown(draft, value, type, id);
			}
			return stored;
		}
		return target;
	}

	void unknown(Draft<?> draft, Value<String> value, RecordType type, String id) {
		this.checks.report(draft.origin(value).defect(Code.NOT_FOUND, value.field, "unknown "
				+ type.name().toLowerCase(Locale.ROOT) + " '" + id + "' (not defined in any file of the corpus)", value.field));
	}

	/** The value of a new record's required field; a defect if no file gives it (nor a valid one). */
	<T> T required(Draft<?> draft, Value<T> value) {
		if (value.get() == null && draft.stored() == null && !value.isInvalid()) {
			this.checks.report(draft.first().defectAs(Code.REQUIRED, value.field + " is not given in any file",
					value.field + " is required", value.field));
		}
		return value.get();
	}

	/** The post a participant or signatory acted in must be one of that person's posts. */
	Position capacity(Draft<?> draft, Value<String> value, Person person, Map<String, Position> positions) {
		Position capacity = ref(draft, value, positions, RecordType.POSITION);
		if (capacity != null && person != null && !capacity.getPerson().getId().equals(person.getId())) {
			this.checks.report(draft.origin(value).defect(Code.CONFLICT, null, "capacity '" + capacity.getId()
					+ "' is a post of '" + capacity.getPerson().getId() + "', not of '" + person.getId() + "'", "capacity"));
			return null;
		}
		return capacity;
	}

	/**
	 * The stored entity a draft extends, noting the names its entries give (its name and aliases)
	 * that the entity does not have yet, spelt exactly so.
	 */
	<E> E extend(Draft<E> draft) {
		this.extended.put(draft.stored(), (draft instanceof Named<?> named) ? namesAdded(named) : List.of());
		return draft.stored();
	}

	private List<String> namesAdded(Named<?> draft) {
		Aliased stored = draft.stored();
		Set<String> added = new LinkedHashSet<>();
		String spelt = draft.name.get();
		if (spelt != null && !spelt.equals(stored.getName()) && !stored.getAliases().contains(spelt)) {
			// Another spelling of a stored entity becomes an alias: one the article uses, like any alias.
			boolean used = this.articles.stream()
				.anyMatch((article) -> draft.declaredIn(article) && article.find(CorpusCompiler.nfc(spelt)) >= 0);
			if (used) {
				added.add(spelt);
			}
			else {
				this.checks.report(draft.origin(draft.name).defect(Code.QUOTE_NOT_FOUND, "name", "name \""
						+ InputText.echo(spelt) + "\" is not the stored name of '" + draft.id
						+ "' and does not occur in the text, so it cannot become an alias; give the name the article uses",
						"name"));
			}
		}
		added.addAll(draft.aliases);
		if (stored.getName() != null) {
			added.remove(stored.getName());
		}
		added.removeAll(stored.getAliases());
		return List.copyOf(added);
	}

	/** The entities built anew, without the stored ones that entries extend. */
	<T> List<T> created(Map<String, T> built) {
		return built.values().stream().filter((entity) -> !this.extended.containsKey(entity)).toList();
	}

}
