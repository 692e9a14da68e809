package org.diplomacygraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.diplomacygraph.values.Aliased;
import org.diplomacygraph.values.Labelled;
import org.diplomacygraph.values.Names;
import org.hibernate.Hibernate;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds entities by name and other names in the search index, best match first.
 * <p>
 * The query is analysed into words exactly as names are. Each word scores by its best way of
 * matching a name or an alias (BM25, boosted): whole, as the prefix of a word, or with one typo.
 * Taking the best rather than the sum keeps an entity with many spellings of a word from outranking
 * one whose single name fits better. A word shorter than {@value MatchedName#MIN_PREFIX_LENGTH}
 * characters matches as a prefix only when it is the query's last word (the one being typed):
 * otherwise {@code la habana} would find Tô Lâm and Nguyễn Lan Hương by the {@code la} of their
 * {@code Lâm} and {@code Lan}.
 * <p>
 * On top, a fixed bonus goes to entities one of whose names is the whole query, begins with it, or is
 * it but for one typo: {@code CPV} is the Communist Party of Vietnam before its Central Committee,
 * whose name only contains it. The bonus of a name or alias that is the whole query (folded) is
 * larger than any sum of word scores can be, so that an exact name always outranks partial ones:
 * {@code Palácio da Revolução}, once an alias of the Palace of the Revolution, finds it before Da
 * Nang (whose {@code da} is a whole word of the query).
 */
@Component
public class SearchIndex {

	/** The index fields of names; meetings and agreements have no aliases, and their title is their name. */
	private static final List<String> FIELDS = List.of("name", "aliases");

	private static final float WHOLE_WORD_BOOST = 3;

	private static final float PREFIX_BOOST = 2;

	private static final float TYPO_BOOST = 1;

	/**
	 * Above the most a query's words can score (at most {@value SearchQuery#MAX_WORDS} words, each at
	 * most its boost times BM25's idf, about 14 in an index of a million names, times 2.2).
	 */
	static final float WHOLE_NAME_SCORE = 10_000;

	private static final float WHOLE_NAME_TYPO_SCORE = 5;

	private static final float WHOLE_NAME_PREFIX_SCORE = 3;

	/** Enough for the handful of names one typo away from a word, and few enough to bound the clauses. */
	private static final int TYPO_EXPANSIONS = 10;

	private final EntityManager entityManager;

	SearchIndex(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The entities that match the query, best first, loaded (not proxies), with their names initialised. */
	@Transactional(readOnly = true)
	// Every SearchSession.search(...) of Hibernate Search 8.3 is typed with its deprecated ORM EntityReference.
	@SuppressWarnings("deprecation")
	public List<SearchResult> search(SearchQuery query) {
		List<String> words = words(query.text());
		if (words.isEmpty() || query.types().isEmpty()) {
			return List.of();
		}
		Query luceneQuery = luceneQuery(words, wholeName(query.text()));
		List<Class<?>> classes = query.types().stream().<Class<?>>map((type) -> type.entityType(this.entityManager)).toList();
		// Ordered by score alone, and no exact count of the matches: Lucene then skips the matches that
		// cannot reach the first hits (common name words match tens of thousands of people). Ties
		// are settled among the hits fetched, by id, so that equal scores come in the same order on
		// every run.
		List<Hit> hits = new ArrayList<>(Search.session(this.entityManager)
			.search(classes)
			.extension(LuceneExtension.get())
			.select((f) -> f.composite().from(f.entity(), f.score(), f.id(String.class)).as(Hit::new))
			.where((f) -> f.fromLuceneQuery(luceneQuery))
			.sort((f) -> f.score())
			.totalHitCountThreshold(query.first())
			.fetchHits(query.first()));
		hits.sort(Comparator.comparing(Hit::score).reversed().thenComparing(Hit::id));
		List<SearchResult> results = new ArrayList<>(hits.size());
		for (Hit hit : hits) {
			// The GraphQL type is the class's name, which a proxy's is not: never hand one out.
			Object node = Hibernate.unproxy(hit.entity());
			String matched = MatchedName.best(query.text(), names(node));
			results.add(new SearchResult(node, hit.score(), matched));
		}
		return results;
	}

	/**
	 * The name an entity search returns is found by, then its other names: a person's, an
	 * organisation's, a place's or a country's name and aliases; a meeting's or an agreement's title.
	 */
	static List<String> names(Object node) {
		if (node instanceof Aliased aliased) {
			List<String> names = new ArrayList<>(aliased.getAliases().size() + 1);
			names.add(aliased.getName());
			names.addAll(aliased.getAliases());
			return names;
		}
		return List.of(((Labelled) node).getLabel());
	}

	/** The distinct words of a text as the index holds the words of names: lower case, without diacritics. */
	List<String> words(String text) {
		Analyzer analyzer = backend().analyzer(NameAnalysisConfigurer.NAME).orElseThrow();
		// The tokenizer makes a word of each Chinese character: bound the clauses whatever the script.
		return analyze(analyzer, text).stream().limit(SearchQuery.MAX_WORDS).toList();
	}

	/** A text as the index holds whole names: one term, folded, punctuation and spacing ignored. */
	String wholeName(String text) {
		Analyzer normalizer = backend().normalizer(NameAnalysisConfigurer.WHOLE_NAME).orElseThrow();
		return String.join(" ", analyze(normalizer, text));
	}

	private LuceneBackend backend() {
		return Search.mapping(this.entityManager.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
	}

	private static Set<String> analyze(Analyzer analyzer, String text) {
		// Decomposed input (a base letter, then its accents) would keep its accents through ASCII folding.
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream(FIELDS.get(0), composed)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * Built from analysed words, never parsed: the user's text cannot be query syntax. A hit must
	 * match a word that is not a {@linkplain Names#FUNCTION_WORDS function word} (or the whole name):
	 * {@code da} of {@code Palácio da Revolução} alone does not make Da Nang a hit. A query of function
	 * words only ({@code Lê}, {@code La}) has them as its words.
	 */
	private static Query luceneQuery(List<String> words, String wholeName) {
		boolean onlyFunctionWords = words.stream().allMatch(Names.FUNCTION_WORDS::contains);
		BooleanQuery.Builder required = new BooleanQuery.Builder();
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean prefix = MatchedName.matchesAsPrefix(word, i == words.size() - 1);
			List<Query> ways = new ArrayList<>();
			for (String field : FIELDS) {
				ways.add(new BoostQuery(new TermQuery(new Term(field, word)), WHOLE_WORD_BOOST));
				if (prefix) {
					ways.add(new BoostQuery(new TermQuery(new Term(field + "_prefix", word)), PREFIX_BOOST));
				}
				if (word.length() >= MatchedName.MIN_TYPO_LENGTH) {
					ways.add(new BoostQuery(typo(field, word), TYPO_BOOST));
				}
			}
			boolean content = onlyFunctionWords || !Names.FUNCTION_WORDS.contains(word);
			(content ? required : query).add(new DisjunctionMaxQuery(ways, 0), Occur.SHOULD);
		}
		List<Query> whole = new ArrayList<>();
		for (String field : FIELDS) {
			String wholeField = field + "_whole";
			whole.add(fixed(new TermQuery(new Term(wholeField, wholeName)), WHOLE_NAME_SCORE));
			whole.add(fixed(new PrefixQuery(new Term(wholeField, wholeName)), WHOLE_NAME_PREFIX_SCORE));
			if (wholeName.length() >= MatchedName.MIN_TYPO_LENGTH) {
				whole.add(fixed(typo(wholeField, wholeName), WHOLE_NAME_TYPO_SCORE));
			}
		}
		required.add(new DisjunctionMaxQuery(whole, 0), Occur.SHOULD);
		query.add(required.build(), Occur.MUST);
		return query.build();
	}

	private static Query typo(String field, String text) {
		return new FuzzyQuery(new Term(field, text), 1, 0, TYPO_EXPANSIONS, true);
	}

	private static Query fixed(Query query, float score) {
		return new BoostQuery(new ConstantScoreQuery(query), score);
	}

	private record Hit(Object entity, float score, String id) {
	}

}
