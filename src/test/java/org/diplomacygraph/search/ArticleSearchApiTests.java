package org.diplomacygraph.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.search.ArticleSearchHit.TextSpan;
import org.diplomacygraph.values.GlobalId;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code searchArticles} over HTTP on the seed articles (all English), indexed at start-up. */
@ApiTest
class ArticleSearchApiTests {

	static final String TALKS = GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09");

	static final String RICE_GIFT = "Following the talks, the Hanoi and Havana Party Committees signed a cooperation "
			+ "agreement for the 2023-2028 period, and a document on the handover of 2,000 tonnes of rice as Hanoi’s gift "
			+ "to Havana./.";

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Api api;

	@BeforeEach
	void api() {
		// Whole article texts: more than the default 5 s on a busy machine.
		this.tester = this.tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.api = new Api(this.tester);
	}

	@Test
	void theRiceGiftIsTheOneSentenceWithBothWordsItsOffsetsInTheArticleText() {
		GraphQlTester.Response response = search("rice gift", 10);
		response.path("searchArticles.nodes[*].article.id").entityList(String.class).containsExactly(TALKS);
		Map<String, Object> hit = response.path("searchArticles.nodes[0]").entity(MAP).get();
		String text = (String) ((Map<?, ?>) hit.get("article")).get("text");
		assertThat(hit.get("sentence")).isEqualTo(RICE_GIFT);
		assertThat(hit.get("sentenceStart")).isEqualTo(text.indexOf(RICE_GIFT));
		assertThat(hit.get("sentenceEnd")).isEqualTo(text.indexOf(RICE_GIFT) + RICE_GIFT.length());
		int rice = text.indexOf("rice as Hanoi’s gift");
		int gift = rice + "rice as Hanoi’s ".length();
		assertThat(hit.get("highlights")).isEqualTo(List.of(Map.of("start", rice, "end", rice + 4, "text", "rice"),
				Map.of("start", gift, "end", gift + 4, "text", "gift")));
		response.path("searchArticles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@ParameterizedTest(name = "\"{0}\" finds the rice gift sentence alone")
	@ValueSource(strings = { "rice gifts", "RICE GIFT", "gifted rice", "the gift of rice", "\"rice\" AND gift*",
			"rice* AND (gift)^ || && \\ / [] {} ! ~ :", "Hanoi’s gift", "Hanoi's gifts" })
	void stemmingFunctionWordsCaseAndQuerySyntaxDoNotMatter(String query) {
		GraphQlTester.Response response = search(query, 10);
		response.path("searchArticles.nodes[*].sentence").entityList(String.class).containsExactly(RICE_GIFT);
	}

	@Test
	void foldedDiacriticsFindHaNoiAndHighlightEveryMatchingWord() {
		GraphQlTester.Response response = search("ha noi", 10);
		response.path("searchArticles.nodes[*].article.id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Article", "to-lam-diaz-canel-talks-hanoi-2025-09"));
		response.path("searchArticles.nodes[0].sentenceStart").entity(Integer.class).isEqualTo(0);
		response.path("searchArticles.nodes[0].highlights[*].text")
			.entityList(String.class)
			.containsExactly("HÀ", "NỘI", "Hà", "Nội");
		// The same sentence for the query spelt as the text spells it.
		assertThat(search("Hà Nội", 10).path("searchArticles.nodes[*].sentence").entityList(String.class).get())
			.isEqualTo(response.path("searchArticles.nodes[*].sentence").entityList(String.class).get());
	}

	@Test
	void pagesFollowTheirCursorsThroughEveryHitOnce() {
		List<String> all = search("rice", 100).path("searchArticles.nodes[*].sentence").entityList(String.class).get();
		assertThat(all).hasSizeGreaterThan(3).doesNotHaveDuplicates();
		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < all.size(); page++) {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("query", "rice", "first", 2));
			variables.put("after", after);
			GraphQlTester.Response response = this.api.run("searchArticles", "SearchArticleSentences", variables);
			paged.addAll(response.path("searchArticles.nodes[*].sentence").entityList(String.class).get());
			if (!response.path("searchArticles.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = response.path("searchArticles.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).isEqualTo(all);
	}

	@Test
	void languageKeepsTheArticlesOfOneTagIgnoringCase() {
		List<String> all = search("rice", 100).path("searchArticles.nodes[*].sentence").entityList(String.class).get();
		assertThat(this.api.run("searchArticles", "SearchArticleSentences", Map.of("query", "rice", "language", "EN", "first", 100))
			.path("searchArticles.nodes[*].sentence")
			.entityList(String.class)
			.get()).isEqualTo(all);
		this.api.run("searchArticles", "SearchArticleSentences", Map.of("query", "rice", "language", "vi"))
			.path("searchArticles.nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void englishFunctionWordsAloneFindNoEnglishSentence() {
		search("the of and", 10).path("searchArticles.nodes").entityList(Object.class).hasSize(0);
	}

	@Test
	void theEntitiesOfAHitAreTheNodesQuotedWithinItsSentence() {
		GraphQlTester.Response response = search("rice gift", 10);
		// The two agreements the sentence reports; the party committees are quoted elsewhere in the article.
		response.path("searchArticles.nodes[0].entities").matchesJsonStrictly("""
				[
				  { "__typename": "Agreement", "id": "%s",
				    "label": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028" },
				  { "__typename": "Agreement", "id": "%s",
				    "label": "Handover of 2,000 tonnes of rice as Hanoi's gift to Havana" }
				]""".formatted(GlobalId.encode("Agreement", "hanoi-havana-cooperation-2023-2028"),
				GlobalId.encode("Agreement", "hanoi-havana-rice-handover-2023")));
	}

	@Test
	void aBadArgumentIsABadRequestNeverAServerError() {
		assertThat(this.api.error("searchArticles", "SearchArticles", Map.of("query", "rice", "first", 101)))
			.isEqualTo(new Api.Error("`first` must be between 1 and 100, got 101", "BAD_REQUEST", "searchArticles"));
		assertThat(this.api.error("searchArticles", "SearchArticles", Map.of("query", "*:*".repeat(67))))
			.isEqualTo(new Api.Error("`query` may have at most 200 characters, got 201", "BAD_REQUEST", "searchArticles"));
		assertThat(this.api.error("searchArticles", "SearchArticles", Map.of("query", "*:* && ||")))
			.isEqualTo(new Api.Error("`query` must contain at least one letter or digit", "BAD_REQUEST", "searchArticles"));
	}

	/** Any language but English: words folded, neither stemmed nor without function words. */
	@Test
	void aTextInAnotherLanguageIsFoldedNotStemmed() {
		Analyzer folded = analyzer(NameAnalysisConfigurer.TEXT_FOLDED);
		Article vietnamese = new Article("qua-tang", "c".repeat(64), "x.txt", null, null, null, "vi", null,
				"Hà Nội tặng gạo cho Havana. Những món quà của Hà Nội.");
		List<ArticleSearchHit> hits = ArticleText.hits(folded, vietnamese, ArticleText.queryTerms(folded, "ha noi"));
		assertThat(hits).extracting(ArticleSearchHit::sentence)
			.containsExactly("Hà Nội tặng gạo cho Havana.", "Những món quà của Hà Nội.");
		assertThat(hits.get(0).highlights()).containsExactly(new TextSpan(0, 2, "Hà"), new TextSpan(3, 6, "Nội"));
		assertThat(ArticleText.hits(folded, vietnamese, ArticleText.queryTerms(folded, "tang gao"))).hasSize(1);
		assertThat(ArticleText.hits(folded, vietnamese, ArticleText.queryTerms(folded, "havanas"))).isEmpty();
		assertThat(ArticleText.queryTerms(analyzer(NameAnalysisConfigurer.TEXT_ENGLISH), "the gifts of Hanoi’s"))
			.containsExactly("gift", "hanoi");
	}

	private Analyzer analyzer(String name) {
		return Search.mapping(this.entityManagerFactory).backend().unwrap(LuceneBackend.class).analyzer(name).orElseThrow();
	}

	private GraphQlTester.Response search(String query, int first) {
		return this.api.run("searchArticles", "SearchArticles", Map.of("query", query, "first", first));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

}
