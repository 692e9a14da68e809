package org.diplomacygraph.curation;

import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.curation.MergeRows.Relation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: participations move to the kept meeting (re-keyed; one per person where someone took
 * part in both, with the evidence and claims of both), organisations and topics are a union, the
 * agreements signed at the removed meeting and the meetings that were part of it refer to the kept
 * one. The kept meeting is never part of itself: where one was part of the other, that link and
 * its claims go. A place, country or enclosing event it lacks (and no claim gives) is taken from
 * the removed one; dates, kind, place and the event it is part of are otherwise served from the
 * claims of both.
 */
@Component
class MeetingMerge implements TypeMerge {

	private final JdbcTemplate jdbc;

	private final MergeRows rows;

	MeetingMerge(JdbcTemplate jdbc, MergeRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Override
	public RecordType type() {
		return RecordType.MEETING;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Subject> merge(String kept, String removed) {
		Set<Subject> moved = this.rows.move(Relation.PARTICIPANT, "meeting_id", kept, removed);
		this.jdbc.update("delete from meeting_organisation where meeting_id = ? and organisation_id in "
				+ "(select organisation_id from meeting_organisation where meeting_id = ?)", removed, kept);
		this.jdbc.update("update meeting_organisation set meeting_id = ? where meeting_id = ?", kept, removed);
		this.rows.appendList("meeting_topic", "meeting_id", "topic", kept, removed);
		this.jdbc.update("update agreement set meeting_id = ? where meeting_id = ?", kept, removed);
		this.jdbc.update("update meeting set part_of_id = null where (id = ? and part_of_id = ?) or (id = ? and part_of_id = ?)",
				kept, removed, removed, kept);
		this.jdbc.update("update meeting set part_of_id = ? where part_of_id = ?", kept, removed);
		// The claims were moved and rewritten before: "part of the removed one" now reads "part of itself".
		this.jdbc.update("delete from claim where subject_type = ? and subject_id = ? and field = ? and claimed = ?",
				RecordType.MEETING.name(), kept, ClaimField.PART_OF.name(), kept);
		this.rows.inherit("meeting", kept, removed, "part_of_id");
		this.rows.inherit("meeting", kept, removed, "place_id", "country_id");
		return moved;
	}

}
