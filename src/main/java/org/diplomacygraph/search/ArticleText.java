package org.diplomacygraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.search.ArticleSearchHit.TextSpan;
import org.diplomacygraph.values.Sentences.Span;
import org.diplomacygraph.values.Sentences;

/**
 * The words of a text as the search index holds them, with their offsets, and the sentences of an
 * article that hold every term of a query: the hits of the article search within one article.
 */
final class ArticleText {

	/** A word of the text as indexed: its term, and where it stands (UTF-16 offsets of the text). */
	record Term(String term, int start, int end) {
	}

	private ArticleText() {
	}

	/** The distinct terms of a query, analysed as the text it is compared with. */
	static List<String> queryTerms(Analyzer analyzer, String query) {
		Set<String> terms = new LinkedHashSet<>();
		for (Term term : terms(analyzer, Normalizer.normalize(query, Normalizer.Form.NFC))) {
			terms.add(term.term());
		}
		return terms.stream().limit(SearchQuery.MAX_WORDS).toList();
	}

	/**
	 * The sentences of the article (split by {@link Sentences}) that hold every one of the terms,
	 * in text order, each with its words that are terms of the query.
	 */
	static List<ArticleSearchHit> hits(Analyzer analyzer, Article article, List<String> queryTerms) {
		String text = article.getText();
		List<Term> words = terms(analyzer, text);
		List<ArticleSearchHit> hits = new ArrayList<>();
		int w = 0;
		for (Span sentence : Sentences.of(text)) {
			while (w < words.size() && words.get(w).start() < sentence.start()) {
				w++;
			}
			Set<String> found = new LinkedHashSet<>();
			List<TextSpan> highlights = new ArrayList<>();
			for (; w < words.size() && words.get(w).end() <= sentence.end(); w++) {
				Term word = words.get(w);
				if (queryTerms.contains(word.term())) {
					found.add(word.term());
					highlights.add(new TextSpan(word.start(), word.end(), text.substring(word.start(), word.end())));
				}
			}
			if (found.size() == queryTerms.size()) {
				hits.add(new ArticleSearchHit(article, sentence.of(text), sentence.start(), sentence.end(),
						List.copyOf(highlights)));
			}
		}
		return hits;
	}

	private static List<Term> terms(Analyzer analyzer, String text) {
		List<Term> terms = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
