package org.diplomacygraph.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.meeting.Participant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What merges of every type do to the rows around the merged records, in plain SQL inside the
 * caller's transaction: evidence and claims moved from one subject to another, claims whose value
 * names the removed record rewritten, and participations, signatures and agreement parties moved
 * to another meeting, agreement, person, organisation or country, <em>re-keyed</em> so that each
 * keeps the ID derived from its two ends (the ID the ingest compiler finds a stored row by), and
 * made one where the kept record already had the same row. Table and column names are constants.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MergeRows {

	private final JdbcTemplate jdbc;

	MergeRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every evidence row and claim about one subject becomes about another. */
	void moveSubject(RecordType type, String from, String to) {
		if (from.equals(to)) {
			return;
		}
		this.jdbc.update("update evidence set subject_id = ? where subject_type = ? and subject_id = ?", to, type.name(),
				from);
		this.jdbc.update("update claim set subject_id = ? where subject_type = ? and subject_id = ?", to, type.name(),
				from);
	}

	/**
	 * Claims of any record whose value names the removed record (a meeting's place, an agreement's
	 * meeting, a participant's capacity, ...) name the kept one; the records whose claims changed.
	 */
	Set<Subject> rewriteReferences(RecordType referenced, String kept, String removed) {
		Set<Subject> changed = new LinkedHashSet<>();
		for (ClaimField field : ClaimField.values()) {
			if (field.referenceSubject() != referenced) {
				continue;
			}
			this.jdbc.query("select subject_type, subject_id from claim where field = ? and claimed = ?",
					(row) -> {
						changed.add(new Subject(RecordType.valueOf(row.getString(1)), row.getString(2)));
					}, field.name(), removed);
			this.jdbc.update("update claim set claimed = ? where field = ? and claimed = ?", kept, field.name(), removed);
		}
		return changed;
	}

	/**
	 * Moves the rows of a relation whose {@code column} (one of its two ends) is {@code removed} to
	 * {@code kept}. Each moved row gets the ID its ends derive, with its evidence and claims; where a
	 * row with the same ends exists (both merged records took part in one meeting, signed one
	 * agreement, were parties to one), that row stays, under its derived ID, and receives the
	 * evidence and claims of the moved one, which is deleted. Answers the rows moved or merged into.
	 */
	Set<Subject> move(Relation relation, String column, String kept, String removed) {
		Set<Subject> moved = new LinkedHashSet<>();
		for (Map<String, Object> row : this.jdbc.queryForList(
				"select " + relation.columns() + " from " + relation.table + " where " + column + " = ?", removed)) {
			String id = (String) row.get("id");
			row.put(column, kept);
			String derived = relation.idOf(row);
			String memberColumn = relation.memberColumn(row);
			List<String> same = this.jdbc.queryForList("select id from " + relation.table + " where " + relation.owner
					+ " = ? and " + memberColumn + " = ? and id <> ?", String.class, row.get(relation.owner),
					row.get(memberColumn), id);
			if (same.isEmpty()) {
				this.jdbc.update("update " + relation.table + " set " + column + " = ?, id = ? where id = ?", kept, derived,
						id);
				moveSubject(relation.subject, id, derived);
			}
			else {
				moveSubject(relation.subject, id, same.get(0));
				this.jdbc.update("delete from " + relation.table + " where id = ?", id);
				// A row stored under another ID (by an earlier version's merge) is re-keyed too.
				this.jdbc.update("update " + relation.table + " set id = ? where id = ?", derived, same.get(0));
				moveSubject(relation.subject, same.get(0), derived);
			}
			moved.add(new Subject(relation.subject, derived));
		}
		return moved;
	}

	/**
	 * Appends to the kept record's ordered list (topics, fields) the removed record's values it
	 * lacks (exact spellings), in their order, and deletes the removed record's list.
	 */
	void appendList(String table, String owner, String column, String kept, String removed) {
		List<String> values = new ArrayList<>(this.jdbc.queryForList(
				"select " + column + " from " + table + " where " + owner + " = ? order by ordinal", String.class, kept));
		List<String> added = this.jdbc.queryForList(
				"select " + column + " from " + table + " where " + owner + " = ? order by ordinal", String.class, removed);
		this.jdbc.update("delete from " + table + " where " + owner + " = ?", removed);
		int ordinal = this.jdbc.queryForObject(
				"select coalesce(max(ordinal) + 1, 0) from " + table + " where " + owner + " = ?", Integer.class, kept);
		for (String value : added) {
			if (!values.contains(value)) {
				this.jdbc.update("insert into " + table + " (" + owner + ", ordinal, " + column + ") values (?, ?, ?)",
						kept, ordinal++, value);
				values.add(value);
			}
		}
	}

	/**
	 * Takes values the kept row lacks from the removed row: the columns together, and only when the
	 * kept row has none of them (a place and its country, an organisation or a country).
	 */
	void inherit(String table, String kept, String removed, String... columns) {
		List<String> sets = new ArrayList<>();
		List<String> unset = new ArrayList<>();
		for (String column : columns) {
			sets.add(column + " = (select r." + column + " from " + table + " r where r.id = ?)");
			unset.add(column + " is null");
		}
		Object[] arguments = new Object[columns.length + 1];
		Arrays.fill(arguments, 0, columns.length, removed);
		arguments[columns.length] = kept;
		this.jdbc.update("update " + table + " set " + String.join(", ", sets) + " where id = ? and "
				+ String.join(" and ", unset), arguments);
	}

	/** Whether {@code candidate} lies below {@code ancestor} along the parent column (a cycle if it became its parent). */
	boolean within(String table, String parentColumn, String candidate, String ancestor) {
		Set<String> seen = new LinkedHashSet<>();
		String current = candidate;
		while (current != null && seen.add(current)) {
			if (current.equals(ancestor)) {
				return true;
			}
			List<String> up = this.jdbc.queryForList("select " + parentColumn + " from " + table + " where id = ?",
					String.class, current);
			current = up.isEmpty() ? null : up.get(0);
		}
		return false;
	}

	/**
	 * The relations whose rows are named by their two ends: an owner (meeting or agreement) and a
	 * member (person, organisation or country), as {@code Participant.idOf}, {@code Signatory.idOf}
	 * and {@code AgreementParty.idOf} derive the ID.
	 */
	enum Relation {

		PARTICIPANT("participant", RecordType.PARTICIPANT, "meeting_id", "person_id"),
		SIGNATORY("signatory", RecordType.SIGNATORY, "agreement_id", "person_id"),
		/** A party is an organisation or a country, whichever is set. */
		AGREEMENT_PARTY("agreement_party", RecordType.AGREEMENT_PARTY, "agreement_id", "organisation_id", "country_id");

		final String table;

		final RecordType subject;

		final String owner;

		final List<String> members;

		Relation(String table, RecordType subject, String owner, String... members) {
			this.table = table;
			this.subject = subject;
			this.owner = owner;
			this.members = List.of(members);
		}

		String columns() {
			return "id, " + this.owner + ", " + String.join(", ", this.members);
		}

		/** The member column that is set in the row. */
		String memberColumn(Map<String, Object> row) {
			return this.members.stream().filter((column) -> row.get(column) != null).findFirst().orElseThrow();
		}

		/** The ID a row with these ends has. */
		String idOf(Map<String, Object> row) {
			String owner = (String) row.get(this.owner);
			switch (this) {
				case PARTICIPANT:
					return Participant.idOf(owner, (String) row.get("person_id"));
				case SIGNATORY:
					return Signatory.idOf(owner, (String) row.get("person_id"));
				default:
					return AgreementParty.idOf(owner,
							AgreementParty.tag((String) row.get("organisation_id"), (String) row.get("country_id")));
			}
		}

	}

}
