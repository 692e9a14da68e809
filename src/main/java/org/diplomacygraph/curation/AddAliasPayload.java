package org.diplomacygraph.curation;

import java.util.List;

import org.diplomacygraph.values.UserError;

/** The schema's {@code AddAliasPayload}: the entity after the change, or why nothing changed. */
record AddAliasPayload(Object node, List<UserError> userErrors) {

	static AddAliasPayload refused(UserError error) {
		return new AddAliasPayload(null, List.of(error));
	}

}
