package org.diplomacygraph.curation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Aliased;
import org.diplomacygraph.values.Labelled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes curation makes to the stored graph, inside the caller's transaction: adding an alias
 * (through JPA) and merging two records of one type (what is particular to each type is its
 * {@link TypeMerge}, in plain SQL; the removed record is deleted and the kept one's names added
 * through JPA). Entity classes come from the registry ({@link RecordType}), never tables. Used by the mutations and by the replay after a corpus rewrite, so both change
 * the graph the same way. A merge leaves the persistence context cleared.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class GraphSurgery {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final MergeRows rows;

	private final ServedValues servedValues;

	private final Map<RecordType, TypeMerge> merges = new EnumMap<>(RecordType.class);

	GraphSurgery(JdbcTemplate jdbc, EntityManager entityManager, MergeRows rows, ServedValues servedValues,
			List<TypeMerge> merges) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.rows = rows;
		this.servedValues = servedValues;
		merges.forEach((merge) -> this.merges.put(merge.type(), merge));
		for (RecordType type : Curation.MERGEABLE) {
			if (!this.merges.containsKey(type)) {
				throw new IllegalStateException("No merge for " + type);
			}
		}
	}

	/** Whether an entity of the type with this slug is stored. */
	boolean exists(RecordType type, String id) {
		return find(type, id) != null;
	}

	/** The slug an old ID was merged into, if it was. */
	String redirect(RecordType type, String id) {
		List<String> target = this.jdbc.queryForList(
				"select new_id from entity_redirect where entity_type = ? and old_id = ?", String.class, type.name(), id);
		return target.isEmpty() ? null : target.get(0);
	}

	/** The name of a named record, the title of a meeting, agreement or post. */
	String name(RecordType type, String id) {
		return ((Labelled) find(type, id)).getLabel();
	}

	/** The slug of the person who holds a post. */
	String holder(String postId) {
		return this.entityManager.createQuery("select p.personId from Position p where p.id = :id", String.class)
			.setParameter("id", postId)
			.getSingleResult();
	}

	List<String> aliases(RecordType type, String id) {
		return List.copyOf(((Aliased) find(type, id)).getAliases());
	}

	/**
	 * Adds the names a named entity lacks (exact spellings) after its aliases, through JPA (so the
	 * entity keeps its folded names and the search change is recorded by itself); false if it had them all.
	 */
	boolean addAliases(RecordType type, String id, List<String> names) {
		Aliased entity = (Aliased) find(type, id);
		Set<String> added = new LinkedHashSet<>();
		for (String alias : names) {
			if (!alias.equals(entity.getName()) && !entity.getAliases().contains(alias)) {
				added.add(alias);
			}
		}
		if (added.isEmpty()) {
			return false;
		}
		entity.addAliases(added);
		this.entityManager.flush();
		return true;
	}

	private Object find(RecordType type, String id) {
		return this.entityManager.find(type.entityType(this.entityManager), id);
	}

	/**
	 * Makes two records one: the evidence and claims of both are the kept one's (claims of other
	 * records that name the removed one name the kept one), every fact of the removed one moves to
	 * the kept one ({@link TypeMerge}), a removed name and its aliases become aliases, the removed
	 * record is deleted and its ID (and every ID redirected to it) redirects to the kept one. Then
	 * the kept record and every record whose claims changed serve what the union of their claims
	 * chooses: values the sources disagree on stay as disputed claims. Both must exist and differ.
	 */
	void merge(RecordType type, String kept, String removed) {
		this.entityManager.flush();
		RecordType subject = type;
		List<String> names = new ArrayList<>();
		if (type.named()) {
			names.add(name(type, removed));
			names.addAll(aliases(type, removed));
			// The removed record's name is one more alias of the kept one, and so are the claims of it.
			this.jdbc.update("update claim set field = ? where subject_type = ? and subject_id = ? and field = ? "
					+ "and claimed <> ?", ClaimField.ALIAS.name(), subject.name(), removed, ClaimField.NAME.name(),
					name(type, kept));
		}
		this.rows.moveSubject(subject, removed, kept);
		Set<Subject> touched = new LinkedHashSet<>();
		touched.add(new Subject(subject, kept));
		touched.addAll(this.rows.rewriteReferences(subject, kept, removed));
		touched.addAll(this.merges.get(type).merge(kept, removed));
		// The plain SQL above changed rows behind the persistence context: the removed record (with its
		// aliases and lists) is deleted, and the names added, on entities read afresh.
		this.entityManager.clear();
		this.entityManager.remove(find(type, removed));
		this.entityManager.flush();
		if (type.named()) {
			addAliases(type, kept, names);
		}
		this.jdbc.update("update entity_redirect set new_id = ? where entity_type = ? and new_id = ?", kept,
				subject.name(), removed);
		this.jdbc.update("delete from entity_redirect where entity_type = ? and old_id = ?", subject.name(), removed);
		this.jdbc.update("insert into entity_redirect (entity_type, old_id, new_id) values (?, ?, ?)", subject.name(),
				removed, kept);
		// Entities read before the plain SQL are stale: the served values are set on fresh ones.
		this.entityManager.clear();
		touched.remove(new Subject(subject, removed));
		this.servedValues.refresh(touched, false);
		this.entityManager.clear();
	}

}
