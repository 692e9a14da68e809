package org.diplomacygraph.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.diplomacygraph.article.Article;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the sentences of the articles' text that hold every word of a query. The index holds each
 * article's text analysed in its language ({@link NameAnalysisConfigurer#TEXT_ENGLISH} for English,
 * {@link NameAnalysisConfigurer#TEXT_FOLDED} for any other); the query, analysed both ways, selects
 * the articles that hold all its words (Lucene's BM25 ranks them), and each such article's text,
 * analysed again, gives the sentences that hold them all. Hits come best article first, then in
 * the order of the text. The query is built from analysed terms, never parsed: the user's text
 * cannot be query syntax.
 * <p>
 * Articles are read in pages of {@value #ARTICLE_PAGE}, one statement each, until the page of hits
 * is full (and one hit more, to know there is a next page); at most {@value ArticleSearchQuery#MAX_HITS}
 * hits are reachable, so at most that many articles are read.
 */
@Component
public class ArticleSearch {

	/** Articles loaded at a time. */
	static final int ARTICLE_PAGE = 20;

	private final EntityManager entityManager;

	ArticleSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The page of hits the query asks for, and whether more follow it. */
	record Page(List<ArticleSearchHit> hits, boolean hasNextPage) {
	}

	@Transactional(readOnly = true)
	public Page search(ArticleSearchQuery query) {
		Analyzer english = analyzer(NameAnalysisConfigurer.TEXT_ENGLISH);
		Analyzer folded = analyzer(NameAnalysisConfigurer.TEXT_FOLDED);
		List<String> englishTerms = ArticleText.queryTerms(english, query.text());
		List<String> foldedTerms = ArticleText.queryTerms(folded, query.text());
		int wanted = query.offset() + query.limit();
		if (query.limit() == 0 || englishTerms.isEmpty() && foldedTerms.isEmpty()) {
			return new Page(List.of(), false);
		}
		Query lucene = luceneQuery(englishTerms, foldedTerms, query.language());
		List<ArticleSearchHit> ranked = new ArrayList<>();
		int articlesRead = 0;
		while (ranked.size() <= wanted && articlesRead < ArticleSearchQuery.MAX_HITS) {
			List<Article> articles = Search.session(this.entityManager)
				.search(Article.class)
				.extension(LuceneExtension.get())
				.where((f) -> f.fromLuceneQuery(lucene))
				.sort((f) -> f.score().then().field("id"))
				.fetchHits(articlesRead, ARTICLE_PAGE);
			for (Article article : articles) {
				boolean inEnglish = Article.english(article.getLanguage());
				ranked.addAll(ArticleText.hits(inEnglish ? english : folded, article,
						inEnglish ? englishTerms : foldedTerms));
			}
			articlesRead += articles.size();
			if (articles.size() < ARTICLE_PAGE) {
				break;
			}
		}
		int from = Math.min(query.offset(), ranked.size());
		int to = Math.min(wanted, ranked.size());
		boolean more = ranked.size() > wanted && wanted < ArticleSearchQuery.MAX_HITS;
		return new Page(List.copyOf(ranked.subList(from, to)), more);
	}

	/**
	 * English articles holding every English term, or other articles holding every folded term; of
	 * the language asked for, if any. A query of English function words only has no English term.
	 */
	private static Query luceneQuery(List<String> englishTerms, List<String> foldedTerms, String language) {
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		if (!englishTerms.isEmpty()) {
			either.add(all("text_en", englishTerms), Occur.SHOULD);
		}
		if (!foldedTerms.isEmpty()) {
			either.add(all("text_folded", foldedTerms), Occur.SHOULD);
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(either.build(), Occur.MUST);
		if (language != null) {
			query.add(new TermQuery(new Term("language", language)), Occur.FILTER);
		}
		return query.build();
	}

	private static Query all(String field, List<String> terms) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			all.add(new TermQuery(new Term(field, term)), Occur.MUST);
		}
		return all.build();
	}

	private Analyzer analyzer(String name) {
		return Search.mapping(this.entityManager.getEntityManagerFactory())
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(name)
			.orElseThrow();
	}

}
