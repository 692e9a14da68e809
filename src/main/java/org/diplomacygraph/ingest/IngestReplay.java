package org.diplomacygraph.ingest;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.diplomacygraph.ingest.CorpusCompiler.Result;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ingests the articles ingested through the API again, in the order they came, onto a graph the
 * corpus loader has just rewritten, inside the rewrite's transaction and before the curation replay
 * (both called in this order by {@code org.diplomacygraph.CorpusRewrite}). Their annotations were
 * kept with every reference resolved, so each entity gets the slug, and so the ID, it had. An
 * article that no longer fits (its text or URL is now in the corpus or an article replayed before
 * it, as {@link org.diplomacygraph.article.ArticleIdentity} compares them, or the new corpus
 * contradicts it) is skipped with a warning.
 */
@Component
public class IngestReplay {

	private static final Log logger = LogFactory.getLog(IngestReplay.class);

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final CorpusWriter writer;

	IngestReplay(EntityManager entityManager, JdbcTemplate jdbc, CorpusWriter writer) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.writer = writer;
	}

	/** Replays every ingested article onto the graph just rewritten, in the rewrite's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void replay() {
		this.entityManager.flush();
		List<IngestedArticle> ingested = this.entityManager
			.createQuery("select i from IngestedArticle i order by i.id", IngestedArticle.class)
			.getResultList();
		int replayed = 0;
		for (IngestedArticle article : ingested) {
			AnnotationFile annotations = Ingestion.JSON.readValue(article.getAnnotations(), AnnotationFile.class);
			StoredGraph store = new StoredGraph(this.entityManager, this.jdbc);
			if (store.articleWithTextKey(article.getText()) != null || store.articleTaken(article.getArticleId())
					|| store.articleWithUrl(annotations.article().url()) != null) {
				logger.warn("Not replayed, the corpus or an article ingested before now has the text, the URL or the ID"
						+ " of the ingested article '" + article.getArticleId() + "'");
				continue;
			}
			Result result = Ingestion.compile(annotations, article.getText(), store);
			if (result.graph() == null) {
				logger.warn("Not replayed, the ingested article '" + article.getArticleId()
						+ "' no longer fits the rewritten graph: " + result.problems().stream()
							.map((problem) -> problem.defect().toString())
							.toList());
				continue;
			}
			this.writer.persist(result.graph());
			replayed++;
		}
		if (!ingested.isEmpty()) {
			logger.info("Replayed " + replayed + " of " + ingested.size() + " ingested articles onto the rewritten graph");
		}
	}

}
