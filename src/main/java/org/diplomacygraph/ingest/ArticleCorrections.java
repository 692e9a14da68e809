package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.audit.AuditLog;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;
import org.diplomacygraph.values.UserError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Corrections of ingested articles, each in one transaction: {@code retractArticle} and
 * {@code replaceArticle}. The article
 * is named by its global ID; articles of the corpus files are corrected by editing their files.
 */
@Component
@Transactional
class ArticleCorrections {

	private final EntityManager entityManager;

	private final ArticleRetraction retraction;

	private final AuditLog auditLog;

	private final Ingestion ingestion;

	private final WriteLock writeLock;

	ArticleCorrections(EntityManager entityManager, ArticleRetraction retraction, AuditLog auditLog,
			Ingestion ingestion, WriteLock writeLock) {
		this.entityManager = entityManager;
		this.retraction = retraction;
		this.auditLog = auditLog;
		this.ingestion = ingestion;
		this.writeLock = writeLock;
	}

	/**
	 * A new version of an ingested article: the earlier version is retracted and the input ingested
	 * under the same article ID, in one transaction; with any user error, nothing is changed.
	 */
	IngestArticlePayload replace(String globalId, IngestArticleInput input) {
		this.writeLock.acquire();
		Object found = ingestedArticle(globalId, List.of("input", "id"));
		if (found instanceof UserError error) {
			return IngestArticlePayload.refused(List.of(error));
		}
		Article article = (Article) found;
		IngestedArticle earlier = this.entityManager
			.createQuery("select i from IngestedArticle i where i.articleId = :id", IngestedArticle.class)
			.setParameter("id", article.getId())
			.getSingleResult();
		Ingestion.Replaced replaced = new Ingestion.Replaced(article.getId(), earlier.getText(),
				earlier.getAnnotations(), earlier.getIngestedAt());
		this.retraction.retract(article.getId());
		IngestArticlePayload payload = this.ingestion.ingest(input, replaced);
		if (!payload.userErrors().isEmpty()) {
			// All or nothing: the retraction of the earlier version is undone with the rest.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return IngestArticlePayload.refused(payload.userErrors()
				.stream()
				.map((error) -> new UserError(articlePath(error.field()), error.message(), error.code()))
				.toList());
		}
		return payload;
	}

	/** An error of the ingest input, at its path under {@code input.article}. */
	private static List<String> articlePath(List<String> field) {
		List<String> path = new ArrayList<>(List.of("input", "article"));
		path.addAll(field.subList(Math.min(1, field.size()), field.size()));
		return path;
	}

	RetractArticlePayload retract(String globalId) {
		this.writeLock.acquire();
		Object found = ingestedArticle(globalId, List.of("input", "id"));
		if (found instanceof UserError error) {
			return RetractArticlePayload.refused(error);
		}
		Article article = (Article) found;
		String title = (article.getTitle() != null) ? article.getTitle() : article.getId();
		ArticleRetraction.Retracted retracted = this.retraction.retract(article.getId());
		List<String> removed = new ArrayList<>();
		for (Subject subject : retracted.removed()) {
			if (subject.type().isNode()) {
				removed.add(GlobalId.encode(subject.type().typeName(), subject.id()));
			}
		}
		List<Object> unsupported = new ArrayList<>();
		for (Subject subject : retracted.unsupported()) {
			if (subject.type().isNode()) {
				unsupported.add(this.entityManager.find(subject.type().entityType(this.entityManager), subject.id()));
			}
		}
		List<String> subjects = new ArrayList<>();
		subjects.add(globalId);
		subjects.addAll(removed);
		this.auditLog.record("retractArticle", "retracted the article '" + title + "' (" + article.getId() + "): removed "
				+ removed.size() + " records no other source supports; " + unsupported.size()
				+ " kept without support because others refer to them", Ingestion.fitting(new java.util.LinkedHashSet<>(subjects)));
		return new RetractArticlePayload(globalId, removed, unsupported, List.of());
	}

	/** The stored ingested article of a global ID, or the user error naming the field. */
	private Object ingestedArticle(String globalId, List<String> path) {
		String field = path.get(path.size() - 1);
		String[] at = path.toArray(String[]::new);
		InputText.Problem problem = InputText.problem(globalId, InputText.Field.ID, field);
		if (problem != null || InputText.isBlank(globalId)) {
			return (problem != null) ? UserError.of(problem.code(), problem.message(), at)
					: UserError.of(Code.REQUIRED, "`" + field + "` must not be blank", at);
		}
		GlobalId id = GlobalId.decode(globalId).orElse(null);
		if (id == null) {
			return UserError.of(Code.INVALID, GlobalId.invalidMessage(globalId, field), at);
		}
		if (!id.type().equals("Article")) {
			return UserError.of(Code.WRONG_TYPE, "`" + field + "` must be the ID of an Article, but '" + InputText.echo(globalId)
					+ "' is the ID of " + GlobalId.withArticle(id.type()), at);
		}
		Article article = this.entityManager.find(Article.class, id.id());
		if (article == null) {
			return UserError.of(Code.NOT_FOUND, "`" + field + "` '" + InputText.echo(globalId) + "' refers to no Article", at);
		}
		boolean ingested = !this.entityManager
			.createQuery("select i.id from IngestedArticle i where i.articleId = :id", Long.class)
			.setParameter("id", article.getId())
			.getResultList()
			.isEmpty();
		if (!ingested) {
			return UserError.of(Code.CONFLICT, "the article '" + InputText.echo(globalId)
					+ "' comes from the corpus files; change or remove its annotation file instead", at);
		}
		return article;
	}

}
