package org.diplomacygraph.node;

import org.diplomacygraph.article.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Node.label}: an article without a headline is labelled by the start of its text (that every
 * node type's entity has a label, {@code org.diplomacygraph.values.Node}, {@code RecordTypeTests} proves).
 */
class NodeLabelTests {

	@Test
	void anArticleIsLabelledByItsHeadline() {
		assertThat(article("Hanoi and Havana sign a cooperation agreement", "Text.").getLabel())
			.isEqualTo("Hanoi and Havana sign a cooperation agreement");
	}

	@Test
	void anArticleWithoutAHeadlineIsLabelledByItsFirstLineWithALetterOrDigit() {
		assertThat(article(null, "\n  \n  – \n Hà Nội, 9 June (VNA) – Talks.\nMore.").getLabel())
			.isEqualTo("Hà Nội, 9 June (VNA) – Talks.");
	}

	@Test
	void aLongFirstLineIsCutAfterEightyCharactersWithAnEllipsis() {
		String eighty = "x".repeat(80);
		assertThat(article(null, eighty).getLabel()).isEqualTo(eighty);
		assertThat(article(null, "x".repeat(79) + " and more").getLabel()).isEqualTo("x".repeat(79) + "…");
		// Never half a surrogate pair: the emoji is dropped whole.
		assertThat(article(null, "x".repeat(79) + "😀 and more").getLabel()).isEqualTo("x".repeat(79) + "…");
	}

	private static Article article(String title, String text) {
		return new Article("an-article", "hash", null, title, null, null, "en", null, text);
	}

}
