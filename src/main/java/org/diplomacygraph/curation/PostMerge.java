package org.diplomacygraph.curation;

import java.util.Set;

import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts of one person (the caller checks that): the participations and signatures in the removed
 * post are in the kept one, and an organisation or country the kept post lacks (and no claim
 * gives) is taken from the removed one; title, organisation and dates are otherwise served from
 * the claims of both.
 */
@Component
class PostMerge implements TypeMerge {

	private final JdbcTemplate jdbc;

	private final MergeRows rows;

	PostMerge(JdbcTemplate jdbc, MergeRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Override
	public RecordType type() {
		return RecordType.POSITION;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Subject> merge(String kept, String removed) {
		this.jdbc.update("update participant set capacity_id = ? where capacity_id = ?", kept, removed);
		this.jdbc.update("update signatory set capacity_id = ? where capacity_id = ?", kept, removed);
		this.rows.inherit("person_position", kept, removed, "organisation_id", "country_id");
		return Set.of();
	}

}
