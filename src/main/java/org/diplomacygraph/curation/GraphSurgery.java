package org.diplomacygraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.model.Names;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes curation makes to the stored graph, in plain SQL inside the caller's transaction:
 * adding an alias and merging two entities. Used by the mutations and by the replay after a corpus
 * rewrite, so both change the graph the same way. Callers clear the persistence context after.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class GraphSurgery {

	private final JdbcTemplate jdbc;

	GraphSurgery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether an entity of the type with this slug is stored. */
	boolean exists(CuratedType type, String id) {
		return !this.jdbc.queryForList("select id from " + type.table + " where id = ?", String.class, id).isEmpty();
	}

	/** The slug an old ID was merged into, if it was. */
	String redirect(CuratedType type, String id) {
		List<String> target = this.jdbc.queryForList(
				"select new_id from entity_redirect where entity_type = ? and old_id = ?", String.class, type.name(), id);
		return target.isEmpty() ? null : target.get(0);
	}

	String name(CuratedType type, String id) {
		return this.jdbc.queryForObject("select name from " + type.table + " where id = ?", String.class, id);
	}

	List<String> aliases(CuratedType type, String id) {
		return this.jdbc.queryForList("select alias from " + type.aliasTable + " where " + type.aliasOwner
				+ " = ? order by ordinal", String.class, id);
	}

	/** Adds the names an entity lacks (exact spellings) after its aliases; false if it had them all. */
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
			this.jdbc.update("insert into " + type.aliasTable + " (" + type.aliasOwner + ", ordinal, alias) values (?, ?, ?)",
					id, ordinal++, alias);
		}
		if (type.hasSearchText) {
			List<String> all = new ArrayList<>(aliases);
			all.addAll(added);
			this.jdbc.update("update " + type.table + " set search_text = ? where id = ?", Names.searchText(name, all), id);
		}
		return true;
	}

	/**
	 * Moves every fact of {@code removed} to {@code kept}, makes the removed names aliases of the
	 * kept entity, deletes the removed one and redirects its ID (and every ID redirected to it).
	 * Both must exist and differ.
	 */
	void merge(CuratedType type, String kept, String removed) {
		List<String> names = new ArrayList<>();
		names.add(name(type, removed));
		names.addAll(aliases(type, removed));
		switch (type) {
			case PERSON -> mergePeople(kept, removed);
			case ORGANISATION -> mergeOrganisations(kept, removed);
			case PLACE -> mergePlaces(kept, removed);
			case COUNTRY -> mergeCountries(kept, removed);
		}
		this.jdbc.update("update evidence set subject_id = ? where subject_type = ? and subject_id = ?", kept,
				type.subjectType().name(), removed);
		this.jdbc.update("delete from " + type.aliasTable + " where " + type.aliasOwner + " = ?", removed);
		this.jdbc.update("delete from " + type.table + " where id = ?", removed);
		addAliases(type, kept, names);
		this.jdbc.update("update entity_redirect set new_id = ? where entity_type = ? and new_id = ?", kept,
				type.name(), removed);
		this.jdbc.update("delete from entity_redirect where entity_type = ? and old_id = ?", type.name(), removed);
		this.jdbc.update("insert into entity_redirect (entity_type, old_id, new_id) values (?, ?, ?)", type.name(),
				removed, kept);
	}

	private void mergePeople(String kept, String removed) {
		this.jdbc.update("update person_position set person_id = ? where person_id = ?", kept, removed);
		// Both at one meeting: one participation stays, the kept one's, with the removed one's evidence.
		for (Map<String, Object> pair : this.jdbc.queryForList("select r.id as removed_id, k.id as kept_id "
				+ "from participant r join participant k on k.meeting_id = r.meeting_id and k.person_id = ? "
				+ "where r.person_id = ?", kept, removed)) {
			moveEvidence("PARTICIPANT", (String) pair.get("removed_id"), (String) pair.get("kept_id"));
			this.jdbc.update("delete from participant where id = ?", pair.get("removed_id"));
		}
		this.jdbc.update("update participant set person_id = ? where person_id = ?", kept, removed);
		this.jdbc.update("update signatory set person_id = ? where person_id = ?", kept, removed);
		inherit("person", "nationality_id", kept, removed);
	}

	private void mergeOrganisations(String kept, String removed) {
		// The kept one's parent: its own, else the removed one's; never itself.
		String keptParent = this.jdbc.queryForObject("select parent_id from organisation where id = ?", String.class,
				kept);
		String removedParent = this.jdbc.queryForObject("select parent_id from organisation where id = ?",
				String.class, removed);
		String parent = (keptParent == null || keptParent.equals(removed)) ? removedParent : keptParent;
		if (parent != null && (parent.equals(kept) || within("organisation", "parent_id", parent, kept))) {
			parent = null;
		}
		this.jdbc.update("update organisation set parent_id = ? where id = ?", parent, kept);
		this.jdbc.update("update organisation set parent_id = ? where parent_id = ? and id <> ?", kept, removed, kept);
		inherit("organisation", "country_id", kept, removed);
		this.jdbc.update("update person_position set organisation_id = ? where organisation_id = ?", kept, removed);
		this.jdbc.update("delete from meeting_organisation where organisation_id = ? and meeting_id in "
				+ "(select meeting_id from meeting_organisation where organisation_id = ?)", removed, kept);
		this.jdbc.update("update meeting_organisation set organisation_id = ? where organisation_id = ?", kept, removed);
		mergeParties("organisation_id", kept, removed);
	}

	private void mergePlaces(String kept, String removed) {
		String keptWithin = this.jdbc.queryForObject("select within_id from place where id = ?", String.class, kept);
		String removedWithin = this.jdbc.queryForObject("select within_id from place where id = ?", String.class,
				removed);
		String within = (keptWithin == null || keptWithin.equals(removed)) ? removedWithin : keptWithin;
		if (within != null && (within.equals(kept) || within("place", "within_id", within, kept))) {
			within = null;
		}
		this.jdbc.update("update place set within_id = ? where id = ?", within, kept);
		this.jdbc.update("update place set within_id = ? where within_id = ? and id <> ?", kept, removed, kept);
		inherit("place", "country_id", kept, removed);
		this.jdbc.update("update meeting set place_id = ? where place_id = ?", kept, removed);
		// Every enclosure again, as V3 fills it: the places within the removed one now lie within the kept one.
		this.jdbc.update("delete from place_enclosure");
		this.jdbc.update("insert into place_enclosure (place_id, enclosing_id) "
				+ "with recursive enclosure (place_id, enclosing_id) as (select id, id from place where id <> ? "
				+ "union all select e.place_id, p.within_id from enclosure e join place p on p.id = e.enclosing_id "
				+ "where p.within_id is not null) select distinct place_id, enclosing_id from enclosure", removed);
	}

	private void mergeCountries(String kept, String removed) {
		for (String table : List.of("person.nationality_id", "organisation.country_id", "place.country_id",
				"person_position.country_id", "meeting.country_id")) {
			String[] column = table.split("\\.");
			this.jdbc.update("update " + column[0] + " set " + column[1] + " = ? where " + column[1] + " = ?", kept,
					removed);
		}
		inherit("country", "code", kept, removed);
		mergeParties("country_id", kept, removed);
	}

	/** Agreement parties: where both were parties to one agreement, the kept party row stays. */
	private void mergeParties(String column, String kept, String removed) {
		for (Map<String, Object> pair : this.jdbc.queryForList("select r.id as removed_id, k.id as kept_id "
				+ "from agreement_party r join agreement_party k on k.agreement_id = r.agreement_id and k." + column
				+ " = ? where r." + column + " = ?", kept, removed)) {
			moveEvidence("AGREEMENT_PARTY", (String) pair.get("removed_id"), (String) pair.get("kept_id"));
			this.jdbc.update("delete from agreement_party where id = ?", pair.get("removed_id"));
		}
		this.jdbc.update("update agreement_party set " + column + " = ? where " + column + " = ?", kept, removed);
	}

	private void moveEvidence(String subjectType, String from, String to) {
		this.jdbc.update("update evidence set subject_id = ? where subject_type = ? and subject_id = ?", to,
				subjectType, from);
	}

	/** Takes a value the kept row lacks from the removed row. */
	private void inherit(String table, String column, String kept, String removed) {
		this.jdbc.update("update " + table + " set " + column + " = (select r." + column + " from " + table
				+ " r where r.id = ?) where id = ? and " + column + " is null", removed, kept);
	}

	/** Whether {@code candidate} lies below {@code ancestor} along the parent column (a cycle if it became its parent). */
	private boolean within(String table, String parentColumn, String candidate, String ancestor) {
		Set<String> seen = new LinkedHashSet<>();
		String current = candidate;
		while (current != null && seen.add(current)) {
			if (current.equals(ancestor)) {
				return true;
			}
			List<String> up = this.jdbc.queryForList(
					"select " + parentColumn + " from " + table + " where id = ?", String.class, current);
			current = up.isEmpty() ? null : up.get(0);
		}
		return false;
	}

}
