package org.diplomacygraph.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.search.ArticleSearchHit.TextSpan;
import org.diplomacygraph.values.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The {@code searchArticles} field without HTTP: arguments checked into a query (bad ones a
 * BAD_REQUEST before any search), pages and cursors, with the search mocked.
 */
@GraphQlSliceTest
class ArticleSearchControllerTests {

	static final Article TALKS = new Article("talks", "a".repeat(64), "001.txt", null, null,
			PartialDate.parse("2023-06-09"), "en", null, "They met in Hà Nội. Hanoi gave rice.");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	ArticleSearch search;

	@Autowired
	MentionedEntities mentioned;

	ArgumentCaptor<ArticleSearchQuery> query = ArgumentCaptor.captor();

	@Test
	void hitsAreSentencesWithTheirOffsetsHighlightsAndCursors() {
		ArticleSearchHit rice = new ArticleSearchHit(TALKS, "Hanoi gave rice.", 20, 36,
				List.of(new TextSpan(31, 35, "rice")));
		given(this.search.search(any())).willReturn(new ArticleSearch.Page(List.of(rice), true));
		given(this.mentioned.of(any())).willReturn(Map.of(rice, List.of()));

		GraphQlTester.Response response = this.graphQl.documentName("searchArticles")
			.operationName("SearchArticles")
			.variable("query", "rice")
			.variable("first", 1)
			.execute();

		response.path("searchArticles.nodes").matchesJsonStrictly("""
				[ { "article": { "id": "QXJ0aWNsZTp0YWxrcw", "language": "en", "text": "They met in Hà Nội. Hanoi gave rice." },
				    "sentence": "Hanoi gave rice.", "sentenceStart": 20, "sentenceEnd": 36,
				    "highlights": [ { "start": 31, "end": 35, "text": "rice" } ], "entities": [] } ]""");
		String cursor = response.path("searchArticles.edges[0].cursor").entity(String.class).get();
		response.path("searchArticles.pageInfo").matchesJsonStrictly("""
				{ "hasNextPage": true, "hasPreviousPage": false, "startCursor": "%s", "endCursor": "%s" }"""
			.formatted(cursor, cursor));
		verify(this.search).search(this.query.capture());
		assertThat(this.query.getValue()).isEqualTo(new ArticleSearchQuery("rice", null, 1, 0));

		// The next page starts after the cursor's hit; its cursors go on from there.
		this.graphQl.documentName("searchArticles")
			.operationName("SearchArticles")
			.variable("query", "Rice")
			.variable("first", 1)
			.variable("after", cursor)
			.execute()
			.path("searchArticles.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);
		verify(this.search, org.mockito.Mockito.times(2)).search(this.query.capture());
		assertThat(this.query.getValue()).isEqualTo(new ArticleSearchQuery("Rice", null, 1, 1));
	}

	@Test
	void queryLanguageAndFirstArePassedOnWithLuceneSyntaxAsPlainText() {
		given(this.search.search(any())).willReturn(new ArticleSearch.Page(List.of(), false));

		this.graphQl.documentName("searchArticles")
			.operationName("SearchArticles")
			.variable("query", "text:(rice AND gift*)~2 \\")
			.variable("language", "EN-gb")
			.variable("first", 100)
			.execute()
			.errors()
			.verify()
			.path("searchArticles.pageInfo")
			.matchesJsonStrictly("""
					{ "hasNextPage": false, "hasPreviousPage": false, "startCursor": null, "endCursor": null }""");
		verify(this.search).search(this.query.capture());
		assertThat(this.query.getValue())
			.isEqualTo(new ArticleSearchQuery("text:(rice AND gift*)~2 \\", "en-gb", 100, 0));
	}

	static Stream<Arguments> badArguments() {
		String otherQuery = new ArticleSearchQuery("rice", null, 10, 0).cursor(3);
		return Stream.of(Arguments.of(Map.of("query", "!?"), "`query` must contain at least one letter or digit"),
				Arguments.of(Map.of("query", "   "), "`query` must contain at least one letter or digit"),
				Arguments.of(Map.of("query", "r".repeat(201)), "`query` may have at most 200 characters, got 201"),
				Arguments.of(Map.of("query", "a ".repeat(33)), "`query` must have at most 32 words, got 33"),
				Arguments.of(Map.of("query", "rice\u0000"), "`query` must not contain the control character U+0000 (at offset 4)"),
				Arguments.of(Map.of("query", "rice", "first", 0), "`first` must be between 1 and 100, got 0"),
				Arguments.of(Map.of("query", "rice", "first", 101), "`first` must be between 1 and 100, got 101"),
				Arguments.of(Map.of("query", "rice", "first", Integer.MAX_VALUE),
						"`first` must be between 1 and 100, got 2147483647"),
				Arguments.of(Map.of("query", "rice", "language", "e".repeat(21)),
						"`language` may have at most 20 characters, got 21"),
				Arguments.of(Map.of("query", "rice", "after", "garbage"),
						"`after` is not a valid cursor: 'garbage'; pass a cursor returned by this connection"),
				Arguments.of(Map.of("query", "rice", "after", new ArticleSearchQuery("rice", null, 10, 0).cursor(1000)),
						"`after` is not a valid cursor: '" + new ArticleSearchQuery("rice", null, 10, 0).cursor(1000)
								+ "'; pass a cursor returned by this connection"),
				Arguments.of(Map.of("query", "gift", "after", otherQuery),
						"`after` is a cursor of another query or language; start again without a cursor"),
				Arguments.of(Map.of("query", "rice", "language", "vi", "after", otherQuery),
						"`after` is a cursor of another query or language; start again without a cursor"));
	}

	@ParameterizedTest
	@MethodSource("badArguments")
	void badArgumentsAreBadRequestsBeforeAnySearch(Map<String, Object> variables, String message) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("searchArticles").operationName("SearchArticles");
		variables.forEach(request::variable);

		assertErrors(request.execute(), badRequest(message, "searchArticles"));
		verifyNoInteractions(this.search, this.mentioned);
	}

}
