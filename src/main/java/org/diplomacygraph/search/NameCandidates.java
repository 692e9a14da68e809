package org.diplomacygraph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Names;
import org.hibernate.Hibernate;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate retrieval for matching names against the stored ones, from the search index rather
 * than by scanning a table: the entities of one type whose name or an alias shares words with the
 * names given, whole or within one typo (two for words of {@value #TWO_TYPOS_LENGTH} letters or more),
 * rarest words weighing most (BM25), a name that is one of the given ones whole first; and the
 * organisations whose initials an acronym is. Also the as-you-type {@code search} itself, for
 * clients outside GraphQL.
 * <p>
 * Words are not matched as prefixes here: a name is compared whole, not typed. Function words
 * ({@link Names#FUNCTION_WORDS}) are left out unless a name has no others.
 */
@Component
public class NameCandidates {

	/** Words this long may differ by two edits (cognates: {@code comunista}, {@code communist}). */
	static final int TWO_TYPOS_LENGTH = 8;

	/** Words this long may differ by one edit. */
	static final int ONE_TYPO_LENGTH = 4;

	/** Enough for the names a word or two letters from a word, few enough to bound the clauses. */
	private static final int TYPO_EXPANSIONS = 20;

	private final SearchIndex index;

	private final EntityManager entityManager;

	NameCandidates(SearchIndex index, EntityManager entityManager) {
		this.index = index;
		this.entityManager = entityManager;
	}

	/**
	 * The stored entities of a type (a person, organisation, place, country, meeting or agreement
	 * class) whose names share words with any of the given names, best first, at most {@code max},
	 * loaded with their aliases.
	 */
	@Transactional(readOnly = true)
	public <T> List<T> byWords(Class<T> type, Collection<String> names, int max) {
		Query query = wordsQuery(names);
		return (query != null) ? fetch(type, query, max) : List.of();
	}

	/** The slugs of the entities {@link #byWords} finds, without loading them. */
	@Transactional(readOnly = true)
	// Every SearchSession.search(...) of Hibernate Search 8.3 is typed with its deprecated ORM EntityReference.
	@SuppressWarnings("deprecation")
	public List<String> idsByWords(Class<?> type, Collection<String> names, int max) {
		Query query = wordsQuery(names);
		if (query == null) {
			return List.of();
		}
		return Search.session(this.entityManager)
			.search(type)
			.extension(LuceneExtension.get())
			.select((f) -> f.id(String.class))
			.where((f) -> f.fromLuceneQuery(query))
			.sort((f) -> f.score().then().field("id"))
			.fetchHits(max);
	}

	private Query wordsQuery(Collection<String> names) {
		Set<String> words = new LinkedHashSet<>();
		Set<String> wholeNames = new LinkedHashSet<>();
		for (String name : names) {
			List<String> nameWords = this.index.words(name);
			List<String> content = nameWords.stream().filter((word) -> !Names.FUNCTION_WORDS.contains(word)).toList();
			words.addAll(content.isEmpty() ? nameWords : content);
			String whole = this.index.wholeName(name);
			if (!whole.isEmpty()) {
				wholeNames.add(whole);
			}
		}
		if (words.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		words.stream().limit(SearchQuery.MAX_WORDS).forEach((word) -> query.add(word(word), Occur.SHOULD));
		for (String whole : wholeNames) {
			for (String field : List.of("name_whole", "aliases_whole")) {
				query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, whole))),
						SearchIndex.WHOLE_NAME_SCORE), Occur.SHOULD);
			}
		}
		return query.build();
	}

	/**
	 * The organisations whose name or an alias has these initials ({@link Names#initials}), in this
	 * order or another ({@code pcc} finds the Communist Party of Cuba, {@code cpc}), at most {@code max}.
	 */
	@Transactional(readOnly = true)
	public List<Organisation> byInitials(String initials, int max) {
		String folded = Names.fold(initials).replace(" ", "");
		if (folded.length() < 2) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new BoostQuery(new TermQuery(new Term("initials", folded)), 2), Occur.SHOULD);
		query.add(new TermQuery(new Term("initials", "~" + Names.sortedLetters(folded))), Occur.SHOULD);
		return fetch(Organisation.class, query.build(), max);
	}

	/**
	 * The {@code search} query's hits (names typed or being typed, best first) among entities of the
	 * given types, for clients outside GraphQL; a type search does not return is left out.
	 */
	@Transactional(readOnly = true)
	public List<SearchResult> search(String text, Collection<RecordType> types, int first) {
		List<RecordType> searched = types.stream().filter(RecordType::indexed).toList();
		return this.index.search(new SearchQuery(text, Set.copyOf(searched), first));
	}

	private static Query word(String word) {
		List<Query> ways = new ArrayList<>();
		int edits = (word.length() >= TWO_TYPOS_LENGTH) ? 2 : (word.length() >= ONE_TYPO_LENGTH) ? 1 : 0;
		for (String field : List.of("name", "aliases")) {
			ways.add(new BoostQuery(new TermQuery(new Term(field, word)), 3));
			if (edits > 0) {
				ways.add(new FuzzyQuery(new Term(field, word), edits, 1, TYPO_EXPANSIONS, true));
			}
		}
		return new DisjunctionMaxQuery(ways, 0);
	}

	// Every SearchSession.search(...) of Hibernate Search 8.3 is typed with its deprecated ORM EntityReference.
	@SuppressWarnings("deprecation")
	private <T> List<T> fetch(Class<T> type, Query query, int max) {
		List<?> hits = Search.session(this.entityManager)
			.search(type)
			.extension(LuceneExtension.get())
			.where((f) -> f.fromLuceneQuery(query))
			.sort((f) -> f.score().then().field("id"))
			.fetchHits(max);
		// Entities, not proxies, whatever the session held already.
		return hits.stream().map((hit) -> type.cast(Hibernate.unproxy(hit))).toList();
	}

}
