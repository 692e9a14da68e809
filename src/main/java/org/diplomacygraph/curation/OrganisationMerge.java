package org.diplomacygraph.curation;

import java.util.Set;

import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.curation.MergeRows.Relation;
import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations: child organisations, posts, meetings and agreement parties (once per agreement,
 * re-keyed) move to the kept one; its parent is its own, else the removed one's, never itself or
 * one of its children; a country it lacks is taken from the removed one.
 */
@Component
class OrganisationMerge implements TypeMerge {

	private final JdbcTemplate jdbc;

	private final MergeRows rows;

	OrganisationMerge(JdbcTemplate jdbc, MergeRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Override
	public RecordType type() {
		return RecordType.ORGANISATION;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Subject> merge(String kept, String removed) {
		String keptParent = this.jdbc.queryForObject("select parent_id from organisation where id = ?", String.class,
				kept);
		String removedParent = this.jdbc.queryForObject("select parent_id from organisation where id = ?",
				String.class, removed);
		String parent = (keptParent == null || keptParent.equals(removed)) ? removedParent : keptParent;
		if (parent != null && (parent.equals(kept) || this.rows.within("organisation", "parent_id", parent, kept))) {
			parent = null;
		}
		this.jdbc.update("update organisation set parent_id = ? where id = ?", parent, kept);
		this.jdbc.update("update organisation set parent_id = ? where parent_id = ? and id <> ?", kept, removed, kept);
		this.rows.inherit("organisation", kept, removed, "country_id");
		this.jdbc.update("update person_position set organisation_id = ? where organisation_id = ?", kept, removed);
		this.jdbc.update("delete from meeting_organisation where organisation_id = ? and meeting_id in "
				+ "(select meeting_id from meeting_organisation where organisation_id = ?)", removed, kept);
		this.jdbc.update("update meeting_organisation set organisation_id = ? where organisation_id = ?", kept, removed);
		return this.rows.move(Relation.AGREEMENT_PARTY, "organisation_id", kept, removed);
	}

}
