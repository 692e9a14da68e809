package org.diplomacygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.CorpusCompiler.Result;
import org.diplomacygraph.ingest.EntryLinker.Link;
import org.diplomacygraph.ingest.Ingestion.Replaced;
import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;
import org.diplomacygraph.values.UserError;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides everything an {@code ingestArticle} input would do, and writes nothing: whether it repeats
 * a stored input, whether its article is stored already, the record of each entry ({@link EntryLinker},
 * the duplicate guard included), every check of the annotations ({@link CorpusCompiler}) and the graph
 * that would be written. {@link Ingestion} writes that graph; the dry run ({@code resolveArticle})
 * reports it. One path for both, so the dry run answers what the write would do.
 */
@Component
class IngestPlanner {

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final Matcher matcher;

	IngestPlanner(EntityManager entityManager, JdbcTemplate jdbc, Matcher matcher) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.matcher = matcher;
	}

	/**
	 * What ingesting the input would do, in the caller's transaction: as a new article, or, with
	 * {@code replaced}, as the new version of an article whose earlier version the caller retracted.
	 */
	Plan plan(IngestArticleInput input, Replaced replaced) {
		String inputHash = input.hash();
		List<IngestedArticle> previous = this.entityManager
			.createQuery("select i from IngestedArticle i where i.inputHash = :hash", IngestedArticle.class)
			.setParameter("hash", inputHash)
			.getResultList();
		StoredGraph store = new StoredGraph(this.entityManager, this.jdbc);
		if (!previous.isEmpty() && replaced == null) {
			return new Plan(inputHash, previous.get(0), List.of(), List.of(), store, null, null, null);
		}
		List<UserError> stored = storedAlready(input, store);
		if (!stored.isEmpty()) {
			return new Plan(inputHash, null, stored, List.of(), store, null, null, null);
		}
		InputResolver resolver = new InputResolver(store, (replaced != null) ? replaced.slugs() : Map.of(),
				this.matcher);
		AnnotationFile annotations = resolver.resolve(input,
				(replaced != null) ? replaced.articleId() : articleSlug(input, store));
		if (annotations == null) {
			return new Plan(inputHash, null, resolver.errors(), resolver.links(), store, resolver, null, null);
		}
		Result result = Ingestion.compile(annotations, input.text(), store);
		if (result.graph() == null) {
			return new Plan(inputHash, null, result.problems()
				.stream()
				.map((problem) -> new UserError(InputResolver.inputPath(problem.path()), problem.message(),
						problem.code()))
				.toList(), resolver.links(), store, resolver, annotations, null);
		}
		return new Plan(inputHash, null, List.of(), resolver.links(), store, resolver, annotations, result.graph());
	}

	/**
	 * What an input would do: {@code previous}, the stored input it repeats (nothing to write); or
	 * {@code errors}, why it would be refused; or {@code graph}, what would be written. {@code links}
	 * are the entries' decisions (empty when the input was refused before its entries were read).
	 */
	record Plan(String inputHash, IngestedArticle previous, List<UserError> errors, List<Link> links,
			StoredGraph store, InputResolver resolver, AnnotationFile annotations, Graph graph) {

		Plan {
			errors = List.copyOf(errors);
			links = List.copyOf(links);
		}

	}

	/**
	 * A conflict for the text and one for the URL if a stored article has it already: the same
	 * text (exactly, or but for Unicode normalisation and white space) or the same URL, compared
	 * as {@link org.diplomacygraph.article.ArticleIdentity} says.
	 */
	private static List<UserError> storedAlready(IngestArticleInput input, StoredGraph store) {
		List<UserError> errors = new ArrayList<>();
		if (!InputText.isBlank(input.text())) {
			// The very same bytes first: found even in a graph stored before the text keys (V10).
			String exactText = store.articleWithText(input.text());
			String sameText = (exactText != null) ? exactText : store.articleWithTextKey(input.text());
			if (sameText != null) {
				String article = GlobalId.encode("Article", sameText);
				errors.add(UserError.of(Code.CONFLICT, (exactText != null)
						? "`text` is already stored as the article '" + article
								+ "' with other annotations; an article is ingested once"
						: "`text` is the text of the stored article '" + article
								+ "' but for white space or Unicode normalisation; an article is ingested once",
						"input", "text"));
			}
		}
		if (!InputText.isBlank(input.url())) {
			String sameUrl = store.articleWithUrl(input.url());
			if (sameUrl != null) {
				errors.add(UserError.of(Code.CONFLICT, "`url` '" + InputText.echo(input.url())
						+ "' is already stored as the URL of the article '" + GlobalId.encode("Article", sameUrl)
						+ "'; an article is ingested once", "input", "url"));
			}
		}
		return errors;
	}

	/** A slug for the article: its title's words and the start of its text's hash, numbered if taken. */
	private static String articleSlug(IngestArticleInput input, StoredGraph store) {
		String words = EntryLinker.slug((input.title() != null) ? input.title() : "");
		String hash = (input.text() != null) ? CorpusCompiler.sha256(input.text().getBytes(StandardCharsets.UTF_8)) : "";
		String base = (words.isEmpty() ? "article" : words) + "-" + hash.substring(0, Math.min(8, hash.length()));
		String slug = base;
		for (int n = 2; store.articleTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
