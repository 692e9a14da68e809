package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.claim.ServedValues.Subject;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Aliased;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an ingested article out of the graph, in the caller's transaction: its claims and evidence
 * go, every record it touched serves what the remaining claims choose, an alias no source gives
 * any more is dropped, and a record left with no evidence and no editor's claim is deleted — or,
 * when other records still refer to it, kept and reported as unsupported. Then the article itself
 * goes. Used by {@code retractArticle} and, before the new version is ingested, {@code replaceArticle}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ArticleRetraction {

	/**
	 * The order in which records without evidence are deleted, so that a record goes before those
	 * it refers to (signatures before agreements, participations before meetings, posts before
	 * people, ...): the registry's order, reversed.
	 */

	private final EntityManager entityManager;

	private final ServedValues servedValues;

	ArticleRetraction(EntityManager entityManager, ServedValues servedValues) {
		this.entityManager = entityManager;
		this.servedValues = servedValues;
	}

	/** What a retraction did: the records deleted and those kept without support, as (type, slug). */
	record Retracted(List<Subject> removed, List<Subject> unsupported) {
	}

	Retracted retract(String articleId) {
		this.entityManager.flush();
		Set<Subject> touched = new LinkedHashSet<>();
		for (String entity : List.of("Evidence", "Claim")) {
			this.entityManager
				.createQuery("select distinct e.subjectType, e.subjectId from " + entity + " e where e.articleId = :id",
						Subject.class)
				.setParameter("id", articleId)
				.getResultList()
				.forEach(touched::add);
		}
		this.entityManager.createQuery("delete from Claim c where c.articleId = :id").setParameter("id", articleId).executeUpdate();
		this.entityManager.createQuery("delete from Evidence e where e.articleId = :id").setParameter("id", articleId).executeUpdate();
		this.entityManager.createQuery("delete from IngestedArticle i where i.articleId = :id")
			.setParameter("id", articleId)
			.executeUpdate();
		this.entityManager.clear();

		// Served values from the claims that are left; names no source gives are dropped.
		this.servedValues.refresh(touched.stream().filter((subject) -> !ClaimField.of(subject.type(), false).isEmpty()).toList(), true);
		for (Subject subject : touched) {
			Object entity = find(subject);
			if (entity instanceof Aliased aliased) {
				aliased.keepAliases(this.entityManager
					.createQuery("select c.claimed from Claim c where c.subjectType = :type and c.subjectId = :id", String.class)
					.setParameter("type", subject.type())
					.setParameter("id", subject.id())
					.getResultList());
			}
		}
		this.entityManager.flush();

		List<Subject> removed = new ArrayList<>();
		List<Subject> unsupported = new ArrayList<>();
		SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
		// Until nothing more goes, for chains: a part of a meeting before the meeting, a place before
		// the one it lies within. Unsupported records are those left at the end.
		for (int before = -1; before != removed.size();) {
			before = removed.size();
			for (RecordType type : deletionOrder(this.entityManager)) {
				for (Subject subject : touched) {
					if (subject.type() != type || removed.contains(subject) || supported(subject)) {
						continue;
					}
					Object entity = find(subject);
					if (entity == null) {
						continue;
					}
					if (referred(subject)) {
						if (!unsupported.contains(subject)) {
							unsupported.add(subject);
						}
						continue;
					}
					unsupported.remove(subject);
					this.entityManager.remove(entity);
					this.entityManager.flush();
					if (subject.type().indexed()) {
						plan.purge(subject.type().entityType(this.entityManager), subject.id(), null);
					}
					removed.add(subject);
				}
			}
		}
		touched.stream()
			.filter((subject) -> !removed.contains(subject) && subject.type().indexed())
			.map(this::find)
			.filter((entity) -> entity != null)
			.forEach(plan::addOrUpdate);
		Article article = this.entityManager.find(Article.class, articleId);
		if (article != null) {
			this.entityManager.remove(article);
			// Out of the article search at commit, as the records it alone supported.
			plan.purge(Article.class, articleId, null);
		}
		this.entityManager.flush();
		return new Retracted(List.copyOf(removed), List.copyOf(unsupported));
	}

	/** Whether some source still stands behind the record: a quote of an article, or an editor's claim. */
	private boolean supported(Subject subject) {
		return !this.entityManager
			.createQuery("select 1 from Evidence e where e.subjectType = :type and e.subjectId = :id", Integer.class)
			.setParameter("type", subject.type())
			.setParameter("id", subject.id())
			.setMaxResults(1)
			.getResultList()
			.isEmpty()
				|| !this.entityManager
					.createQuery("select 1 from Claim c where c.subjectType = :type and c.subjectId = :id "
							+ "and c.auditEntryId is not null", Integer.class)
					.setParameter("type", subject.type())
					.setParameter("id", subject.id())
					.setMaxResults(1)
					.getResultList()
					.isEmpty();
	}

	/** Whether another record still refers to this one, by a column or by a claim (served or not). */
	private boolean referred(Subject subject) {
		List<ClaimField> naming = java.util.Arrays.stream(ClaimField.values())
			.filter((field) -> field.referenceSubject() == subject.type())
			.toList();
		if (!naming.isEmpty() && !this.entityManager
			.createQuery("select 1 from Claim c where c.field in :fields and c.claimed = :id", Integer.class)
			.setParameter("fields", naming)
			.setParameter("id", subject.id())
			.setMaxResults(1)
			.getResultList()
			.isEmpty()) {
			return true;
		}
		for (String query : subject.type().referredBy()) {
			if (!this.entityManager.createQuery(query, Integer.class)
				.setParameter("id", subject.id())
				.setMaxResults(1)
				.getResultList()
				.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private Object find(Subject subject) {
		return this.entityManager.find(subject.type().entityType(this.entityManager), subject.id());
	}

	/** The reverse of the order records are inserted in. */
	private static List<RecordType> deletionOrder(EntityManager entityManager) {
		List<RecordType> order = new ArrayList<>(RecordType.insertOrder(entityManager.getMetamodel()));
		java.util.Collections.reverse(order);
		return List.copyOf(order);
	}

}
