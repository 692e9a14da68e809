package org.diplomacygraph.node;

import java.util.Arrays;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.model.Labelled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Node.label}: every node type has one, read from the entity's own row; an article without a
 * headline is labelled by the start of its text.
 */
class NodeLabelTests {

	@Test
	void everyNodeTypeHasALabel() {
		assertThat(Arrays.stream(NodeType.values()).map(NodeType::entityType))
			.allSatisfy((type) -> assertThat(type).isAssignableTo(Labelled.class));
	}

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
