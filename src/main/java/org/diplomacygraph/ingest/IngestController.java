package org.diplomacygraph.ingest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code ingestArticle} mutation, for editors. */
@Controller
class IngestController {

	private final Ingestion ingestion;

	IngestController(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public IngestArticlePayload ingestArticle(@Argument IngestArticleInput input) {
		return this.ingestion.ingest(input);
	}

}
