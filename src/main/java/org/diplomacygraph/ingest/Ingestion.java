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
import org.diplomacygraph.audit.AuditLog;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.CorpusCompiler.Result;
import org.diplomacygraph.ingest.CorpusReader.Corpus;
import org.diplomacygraph.ingest.CorpusReader.SourceArticle;
import org.diplomacygraph.ingest.IngestPlanner.Plan;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.Node;
import org.diplomacygraph.values.UserError;
import org.hibernate.Hibernate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code ingestArticle} mutation in one read-write transaction: it takes the {@link WriteLock}
 * before anything else, so that it reads the store as the write before it left it; then
 * {@link IngestPlanner} decides, without writing, what the input does: a repeated input is answered
 * from the store; an article stored already (the same URL or text, see
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

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final CorpusWriter writer;

	private final AuditLog auditLog;

	private final WriteLock writeLock;

	private final IngestPlanner planner;

	Ingestion(EntityManager entityManager, JdbcTemplate jdbc, CorpusWriter writer, AuditLog auditLog,
			WriteLock writeLock, IngestPlanner planner) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.writer = writer;
		this.auditLog = auditLog;
		this.writeLock = writeLock;
		this.planner = planner;
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
		Plan plan = this.planner.plan(input, replaced);
		if (plan.previous() != null) {
			return unchanged(plan.previous());
		}
		if (!plan.errors().isEmpty()) {
			return IngestArticlePayload.refused(plan.errors());
		}
		String inputHash = plan.inputHash();
		StoredGraph store = plan.store();
		InputResolver resolver = plan.resolver();
		AnnotationFile annotations = plan.annotations();
		Graph graph = plan.graph();
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
		SearchIndexingPlan indexing = Search.session(this.entityManager).indexingPlan();
		Stream.concat(created.stream(), graph.extended().stream())
			.filter((entity) -> RecordType.ofEntity(entity).filter(RecordType::indexed).isPresent())
			.forEach(indexing::addOrUpdate);
		// The text, for the article search.
		indexing.addOrUpdate(article);
		return new IngestArticlePayload(article, created, matched, false, List.of());
	}

	/** The version of an article that a replacement retracted: its ID, text and annotations (JSON) as ingested. */
	record Replaced(String articleId, String text, String annotations, Instant ingestedAt) {

		/** The slugs of the earlier version's meetings and agreements, in its order. */
		Map<RecordType, List<String>> slugs() {
			AnnotationFile file = JSON.readValue(this.annotations, AnnotationFile.class);
			return Map.of(RecordType.MEETING, file.meetings().stream().map(AnnotationFile.MeetingEntry::id).toList(),
					RecordType.AGREEMENT, file.agreements().stream().map(AnnotationFile.AgreementEntry::id).toList());
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
			RecordType.ofTypeName(id.type())
				.map((type) -> this.entityManager.find(type.entityType(this.entityManager), id.id()))
				.ifPresent(entities::add);
		}
		return entities;
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
		RecordType type = RecordType.ofEntity(real).filter(RecordType::isNode)
			.orElseThrow(() -> new IllegalArgumentException("Not a node: " + real));
		return GlobalId.encode(type.typeName(), ((Node) real).getId());
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
