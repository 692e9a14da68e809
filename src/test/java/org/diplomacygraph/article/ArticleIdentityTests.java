package org.diplomacygraph.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes two texts or two URLs one article's, and what does not. */
class ArticleIdentityTests {

	@Test
	void aTextReflowedIntoOtherLinesAndSpacesIsTheSameText() {
		String text = "Hà Nội, June 9 - The two sides signed\nan agreement.\n\nPhoto: Thanh Hai";
		String reflowed = "  Hà Nội,  June 9 -\tThe two sides\r\nsigned an\u00a0agreement. Photo:\u2003Thanh Hai\n";

		assertThat(ArticleIdentity.normalText(reflowed))
			.isEqualTo("Hà Nội, June 9 - The two sides signed an agreement. Photo: Thanh Hai");
		assertThat(ArticleIdentity.textKey(reflowed)).isEqualTo(ArticleIdentity.textKey(text)).hasSize(64);
	}

	@Test
	void aTextDecomposedIsTheSameTextComposed() {
		assertThat(ArticleIdentity.textKey("Ha\u0300 No\u0302\u0323i")).isEqualTo(ArticleIdentity.textKey("Hà Nội"));
	}

	@Test
	void aChangedLetterPunctuationMarkOrFormatCharacterIsAnotherText() {
		String text = "The two sides signed an agreement.";
		assertThat(ArticleIdentity.textKey("The two sides signed an agreement!")).isNotEqualTo(ArticleIdentity.textKey(text));
		assertThat(ArticleIdentity.textKey("The two sides signed an Agreement.")).isNotEqualTo(ArticleIdentity.textKey(text));
		assertThat(ArticleIdentity.textKey("The two sides signed an agree\u00adment.")).isNotEqualTo(ArticleIdentity.textKey(text));
		assertThat(ArticleIdentity.textKey("The two sides signedan agreement.")).isNotEqualTo(ArticleIdentity.textKey(text));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			https://example.org/news/talks                | https://example.org/news/talks
			' https://example.org/news/talks '            | https://example.org/news/talks
			HTTPS://Example.ORG/news/talks                | https://example.org/news/talks
			https://example.org/news/talks/               | https://example.org/news/talks
			https://example.org/news/talks#comments       | https://example.org/news/talks
			https://example.org/news/talks/#top           | https://example.org/news/talks
			https://example.org/                          | https://example.org
			https://example.org                           | https://example.org
			https://example.org/news/?id=5#x              | https://example.org/news?id=5
			https://User@Example.org:8443/A/              | https://User@example.org:8443/A
			https://example.org/News/Talks?Q=A/           | https://example.org/News/Talks?Q=A/
			example.org/news/                             | example.org/news
			""")
	void aUrlIsComparedWithoutFragmentTrailingSlashesAndCaseOfSchemeAndHost(String url, String normal) {
		assertThat(ArticleIdentity.normalUrl(url)).isEqualTo(normal);
		assertThat(ArticleIdentity.urlKey(url)).isEqualTo(ArticleIdentity.urlKey(normal)).hasSize(64);
	}

	@Test
	void aPathOrQueryInAnotherCaseIsAnotherUrl() {
		assertThat(ArticleIdentity.urlKey("https://example.org/News")).isNotEqualTo(ArticleIdentity.urlKey("https://example.org/news"));
		assertThat(ArticleIdentity.urlKey("https://example.org/n?id=5")).isNotEqualTo(ArticleIdentity.urlKey("https://example.org/n?id=6"));
	}

	@Test
	void aBlankUrlIsNoUrl() {
		assertThat(ArticleIdentity.urlKey(null)).isNull();
		assertThat(ArticleIdentity.urlKey(" \u00a0")).isNull();
		assertThat(ArticleIdentity.urlKey("#top")).isNull();
	}

	@Test
	void theEntityKeepsBothKeys() {
		Article article = new Article("a", "0".repeat(64), null, null, null, null, "en", "HTTPS://Example.org/a/",
				"One\ntext.");
		assertThat(article.getTextKey()).isEqualTo(ArticleIdentity.textKey("One text."));
		assertThat(article.getUrlKey()).isEqualTo(ArticleIdentity.urlKey("https://example.org/a"));
		assertThat(new Article("b", "0".repeat(64), null, null, null, null, "en", null, "t").getUrlKey()).isNull();
	}

}
