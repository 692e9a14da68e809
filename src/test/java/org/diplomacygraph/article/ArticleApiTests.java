package org.diplomacygraph.article;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code articles}, their evidence and the article of a quote, over HTTP. */
@ApiTest
class ArticleApiTests {

	/** The slug of each article and the file it is read from. */
	static final Map<String, String> FILES = Map.of("hanoi-cuba-localities-partnership-2025",
			"corpus/000_6fedda4a795204e1.txt", "hanoi-havana-party-committees-talks-2023-06-09",
			"corpus/001_1fb4e21c4332bc45.txt", "vietnam-cuba-65-years-of-partnership-and-development",
			"corpus/002_3c54897669d23acc.txt", "to-lam-diaz-canel-talks-hanoi-2025-09",
			"corpus/003_33d67c879880b1c7.txt", "hanoi-promotes-sustainable-relations-with-beijing",
			"corpus/004_1a6ee8431759ad64.txt");

	/** By publication date, earliest first; the undated article last. */
	static final List<String> BY_PUBLICATION = List.of("hanoi-havana-party-committees-talks-2023-06-09",
			"hanoi-cuba-localities-partnership-2025", "to-lam-diaz-canel-talks-hanoi-2025-09",
			"vietnam-cuba-65-years-of-partnership-and-development", "hanoi-promotes-sustainable-relations-with-beijing");

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		// Whole texts with every quote: more than the default 5 s on a busy machine.
		this.tester = this.tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.api = new Api(this.tester);
	}

	@Test
	void articlesByPublicationDateLanguageAndPublisher() {
		assertThat(dates(Map.of("publishedOn", Map.of("from", "2023", "to", "2023")))).containsExactly("2023-06-09");
		assertThat(dates(Map.of("language", "en"))).hasSize(5);
		assertThat(dates(Map.of("language", "EN"))).as("BCP 47 tags compare ignoring case").hasSize(5);
		assertThat(dates(Map.of("language", "vi"))).isEmpty();
		assertThat(this.api.names("Articles", "articles", Map.of("filter", Map.of("publisher", "The Hanoi Times"))))
			.containsExactly("Hanoi deepens partnership with Cuba localities");
	}

	@Test
	void undatedArticlesComeLastInEitherDirection() {
		assertThat(dates(Map.of())).last().isNull();
		List<String> descending = this.api.run("api-connections", "Articles",
				Map.of("orderBy", Map.of("field", "PUBLISHED_ON", "direction", "DESC")))
			.path("articles.nodes[*].publishedOn")
			.entityList(String.class)
			.get();
		assertThat(descending).first().isEqualTo("2025");
		assertThat(descending).last().isNull();
	}

	@Test
	void untitledArticlesComeLastInEitherDirectionByTitleIgnoringCaseAndDiacritics() {
		assertThat(titles("ASC")).containsExactly("Hanoi deepens partnership with Cuba localities",
				"Hanoi promotes sustainable relations with Beijing",
				"Vietnam-Cuba: 65 years of partnership and development", null, null);
		assertThat(titles("DESC")).containsExactly("Vietnam-Cuba: 65 years of partnership and development",
				"Hanoi promotes sustainable relations with Beijing", "Hanoi deepens partnership with Cuba localities",
				null, null);
		// Ties are broken by id, in the order's direction.
		assertThat(ids("ASC").subList(3, 5)).containsExactly(
				GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09"),
				GlobalId.encode("Article", "to-lam-diaz-canel-talks-hanoi-2025-09"));
		assertThat(ids("DESC").subList(3, 5)).containsExactly(
				GlobalId.encode("Article", "to-lam-diaz-canel-talks-hanoi-2025-09"),
				GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09"));
	}

	@Test
	void everyQuoteIsTheArticleTextBetweenItsOffsets() {
		List<Map<String, Object>> articles = this.api.run("api-features", "ArticleEvidence", Map.of())
			.path("articles.nodes")
			.entityList(MAP)
			.get();
		assertThat(articles).hasSize(5);
		int quotes = 0;
		for (Map<String, Object> article : articles) {
			String text = (String) article.get("text");
			for (Object item : (List<?>) article.get("evidence")) {
				Map<?, ?> evidence = (Map<?, ?>) item;
				assertThat(text.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")))
					.isEqualTo(evidence.get("quote"));
				assertThat(((Map<?, ?>) evidence.get("article")).get("id")).isEqualTo(article.get("id"));
				quotes++;
			}
		}
		assertThat(quotes).isEqualTo(246);
	}

	@Test
	void everyQuoteStandsInItsSentenceTheTextBetweenTheSentenceOffsets() {
		List<Map<String, Object>> articles = this.api.run("api-features", "ArticleEvidence", Map.of())
			.path("articles.nodes")
			.entityList(MAP)
			.get();
		int quotes = 0;
		for (Map<String, Object> article : articles) {
			String text = (String) article.get("text");
			for (Object item : (List<?>) article.get("evidence")) {
				Map<?, ?> evidence = (Map<?, ?>) item;
				int sentenceStart = (Integer) evidence.get("sentenceStart");
				int sentenceEnd = (Integer) evidence.get("sentenceEnd");
				assertThat(text.substring(sentenceStart, sentenceEnd)).isEqualTo(evidence.get("sentence"));
				assertThat(sentenceStart).isLessThanOrEqualTo((Integer) evidence.get("start"));
				assertThat(sentenceEnd).isGreaterThanOrEqualTo((Integer) evidence.get("end"));
				assertThat((String) evidence.get("sentence")).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\n");
				quotes++;
			}
		}
		assertThat(quotes).isEqualTo(246);
	}

	@Test
	void theSentenceOfASeedQuoteIsItsSentenceOfTheText() {
		List<Map<String, Object>> quotes = this.api.run("api-features", "ArticleEvidence", Map.of())
			.path("articles.nodes[*].evidence[*]")
			.entityList(MAP)
			.get();
		// The rice handover: the last sentence of the talks article, its closing "./." with it.
		assertThat(sentenceOf(quotes, "a document on the handover of 2,000 tonnes of rice as Hanoi’s gift to Havana"))
			.isEqualTo("Following the talks, the Hanoi and Havana Party Committees signed a cooperation agreement for "
					+ "the 2023-2028 period, and a document on the handover of 2,000 tonnes of rice as Hanoi’s gift to "
					+ "Havana./.");
		// The first sentence of the text, from its dateline on; the period of "Tô Lâm" ends nothing.
		assertThat(sentenceOf(quotes, "held talks in Hà Nội on Monday")).isEqualTo("HÀ NỘI — General Secretary of the "
				+ "Communist Party of Việt Nam (CPV) Central Committee Tô Lâm and First Secretary of the Communist Party "
				+ "of Cuba (CPC) Central Committee and President of Cuba Miguel Díaz-Canel Bermúdez held talks in Hà Nội "
				+ "on Monday, within the framework of the latter’s ongoing state visit to Việt Nam.");
		Map<String, Object> project = quotes.stream()
			.filter((quote) -> quote.get("quote")
				.equals("The rice development cooperation project (2002 - 2025) has yielded clear results"))
			.findFirst()
			.orElseThrow();
		assertThat(project.get("sentence")).isEqualTo("The rice development cooperation project (2002 - 2025) has "
				+ "yielded clear results, enhancing productivity and continuing to sow the “golden seeds of cooperation” "
				+ "in the new phase, supporting Cuba in implementing its Food Sovereignty Strategy.");
		assertThat(project.get("sentenceStart")).isEqualTo(project.get("start"));
	}

	private static Object sentenceOf(List<Map<String, Object>> quotes, String quote) {
		return quotes.stream()
			.filter((candidate) -> candidate.get("quote").equals(quote))
			.map((candidate) -> candidate.get("sentence"))
			.distinct()
			.reduce((one, other) -> {
				throw new AssertionError("two sentences for one quote: " + one + " / " + other);
			})
			.orElseThrow();
	}

	// Ported from e2e-tests: the text verbatim with the hash of its bytes, and offsets in UTF-16 code units.

	@Test
	void everyArticleIsKeptVerbatimWithTheHashOfItsBytes() throws Exception {
		GraphQlTester.Response response = this.tester.documentName("articlesWithEvidence").execute();
		response.path("articles.totalCount").entity(Integer.class).isEqualTo(5);
		List<String> ids = response.path("articles.nodes[*].id").entityList(String.class).get();
		assertThat(ids).containsExactlyElementsOf(
				BY_PUBLICATION.stream().map((slug) -> GlobalId.encode("Article", slug)).toList());
		for (int i = 0; i < ids.size(); i++) {
			byte[] bytes;
			try (InputStream in = new ClassPathResource(FILES.get(BY_PUBLICATION.get(i))).getInputStream()) {
				bytes = in.readAllBytes();
			}
			response.path("articles.nodes[" + i + "].text")
				.entity(String.class)
				.isEqualTo(Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFC));
			response.path("articles.nodes[" + i + "].contentHash")
				.entity(String.class)
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		}
	}

	@Test
	void offsetsCountUtf16CodeUnitsOfTheNfcText() {
		// "Hà Nội" is 6 code units in NFC (9 in NFD): the talks article quotes it.
		GraphQlTester.Response response = this.tester.documentName("articlesWithEvidence").execute();
		List<Map<String, Object>> quotes = response.path("articles.nodes[2].evidence").entityList(MAP).get();
		String text = response.path("articles.nodes[2].text").entity(String.class).get();
		Map<String, Object> hanoi = quotes.stream()
			.filter((quote) -> quote.get("quote").equals("held talks in Hà Nội on Monday"))
			.findFirst()
			.orElseThrow();
		assertThat((Integer) hanoi.get("end") - (Integer) hanoi.get("start")).isEqualTo(30);
		assertThat(hanoi.get("start")).isEqualTo(text.indexOf("held talks in Hà Nội on Monday"));
	}

	private List<String> titles(String direction) {
		return byTitle(direction).path("articles.nodes[*].name").entityList(String.class).get();
	}

	private List<String> ids(String direction) {
		return byTitle(direction).path("articles.nodes[*].id").entityList(String.class).get();
	}

	private GraphQlTester.Response byTitle(String direction) {
		return this.api.run("api-connections", "Articles",
				Map.of("orderBy", Map.of("field", "TITLE", "direction", direction)));
	}

	private List<String> dates(Map<String, Object> filter) {
		return this.api.run("api-connections", "Articles", Map.of("filter", filter))
			.path("articles.nodes[*].publishedOn")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

}
