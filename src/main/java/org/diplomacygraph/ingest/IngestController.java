package org.diplomacygraph.ingest;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code ingestArticle}, {@code replaceArticle} and {@code retractArticle} mutations, for editors, and their dry run {@code resolveArticle}. */
@Controller
class IngestController {

	private final Ingestion ingestion;

	private final ArticleCorrections corrections;

	private final DryRun dryRun;

	IngestController(Ingestion ingestion, ArticleCorrections corrections, DryRun dryRun) {
		this.ingestion = ingestion;
		this.corrections = corrections;
		this.dryRun = dryRun;
	}

	/** The dry run of {@code ingestArticle}: a read like any other, public and charged as one. */
	@QueryMapping
	public ArticleResolution resolveArticle(@Argument IngestArticleInput input) {
		return this.dryRun.resolve(input);
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public RetractArticlePayload retractArticle(@Argument RetractArticleInput input) {
		return this.corrections.retract(input.id());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public IngestArticlePayload replaceArticle(@Argument ReplaceArticleInput input) {
		return this.corrections.replace(input.id(), input.article());
	}

	/** The schema's {@code ReplaceArticleInput}. */
	record ReplaceArticleInput(String id, IngestArticleInput article) {
	}

	/** The schema's {@code RetractArticleInput}. */
	record RetractArticleInput(String id) {
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
