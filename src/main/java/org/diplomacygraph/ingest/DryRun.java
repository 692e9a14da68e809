package org.diplomacygraph.ingest;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.ingest.ArticleResolution.EntryResolution;
import org.diplomacygraph.ingest.ArticleResolution.WriteSummary;
import org.diplomacygraph.ingest.IngestPlanner.Plan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The dry run of {@code ingestArticle} ({@code resolveArticle}): the same decisions
 * ({@link IngestPlanner}) in a read-only transaction that is rolled back, without the write lock,
 * the write, the audit entry or the search index; nothing but the answer comes of it.
 */
@Component
class DryRun {

	private final IngestPlanner planner;

	private final EntityManager entityManager;

	DryRun(IngestPlanner planner, EntityManager entityManager) {
		this.planner = planner;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public ArticleResolution resolve(IngestArticleInput input) {
		// Nothing is written by the planner; should anything be, it goes with the rollback.
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		Plan plan = this.planner.plan(input, null);
		if (plan.previous() != null) {
			Article article = this.entityManager.find(Article.class, plan.previous().getArticleId());
			return new ArticleResolution(true, article, java.util.List.of(), null, java.util.List.of());
		}
		return new ArticleResolution(false, null, plan.links().stream().map(EntryResolution::of).toList(),
				(plan.graph() != null) ? WriteSummary.of(plan.graph()) : null, plan.errors());
	}

}
