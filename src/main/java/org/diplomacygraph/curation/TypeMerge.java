package org.diplomacygraph.curation;

import java.util.Set;

import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.record.RecordType;

/**
 * The merge of one type: moves the facts particular to the type (its relations, lists and
 * references) from the removed record to the kept one. {@link GraphSurgery} does what every type
 * shares around it: before, the evidence and claims of the removed record become the kept one's
 * and claims naming the removed record name the kept one; after, the aliases, the deleted row, the
 * redirect and the served values. Plain SQL in the caller's transaction; both records exist.
 */
interface TypeMerge {

	RecordType type();

	/** Moves the facts; answers the records it moved claims to (participations, signatures), whose served values follow. */
	Set<Subject> merge(String kept, String removed);

}
