package org.diplomacygraph.search;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.Hibernate;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code lookup} query: the entities an exact name names, from the search index's whole-name
 * fields ({@code name_whole}, {@code aliases_whole}), which fold a name as {@code Names.fold} does.
 * No words, prefixes or typos and no relevance: an entity whose name it is comes before one for
 * which it is another name, then by slug, so the answer is the same on every run.
 */
@Component
public class NameLookup {

	private static final float NAME_SCORE = 2;

	private static final float ALIAS_SCORE = 1;

	private final EntityManager entityManager;

	private final SearchIndex index;

	NameLookup(EntityManager entityManager, SearchIndex index) {
		this.entityManager = entityManager;
		this.index = index;
	}

	/** The entities of the lookup's types one of whose names folds as its name does, loaded (not proxies). */
	@Transactional(readOnly = true)
	// Every SearchSession.search(...) of Hibernate Search 8.3 is typed with its deprecated ORM EntityReference.
	@SuppressWarnings("deprecation")
	List<Object> lookup(LookupQuery lookup) {
		if (lookup.types().isEmpty()) {
			return List.of();
		}
		String whole = this.index.wholeName(lookup.name());
		List<Class<?>> classes = lookup.types().stream().<Class<?>>map((type) -> type.entityType(this.entityManager)).toList();
		Query query = new BooleanQuery.Builder().add(fixed("name_whole", whole, NAME_SCORE), Occur.SHOULD)
			.add(fixed("aliases_whole", whole, ALIAS_SCORE), Occur.SHOULD)
			.build();
		return Search.session(this.entityManager)
			.search(classes)
			.extension(LuceneExtension.get())
			.select((f) -> f.entity())
			.where((f) -> f.fromLuceneQuery(query))
			.sort((f) -> f.score().then().field("id"))
			.fetchHits(lookup.first())
			.stream()
			// The GraphQL type is the class's name, which a proxy's is not: never hand one out.
			.<Object>map(Hibernate::unproxy)
			.toList();
	}

	/** A fixed score for an exact term: named and aliased entities score apart, never by Lucene's relevance. */
	private static Query fixed(String field, String term, float score) {
		return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), score);
	}

}
