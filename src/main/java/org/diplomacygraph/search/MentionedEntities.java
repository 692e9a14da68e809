package org.diplomacygraph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceRepository;
import org.diplomacygraph.record.RecordType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nodes an article search hit's sentence mentions: those with a quote of the article (of any
 * aspect, names too) lying within the sentence, in the order of their first such quote. For all the
 * hits of a response at once: one statement for the quotes of their articles, then one per type of
 * node among them (at most the {@link RecordType} node types), whatever the number of hits.
 */
@Component
public class MentionedEntities {

	private final EvidenceRepository evidence;

	private final EntityManager entityManager;

	MentionedEntities(EvidenceRepository evidence, EntityManager entityManager) {
		this.evidence = evidence;
		this.entityManager = entityManager;
	}

	/** A record a quote supports. */
	private record Subject(RecordType type, String id) {
	}

	@Transactional(readOnly = true)
	public Map<ArticleSearchHit, List<Object>> of(Collection<ArticleSearchHit> hits) {
		Set<String> articleIds = new LinkedHashSet<>();
		hits.forEach((hit) -> articleIds.add(hit.article().getId()));
		Map<String, List<Evidence>> quotes = new HashMap<>();
		for (Evidence quote : this.evidence.findAllByArticleIds(articleIds)) {
			quotes.computeIfAbsent(quote.getArticleId(), (id) -> new ArrayList<>()).add(quote);
		}
		Map<ArticleSearchHit, List<Subject>> mentioned = new LinkedHashMap<>();
		Map<RecordType, Set<String>> idsByType = new EnumMap<>(RecordType.class);
		for (ArticleSearchHit hit : hits) {
			List<Evidence> ofArticle = new ArrayList<>(quotes.getOrDefault(hit.article().getId(), List.of()));
			ofArticle.sort((one, other) -> Integer.compare(one.getStart(), other.getStart()));
			Set<Subject> subjects = new LinkedHashSet<>();
			for (Evidence quote : ofArticle) {
				RecordType type = quote.getSubjectType();
				if (type.isNode() && quote.getStart() >= hit.sentenceStart() && quote.getEnd() <= hit.sentenceEnd()) {
					subjects.add(new Subject(type, quote.getSubjectId()));
					idsByType.computeIfAbsent(type, (key) -> new LinkedHashSet<>()).add(quote.getSubjectId());
				}
			}
			mentioned.put(hit, List.copyOf(subjects));
		}
		Map<Subject, Object> nodes = new HashMap<>();
		idsByType.forEach((type, ids) -> {
			for (Object entity : findAll(type.entityType(this.entityManager), ids)) {
				Object id = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
				nodes.put(new Subject(type, String.valueOf(id)), entity);
			}
		});
		Map<ArticleSearchHit, List<Object>> result = new HashMap<>();
		mentioned.forEach((hit, subjects) -> result.put(hit,
				subjects.stream().map(nodes::get).filter((node) -> node != null).toList()));
		return result;
	}

	private <T> List<T> findAll(Class<T> type, Collection<String> ids) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		query.select(root).where(root.get("id").in(ids));
		return this.entityManager.createQuery(query).getResultList();
	}

}
