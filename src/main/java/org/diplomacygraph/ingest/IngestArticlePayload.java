package org.diplomacygraph.ingest;

import java.util.List;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.values.UserError;

/** The schema's {@code IngestArticlePayload}: the article and the entities created and matched, or why nothing was written. */
record IngestArticlePayload(Article article, List<Object> created, List<Object> matched, boolean unchanged,
		List<UserError> userErrors) {

	static IngestArticlePayload refused(List<UserError> errors) {
		return new IngestArticlePayload(null, List.of(), List.of(), false, List.copyOf(errors));
	}

}
