package org.diplomacygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.audit.AuditLog;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.CorpusCompiler.Result;
import org.diplomacygraph.ingest.CorpusReader.Corpus;
import org.diplomacygraph.ingest.CorpusReader.SourceArticle;
import org.diplomacygraph.model.GlobalId;
import org.diplomacygraph.model.InputText;
import org.diplomacygraph.model.UserError;
import org.diplomacygraph.model.UserError.Code;
import org.diplomacygraph.node.NodeType;
import org.diplomacygraph.record.RecordType;
import org.hibernate.Hibernate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code ingestArticle} mutation in one read-write transaction: it takes the {@link WriteLock}
 * before anything else, so that it reads the store as the write before it left it; a repeated
 * input is answered from the store; an article stored already (the same URL or text, see
 * {@link org.diplomacygraph.article.ArticleIdentity}) is refused; otherwise the input's references
 * are resolved ({@link InputResolver}), the annotations checked by the corpus's rules
 * ({@link CorpusCompiler}) against the stored graph, and only then the graph written (JPA,
 * {@link CorpusWriter#persist}), the input kept for replays ({@link IngestedArticle}), the audit
 * entry written and the search index told what changed.
 */
@Component
@Transactional
class Ingestion {

	/** What quotes are said to be missing from, in messages. */
	static final String TEXT = "the article text";

	/** The entity types with a search index ({@code @Indexed}). */
	static final Set<Class<?>> INDEXED = RecordType.indexedTypes();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final CorpusWriter writer;

	private final AuditLog auditLog;

	private final WriteLock writeLock;

	Ingestion(EntityManager entityManager, JdbcTemplate jdbc, CorpusWriter writer, AuditLog auditLog,
			WriteLock writeLock) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.writer = writer;
		this.auditLog = auditLog;
		this.writeLock = writeLock;
	}

	IngestArticlePayload ingest(IngestArticleInput input) {
		return ingest(input, null);
	}

	/**
	 * Ingests the input as a new article, or, with {@code replaced}, as the new version of an article
	 * whose earlier version was just retracted in this transaction: it keeps the article's ID, and
	 * the earlier version is kept in {@code article_version} with this write's audit entry.
	 */
	IngestArticlePayload ingest(IngestArticleInput input, Replaced replaced) {
		// First: a concurrent ingest of the same input, or naming the same new entity, has committed
		// when this one reads (WriteLock).
		this.writeLock.acquire();
		String inputHash = input.hash();
		List<IngestedArticle> previous = this.entityManager
			.createQuery("select i from IngestedArticle i where i.inputHash = :hash", IngestedArticle.class)
			.setParameter("hash", inputHash)
			.getResultList();
		if (!previous.isEmpty() && replaced == null) {
			return unchanged(previous.get(0));
		}
		StoredGraph store = new StoredGraph(this.entityManager, this.jdbc);
		List<UserError> stored = storedAlready(input, store);
		if (!stored.isEmpty()) {
			return IngestArticlePayload.refused(stored);
		}
		InputResolver resolver = new InputResolver(store, (replaced != null) ? replaced.slugs() : Map.of());
		AnnotationFile annotations = resolver.resolve(input,
				(replaced != null) ? replaced.articleId() : articleSlug(input, store));
		if (annotations == null) {
			return IngestArticlePayload.refused(resolver.errors());
		}
		Result result = compile(annotations, input.text(), store);
		if (result.graph() == null) {
			return IngestArticlePayload.refused(result.problems()
				.stream()
				.map((problem) -> new UserError(InputResolver.inputPath(problem.path()), problem.message(), problem.code()))
				.toList());
		}
		Graph graph = result.graph();
		this.writer.persist(graph);

		Article article = graph.articles().get(0);
		List<Object> created = created(graph);
		List<Object> matched = new ArrayList<>();
		resolver.matched().forEach((type, slugs) -> slugs.forEach((slug) -> matched.add(store.find(type, slug))));
		List<String> createdIds = created.stream().map(Ingestion::globalId).toList();
		List<String> matchedIds = matched.stream().map(Ingestion::globalId).toList();
		this.entityManager.persist(new IngestedArticle(article.getId(), inputHash, input.text(),
				JSON.writeValueAsString(annotations), createdIds, matchedIds, Instant.now().truncatedTo(ChronoUnit.MICROS)));

		Set<String> subjects = new LinkedHashSet<>();
		subjects.add(globalId(article));
		subjects.addAll(createdIds);
		graph.extended().forEach((entity) -> subjects.add(globalId(entity)));
		if (replaced == null) {
			this.auditLog.record("ingestArticle", summary(article, created, matched, graph.extended()), fitting(subjects));
		}
		else {
			long entry = this.auditLog.record("replaceArticle", "replaced the annotations of " + summary(article, created,
					matched, graph.extended()).substring("ingested ".length()), fitting(subjects));
			this.jdbc.update("insert into article_version (article_id, text, annotations, audit_entry_id, ingested_at) "
					+ "values (?, ?, ?, ?, ?)", replaced.articleId(), replaced.text(), replaced.annotations(), entry,
					java.sql.Timestamp.from(replaced.ingestedAt()));
		}

		// Indexing on JPA events is off: the index learns of the new and extended entities at commit.
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		Stream.concat(created.stream(), graph.extended().stream())
			.filter((entity) -> INDEXED.contains(Hibernate.getClass(entity)))
			.forEach(plan::addOrUpdate);
		// The text, for the article search.
		plan.addOrUpdate(article);
		return new IngestArticlePayload(article, created, matched, false, List.of());
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

	/** The version of an article that a replacement retracted: its ID, text and annotations (JSON) as ingested. */
	record Replaced(String articleId, String text, String annotations, Instant ingestedAt) {

		/** The slugs of the earlier version's meetings and agreements, in its order. */
		Map<SubjectType, List<String>> slugs() {
			AnnotationFile file = JSON.readValue(this.annotations, AnnotationFile.class);
			return Map.of(SubjectType.MEETING, file.meetings().stream().map(AnnotationFile.MeetingEntry::id).toList(),
					SubjectType.AGREEMENT, file.agreements().stream().map(AnnotationFile.AgreementEntry::id).toList());
		}

	}

	/** Compiles resolved annotations against the store: the mutation's and the replay's one way in. */
	static Result compile(AnnotationFile annotations, String text, CorpusCompiler.Existing store) {
		Corpus corpus = new Corpus(List.of(new SourceArticle(TEXT, text.getBytes(StandardCharsets.UTF_8), "input",
				annotations)), List.of(), "");
		return CorpusCompiler.compile(corpus, store);
	}

	private IngestArticlePayload unchanged(IngestedArticle previous) {
		Article article = this.entityManager.find(Article.class, previous.getArticleId());
		return new IngestArticlePayload(article, entities(previous.getCreatedIds()), entities(previous.getMatchedIds()),
				true, List.of());
	}

	/** The entities behind global IDs that are still stored (a later merge may have removed one). */
	private List<Object> entities(List<String> globalIds) {
		List<Object> entities = new ArrayList<>();
		for (String globalId : globalIds) {
			GlobalId id = GlobalId.decode(globalId).orElseThrow();
			NodeType.of(id.type())
				.map((type) -> this.entityManager.find(type.entityType(), id.id()))
				.ifPresent(entities::add);
		}
		return entities;
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

	private static List<Object> created(Graph graph) {
		List<Object> created = new ArrayList<>();
		Stream.of(graph.countries(), graph.places(), graph.organisations(), graph.people(), graph.positions(),
				graph.meetings(), graph.agreements())
			.forEach(created::addAll);
		return created;
	}

	static String globalId(Object entity) {
		Object real = Hibernate.unproxy(entity);
		for (NodeType type : NodeType.values()) {
			if (type.entityType().isInstance(real)) {
				return type.globalIdOf(real);
			}
		}
		throw new IllegalArgumentException("Not a node: " + real);
	}

	private static String summary(Article article, List<Object> created, List<Object> matched, List<Object> extended) {
		Map<String, Long> counts = new TreeMap<>();
		created.forEach((entity) -> counts.merge(Hibernate.getClass(entity).getSimpleName(), 1L, Long::sum));
		return "ingested the article '" + article.getTitle() + "' (" + article.getId() + "): created "
				+ (counts.isEmpty() ? "no entities" : counts.entrySet()
					.stream()
					.map((count) -> count.getValue() + " " + count.getKey())
					.reduce((a, b) -> a + ", " + b)
					.orElse(""))
				+ "; " + matched.size() + " matched by name; " + extended.size() + " stored entities given evidence";
	}

	/** As many subject IDs as the audit entry holds (4000 characters), the article first. */
	static List<String> fitting(Set<String> subjects) {
		List<String> fitting = new ArrayList<>();
		int length = 0;
		for (String id : subjects) {
			length += id.length() + 1;
			if (length > 4000) {
				break;
			}
			fitting.add(id);
		}
		return fitting;
	}


}
