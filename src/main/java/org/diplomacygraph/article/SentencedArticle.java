package org.diplomacygraph.article;

import java.util.List;

import org.diplomacygraph.values.Sentences.Span;
import org.diplomacygraph.values.Sentences;

/**
 * An article as the evidence of one response reads it: the article, and its text's sentences,
 * split once (on first use) for all the quotes of the response taken from it.
 */
final class SentencedArticle {

	private final Article article;

	private List<Span> sentences;

	SentencedArticle(Article article) {
		this.article = article;
	}

	Article article() {
		return this.article;
	}

	/** The sentence (or sentences) of the text a quote stands in, as {@link Sentences#around} gives it. */
	synchronized Span sentenceOf(Evidence quote) {
		if (this.sentences == null) {
			this.sentences = Sentences.of(this.article.getText());
		}
		return Sentences.around(this.sentences, quote.getStart(), quote.getEnd());
	}

}
