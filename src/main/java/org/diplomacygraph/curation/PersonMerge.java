package org.diplomacygraph.curation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.curation.MergeRows.Relation;
import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People: posts, participations and signatures move to the kept person (one participation per
 * meeting and one signature per agreement where both took part, re-keyed), and a nationality the
 * kept person lacks is taken from the removed one.
 */
@Component
class PersonMerge implements TypeMerge {

	private final JdbcTemplate jdbc;

	private final MergeRows rows;

	PersonMerge(JdbcTemplate jdbc, MergeRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Override
	public RecordType type() {
		return RecordType.PERSON;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Subject> merge(String kept, String removed) {
		this.jdbc.update("update person_position set person_id = ? where person_id = ?", kept, removed);
		Set<Subject> moved = new LinkedHashSet<>(this.rows.move(Relation.PARTICIPANT, "person_id", kept, removed));
		moved.addAll(this.rows.move(Relation.SIGNATORY, "person_id", kept, removed));
		this.rows.inherit("person", kept, removed, "nationality_id");
		return moved;
	}

}
