package org.diplomacygraph.ingest;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
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
		try {
			return this.ingestion.ingest(input);
		}
		catch (DataIntegrityViolationException | ConstraintViolationException ex) {
			// Two requests with one article raced: both found nothing stored before either committed,
			// and a unique key (input hash, text key, URL key, slug) refused the later one. Writes take
			// the WriteLock first, so this takes a writer that does not (an older instance during a
			// rolling update). Run once more: it now sees the other's commit and answers as a repeat
			// (unchanged) or with the user error any later request gets, instead of an internal error.
			return this.ingestion.ingest(input);
		}
	}

}
