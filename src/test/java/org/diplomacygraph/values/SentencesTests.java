package org.diplomacygraph.values;

import java.util.List;

import org.diplomacygraph.values.Sentences.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one sentence splitter: where sentences end, what their spans hold, and the sentence of a quote. */
class SentencesTests {

	@Test
	void aPeriodAfterAWordAndWhiteSpaceEndsASentenceNotAfterAnInitialOrATitle() {
		String text = "Mr. Nguyen met U.S. officials. They talked.";
		assertThat(texts(text)).containsExactly("Mr. Nguyen met U.S. officials.", "They talked.");
	}

	@Test
	void lineBreaksAndQuestionAndExclamationMarksEndSentencesAndPunctuationClingsToTheirWords() {
		String text = "HEADLINE\n\n“Is it?” he asked. (Yes!) Done./.\n";
		assertThat(texts(text)).containsExactly("HEADLINE", "“Is it?”", "he asked.", "(Yes!)", "Done./.");
	}

	@Test
	void aPeriodWithoutWhiteSpaceAfterItEndsNoSentence() {
		assertThat(texts("The 2.5 tonnes of rice.Then more.")).containsExactly("The 2.5 tonnes of rice.Then more.");
	}

	@Test
	void aTextWithoutAWordHasNoSentence() {
		assertThat(Sentences.of("")).isEmpty();
		assertThat(Sentences.of(" … \n")).isEmpty();
	}

	@Test
	void theSentenceOfAQuoteIsTheSentenceItStandsInOrEveryOneItSpans() {
		String text = "Hà Nội hosted the talks. Cuba sent rice. Both signed.";
		List<Span> sentences = Sentences.of(text);
		int rice = text.indexOf("rice");
		assertThat(Sentences.around(sentences, rice, rice + 4).of(text)).isEqualTo("Cuba sent rice.");
		int talks = text.indexOf("talks. Cuba");
		assertThat(Sentences.around(sentences, talks, talks + "talks. Cuba".length()).of(text))
			.isEqualTo("Hà Nội hosted the talks. Cuba sent rice.");
		assertThat(Sentences.around(sentences, 0, 6)).isEqualTo(new Span(0, 24));
	}

	@Test
	void theSentenceOfAQuoteHoldsTheQuoteWhole() {
		String text = "First one.  Second one.";
		List<Span> sentences = Sentences.of(text);
		// From the white space between the sentences: the span starts where the quote does.
		assertThat(Sentences.around(sentences, 10, 17)).isEqualTo(new Span(10, 23));
		// A quote of white space alone: the sentence after it.
		assertThat(Sentences.around(sentences, 10, 11)).isEqualTo(new Span(10, 23));
	}

	private static List<String> texts(String text) {
		return Sentences.of(text).stream().map((span) -> span.of(text)).toList();
	}

}
