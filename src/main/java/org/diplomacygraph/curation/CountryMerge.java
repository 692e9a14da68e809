package org.diplomacygraph.curation;

import java.util.List;
import java.util.Set;

import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.curation.MergeRows.Relation;
import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries: nationalities, the countries of organisations, places, posts and meetings, and
 * agreement parties (once per agreement, re-keyed) move to the kept one; a code it lacks is taken
 * from the removed one.
 */
@Component
class CountryMerge implements TypeMerge {

	/** Every column that names a country, as table.column. */
	private static final List<String> REFERENCES = List.of("person.nationality_id", "organisation.country_id",
			"place.country_id", "person_position.country_id", "meeting.country_id");

	private final JdbcTemplate jdbc;

	private final MergeRows rows;

	CountryMerge(JdbcTemplate jdbc, MergeRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Override
	public RecordType type() {
		return RecordType.COUNTRY;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Subject> merge(String kept, String removed) {
		for (String reference : REFERENCES) {
			String[] column = reference.split("\\.");
			this.jdbc.update("update " + column[0] + " set " + column[1] + " = ? where " + column[1] + " = ?", kept,
					removed);
		}
		this.rows.inherit("country", kept, removed, "code");
		return this.rows.move(Relation.AGREEMENT_PARTY, "country_id", kept, removed);
	}

}
