package org.diplomacygraph.ingest;

import java.util.List;

import org.diplomacygraph.values.UserError;

/** The schema's {@code RetractArticlePayload}. */
record RetractArticlePayload(String retractedId, List<String> removed, List<Object> unsupported,
		List<UserError> userErrors) {

	static RetractArticlePayload refused(UserError error) {
		return new RetractArticlePayload(null, List.of(), List.of(), List.of(error));
	}

}
