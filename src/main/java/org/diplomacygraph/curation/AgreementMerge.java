package org.diplomacygraph.curation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.curation.MergeRows.Relation;
import org.diplomacygraph.record.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements: parties and signatories move to the kept agreement (re-keyed; once per party and
 * per person, with the evidence and claims of both), its fields are a union, and a meeting or
 * status it lacks (and no claim gives) is taken from the removed one; status, dates, kind and
 * meeting are otherwise served from the claims of both.
 */
@Component
class AgreementMerge implements TypeMerge {

	private final MergeRows rows;

	AgreementMerge(MergeRows rows) {
		this.rows = rows;
	}

	@Override
	public RecordType type() {
		return RecordType.AGREEMENT;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Subject> merge(String kept, String removed) {
		Set<Subject> moved = new LinkedHashSet<>(this.rows.move(Relation.AGREEMENT_PARTY, "agreement_id", kept, removed));
		moved.addAll(this.rows.move(Relation.SIGNATORY, "agreement_id", kept, removed));
		this.rows.appendList("agreement_field", "agreement_id", "field", kept, removed);
		this.rows.inherit("agreement", kept, removed, "meeting_id");
		this.rows.inherit("agreement", kept, removed, "status");
		return moved;
	}

}
