package org.diplomacygraph.article;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.model.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code articles}, their evidence and the article of a quote, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ArticleApiTests {

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
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
		assertThat(quotes).isEqualTo(234);
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
