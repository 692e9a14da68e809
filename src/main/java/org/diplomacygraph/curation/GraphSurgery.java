package org.diplomacygraph.curation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.model.Names;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes curation makes to the stored graph, in plain SQL inside the caller's transaction:
 * adding an alias and merging two records of one type (what is particular to each type is its
 * {@link TypeMerge}). Used by the mutations and by the replay after a corpus rewrite, so both change
 * the graph the same way. A merge leaves the persistence context cleared.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class GraphSurgery {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final MergeRows rows;

	private final ServedValues servedValues;

	private final Map<CuratedType, TypeMerge> merges = new EnumMap<>(CuratedType.class);

	GraphSurgery(JdbcTemplate jdbc, EntityManager entityManager, MergeRows rows, ServedValues servedValues,
			List<TypeMerge> merges) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.rows = rows;
		this.servedValues = servedValues;
		merges.forEach((merge) -> this.merges.put(merge.type(), merge));
		for (CuratedType type : CuratedType.values()) {
			if (!this.merges.containsKey(type)) {
				throw new IllegalStateException("No merge for " + type);
			}
		}
	}

	/** Whether an entity of the type with this slug is stored. */
	boolean exists(CuratedType type, String id) {
		return !this.jdbc.queryForList("select id from " + type.table + " where id = ?", String.class, id).isEmpty();
	}

	/** The slug an old ID was merged into, if it was. */
	String redirect(CuratedType type, String id) {
		List<String> target = this.jdbc.queryForList(
				"select new_id from entity_redirect where entity_type = ? and old_id = ?", String.class,
				type.subjectType().name(), id);
		return target.isEmpty() ? null : target.get(0);
	}

	/** The name of a named record, the title of a meeting, agreement or post. */
	String name(CuratedType type, String id) {
		return this.jdbc.queryForObject("select " + type.labelColumn + " from " + type.table + " where id = ?",
				String.class, id);
	}

	/** The slug of the person who holds a post. */
	String holder(String postId) {
		return this.jdbc.queryForObject("select person_id from person_position where id = ?", String.class, postId);
	}

	List<String> aliases(CuratedType type, String id) {
		return this.jdbc.queryForList("select alias from " + type.aliases.table() + " where " + type.aliases.owner()
				+ " = ? order by ordinal", String.class, id);
	}

	/** Adds the names a named entity lacks (exact spellings) after its aliases; false if it had them all. */
	boolean addAliases(CuratedType type, String id, List<String> names) {
		String name = name(type, id);
		List<String> aliases = aliases(type, id);
		Set<String> added = new LinkedHashSet<>();
		for (String alias : names) {
			if (!alias.equals(name) && !aliases.contains(alias)) {
				added.add(alias);
			}
		}
		if (added.isEmpty()) {
			return false;
		}
		int ordinal = aliases.size();
		for (String alias : added) {
			this.jdbc.update("insert into " + type.aliases.table() + " (" + type.aliases.owner()
					+ ", ordinal, alias) values (?, ?, ?)", id, ordinal++, alias);
		}
		if (type.aliases.searchText()) {
			List<String> all = new ArrayList<>(aliases);
			all.addAll(added);
			this.jdbc.update("update " + type.table + " set search_text = ? where id = ?", Names.searchText(name, all), id);
		}
		return true;
	}

	/**
	 * Makes two records one: the evidence and claims of both are the kept one's (claims of other
	 * records that name the removed one name the kept one), every fact of the removed one moves to
	 * the kept one ({@link TypeMerge}), a removed name and its aliases become aliases, the removed
	 * record is deleted and its ID (and every ID redirected to it) redirects to the kept one. Then
	 * the kept record and every record whose claims changed serve what the union of their claims
	 * chooses: values the sources disagree on stay as disputed claims. Both must exist and differ.
	 */
	void merge(CuratedType type, String kept, String removed) {
		this.entityManager.flush();
		SubjectType subject = type.subjectType();
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
		if (type.named()) {
			this.jdbc.update("delete from " + type.aliases.table() + " where " + type.aliases.owner() + " = ?", removed);
		}
		this.jdbc.update("delete from " + type.table + " where id = ?", removed);
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
