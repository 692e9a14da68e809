package org.diplomacygraph.curation;

import java.util.List;

import org.diplomacygraph.values.UserError;

/** The schema's {@code MergeEntitiesPayload}: the kept entity after the merge, or why nothing changed. */
record MergeEntitiesPayload(Object node, List<UserError> userErrors) {

	static MergeEntitiesPayload refused(UserError error) {
		return new MergeEntitiesPayload(null, List.of(error));
	}

}
