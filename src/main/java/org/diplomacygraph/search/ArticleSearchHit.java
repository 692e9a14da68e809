package org.diplomacygraph.search;

import java.util.List;

import org.diplomacygraph.article.Article;

/**
 * A sentence of an article's text that holds every word of an article search (the schema's
 * {@code ArticleSearchHit}); offsets in UTF-16 code units of the text.
 *
 * @param article the article
 * @param sentence the sentence, verbatim
 * @param sentenceStart offset of its first character
 * @param sentenceEnd offset just after its last character
 * @param highlights its words that match words of the query, in text order
 */
record ArticleSearchHit(Article article, String sentence, int sentenceStart, int sentenceEnd,
		List<TextSpan> highlights) {

	/** A span of an article's text (the schema's {@code TextSpan}). */
	record TextSpan(int start, int end, String text) {
	}

}
