package org.diplomacygraph.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.paging.Connection.Edge;
import org.diplomacygraph.paging.Connection.PageInfo;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.CriteriaProbe;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/**
 * The {@code articles} connection, an article's evidence and the article of a quote, with the pager
 * and the repositories mocked.
 */
@GraphQlSliceTest
class ArticleControllerTests {

	final Article talks = new Article("hanoi-havana-talks-2023-06-09", "a".repeat(64), "001_talks.txt", null, null,
			PartialDate.parse("2023-06-09"), "en", null, "Dinh Tien Dung said on June 9 at his talks with Torres Iríbar.");

	final Article visit = new Article("lam-cuba-visit-2024-09", "b".repeat(64), "002_visit.txt",
			"General Secretary To Lam visits Cuba", "Vietnam News Agency", PartialDate.parse("2024-09"), "en",
			"https://vnanet.example/lam-cuba", "General Secretary To Lam arrived in Havana.");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	KeysetPager pager;

	@Autowired
	ArticleRepository articles;

	@Autowired
	EvidenceRepository evidence;

	ArgumentCaptor<Filter<Article>> filter = ArgumentCaptor.captor();

	ArgumentCaptor<Ordering<Article>> ordering = ArgumentCaptor.captor();

	ArgumentCaptor<Page> page = ArgumentCaptor.captor();

	@BeforeEach
	void pagerReturnsArticles() {
		List<Article> page = List.of(this.talks, this.visit);
		given(this.pager.page(eq(Article.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(2, new PageInfo(false, false, null, null),
					page.stream().map((article) -> new Edge<>(article.getId(), article)).toList(), page));
	}

	@Test
	void withoutArgumentsArticlesAreTheFirstTwentyByPublicationDateEarliestFirst() {
		this.graphQl.documentName("slice-article").operationName("Articles").execute().path("articles.nodes")
			.hasValue();

		verify(this.pager).page(eq(Article.class), this.filter.capture(), this.ordering.capture(),
				this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(20, false, null, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("PUBLISHED_ON_ASC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("publishedSort");
		assertThat(this.ordering.getValue().descending()).isFalse();
		assertThat(this.ordering.getValue().cursorOf(this.visit))
			.isEqualTo(new Cursor("PUBLISHED_ON_ASC", String.valueOf(LocalDate.of(2024, 9, 1).toEpochDay()),
					"lam-cuba-visit-2024-09"));
		assertThat(new CriteriaProbe<Article>().apply(this.filter.getValue())).isNull();
	}

	@Test
	void aTitleOrderDescendingReachesThePagerAndTheCountIsTakenWhenAsked() {
		this.graphQl.documentName("slice-article")
			.operationName("ArticlesWithTotalCount")
			.variable("first", 5)
			.variable("orderBy", Map.of("field", "TITLE", "direction", "DESC"))
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);

		verify(this.pager).page(eq(Article.class), any(), this.ordering.capture(), this.page.capture(), eq(true));
		assertThat(this.page.getValue()).isEqualTo(new Page(5, false, null, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("TITLE_DESC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("titleKeyDesc");
		assertThat(this.ordering.getValue().descending()).isTrue();
	}

	@Test
	void cursorsAreDecodedForBothDirections() {
		Cursor after = new Cursor("PUBLISHED_ON_ASC", String.valueOf(LocalDate.of(2023, 6, 9).toEpochDay()),
				"hanoi-havana-talks-2023-06-09");
		Cursor before = new Cursor("PUBLISHED_ON_ASC", String.valueOf(LocalDate.of(2024, 9, 1).toEpochDay()),
				"lam-cuba-visit-2024-09");

		this.graphQl.documentName("slice-article")
			.operationName("Articles")
			.variable("last", 2)
			.variable("after", after.encode())
			.variable("before", before.encode())
			.execute()
			.path("articles.nodes")
			.hasValue();

		verify(this.pager).page(eq(Article.class), any(), any(), this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(2, true, after, before));
	}

	@Test
	void theFilterUsesThePublicationRangeTheLanguageAndThePublisher() {
		this.graphQl.documentName("slice-article")
			.operationName("Articles")
			.variable("filter", Map.of("publishedOn", Map.of("to", "2023-06"), "language", "EN", "publisher",
					"Vietnam News Agency"))
			.execute()
			.path("articles.nodes")
			.hasValue();

		verify(this.pager).page(eq(Article.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Article> probe = new CriteriaProbe<>();
		Path<String> language = probe.attribute("language");
		Path<Object> publisher = probe.attribute("publisher");
		@SuppressWarnings("unchecked")
		Expression<String> lowerCaseLanguage = mock(Expression.class);
		given(probe.cb().lower(language)).willReturn(lowerCaseLanguage);
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(probe.cb()).lessThanOrEqualTo(any(Expression.class), eq(LocalDate.of(2023, 6, 30)));
		// BCP 47 tags compare ignoring case: both sides in lower case.
		verify(probe.cb()).equal(lowerCaseLanguage, "en");
		verify(probe.cb()).equal(publisher, "Vietnam News Agency");
	}

	@Test
	void thePageIsRenderedAsAConnectionWithGlobalIdsAndTheArticlesAsStored() {
		given(this.pager.page(eq(Article.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(5, new PageInfo(false, true, "cursor-1", "cursor-2"),
					List.of(new Edge<>("cursor-1", this.talks), new Edge<>("cursor-2", this.visit)),
					List.of(this.talks, this.visit)));

		this.graphQl.documentName("slice-article").operationName("ArticlesConnection").execute().path("articles")
			.matchesJsonStrictly("""
					{
					  "totalCount": 5,
					  "edges": [
					    { "cursor": "cursor-1", "node": { "id": "QXJ0aWNsZTpoYW5vaS1oYXZhbmEtdGFsa3MtMjAyMy0wNi0wOQ",
					      "title": null, "publisher": null, "publishedOn": "2023-06-09", "language": "en", "url": null,
					      "text": "Dinh Tien Dung said on June 9 at his talks with Torres Iríbar.",
					      "contentHash": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" } },
					    { "cursor": "cursor-2", "node": { "id": "QXJ0aWNsZTpsYW0tY3ViYS12aXNpdC0yMDI0LTA5",
					      "title": "General Secretary To Lam visits Cuba", "publisher": "Vietnam News Agency", "publishedOn": "2024-09",
					      "language": "en", "url": "https://vnanet.example/lam-cuba", "text": "General Secretary To Lam arrived in Havana.",
					      "contentHash": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" } }
					  ],
					  "nodes": [ { "title": null }, { "title": "General Secretary To Lam visits Cuba" } ],
					  "pageInfo": { "hasNextPage": false, "hasPreviousPage": true, "startCursor": "cursor-1", "endCursor": "cursor-2" }
					}""");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badArgumentsAreBadRequestsThatNeverReachThePager(Map<String, Object> variables, String message) {
		assertErrors(this.graphQl.documentName("slice-article").operationName("Articles").variables(variables).execute(),
				badRequest(message, "articles"));

		verifyNoInteractions(this.pager);
	}

	static Stream<Arguments> badArgumentsAreBadRequestsThatNeverReachThePager() {
		return Stream.of(Arguments.of(Map.of("first", 1000), "`first` must be between 1 and 100, got 1000"),
				Arguments.of(Map.of("orderBy", Map.of("field", "TITLE"), "before",
						new Cursor("PUBLISHED_ON_ASC", String.valueOf(LocalDate.of(2023, 6, 9).toEpochDay()),
				"hanoi-havana-talks-2023-06-09").encode()),
						"`before` is a cursor for the ordering PUBLISHED_ON_ASC, but this connection is ordered by "
								+ "TITLE_ASC; start again without a cursor"),
				Arguments.of(Map.of("filter", Map.of("publishedOn", Map.of("to", "--06-09"))),
						"`filter.publishedOn` needs dates with a year, got to: \"--06-09\""),
				Arguments.of(Map.of("filter", Map.of("publishedOn", Map.of("from", "2024-09", "to", "2024-08-31"))),
						"`filter.publishedOn` ends before it starts: from: \"2024-09\", to: \"2024-08-31\""));
	}

	@Test
	void evidenceOfAllArticlesIsLoadedWithOneQuery() {
		given(this.evidence.findByArticleIdInOrderByStartAscIdAsc(anyCollection())).willReturn(List.of(
				new Evidence(this.talks, RecordType.PERSON, "dinh-tien-dung", Aspect.SUBJECT, "Dinh Tien Dung", 0),
				new Evidence(this.talks, RecordType.MEETING, "dung-torres-iribar-talks-2023-06-09", Aspect.DATE,
						"said on June 9", 15),
				new Evidence(this.visit, RecordType.PLACE, "havana", Aspect.SUBJECT, "Havana", 36)));

		this.graphQl.documentName("slice-article").operationName("ArticleEvidence").execute().path("articles.nodes")
			.matchesJsonStrictly("""
					[
					  { "id": "QXJ0aWNsZTpoYW5vaS1oYXZhbmEtdGFsa3MtMjAyMy0wNi0wOQ", "evidence": [
					    { "quote": "Dinh Tien Dung", "start": 0, "end": 14, "aspect": "SUBJECT" },
					    { "quote": "said on June 9", "start": 15, "end": 29, "aspect": "DATE" } ] },
					  { "id": "QXJ0aWNsZTpsYW0tY3ViYS12aXNpdC0yMDI0LTA5", "evidence": [
					    { "quote": "Havana", "start": 36, "end": 42, "aspect": "SUBJECT" } ] }
					]""");

		verify(this.evidence, times(1))
			.findByArticleIdInOrderByStartAscIdAsc(Set.of("hanoi-havana-talks-2023-06-09", "lam-cuba-visit-2024-09"));
		verifyNoMoreInteractions(this.evidence);
	}

	@Test
	void articlesOfAllQuotesAreLoadedWithOneQuery() {
		given(this.evidence.findByArticleIdInOrderByStartAscIdAsc(anyCollection())).willReturn(List.of(
				new Evidence(this.talks, RecordType.PERSON, "dinh-tien-dung", Aspect.SUBJECT, "Dinh Tien Dung", 0),
				new Evidence(this.visit, RecordType.PLACE, "havana", Aspect.SUBJECT, "Havana", 36)));
		given(this.articles.findAllById(any())).willReturn(List.of(this.visit, this.talks));

		this.graphQl.documentName("slice-article").operationName("EvidenceArticle").execute().path("articles.nodes")
			.matchesJsonStrictly("""
					[
					  { "evidence": [ { "quote": "Dinh Tien Dung", "article": { "id": "QXJ0aWNsZTpoYW5vaS1oYXZhbmEtdGFsa3MtMjAyMy0wNi0wOQ" } } ] },
					  { "evidence": [ { "quote": "Havana", "article": { "id": "QXJ0aWNsZTpsYW0tY3ViYS12aXNpdC0yMDI0LTA5" } } ] }
					]""");

		verify(this.articles, times(1)).findAllById(Set.of("hanoi-havana-talks-2023-06-09", "lam-cuba-visit-2024-09"));
		verifyNoMoreInteractions(this.articles);
	}

	@Test
	void theSentenceOfEveryQuoteAndItsArticleComeFromOneQueryOfTheArticles() {
		Article twoSentences = new Article("two-sentences", "c".repeat(64), "003_two.txt", null, null, null, "en", null,
				"Tô Lâm met Mr. Díaz-Canel. They spoke of rice.\nHavana, 2025");
		given(this.pager.page(eq(Article.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(1, new PageInfo(false, false, null, null),
					List.of(new Edge<>(twoSentences.getId(), twoSentences)), List.of(twoSentences)));
		given(this.evidence.findByArticleIdInOrderByStartAscIdAsc(anyCollection())).willReturn(List.of(
				new Evidence(twoSentences, RecordType.PERSON, "diaz-canel", Aspect.SUBJECT, "Mr. Díaz-Canel", 11),
				new Evidence(twoSentences, RecordType.AGREEMENT, "rice", Aspect.SUBJECT, "rice", 41),
				new Evidence(twoSentences, RecordType.MEETING, "talks", Aspect.SUBJECT, "Canel. They", 20),
				new Evidence(twoSentences, RecordType.PLACE, "havana", Aspect.SUBJECT, "Havana", 47)));
		given(this.articles.findAllById(any())).willReturn(List.of(twoSentences));

		this.graphQl.documentName("slice-article").operationName("EvidenceSentence").execute().path("articles.nodes[0].evidence")
			.matchesJsonStrictly("""
					[
					  { "quote": "Mr. Díaz-Canel", "sentence": "Tô Lâm met Mr. Díaz-Canel.", "sentenceStart": 0, "sentenceEnd": 26,
					    "article": { "id": "QXJ0aWNsZTp0d28tc2VudGVuY2Vz" } },
					  { "quote": "rice", "sentence": "They spoke of rice.", "sentenceStart": 27, "sentenceEnd": 46,
					    "article": { "id": "QXJ0aWNsZTp0d28tc2VudGVuY2Vz" } },
					  { "quote": "Canel. They", "sentence": "Tô Lâm met Mr. Díaz-Canel. They spoke of rice.", "sentenceStart": 0,
					    "sentenceEnd": 46, "article": { "id": "QXJ0aWNsZTp0d28tc2VudGVuY2Vz" } },
					  { "quote": "Havana", "sentence": "Havana, 2025", "sentenceStart": 47, "sentenceEnd": 59,
					    "article": { "id": "QXJ0aWNsZTp0d28tc2VudGVuY2Vz" } }
					]""");

		verify(this.articles, times(1)).findAllById(Set.of("two-sentences"));
		verifyNoMoreInteractions(this.articles);
	}

}
