package org.diplomacygraph.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplomacygraph.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every root connection in every order, over HTTP: walking forward two at a time and backward two
 * at a time visits every item exactly once, in the same order as one big page, with truthful
 * {@code pageInfo} and {@code totalCount}.
 */
@ApiTest
class ConnectionApiTests {

	@Autowired
	HttpGraphQlTester graphQlTester;

	static Stream<Arguments> orders() {
		return Stream.of(Arguments.of("People", "people", null, 16), Arguments.of("People", "people", order("NAME", "DESC"), 16),
				Arguments.of("Organisations", "organisations", null, 27),
				Arguments.of("Organisations", "organisations", order("NAME", "DESC"), 27),
				Arguments.of("Meetings", "meetings", null, 9), Arguments.of("Meetings", "meetings", order("DATE", "DESC"), 9),
				Arguments.of("Meetings", "meetings", order("TITLE", "ASC"), 9),
				Arguments.of("Meetings", "meetings", order("TITLE", "DESC"), 9),
				Arguments.of("Agreements", "agreements", null, 7),
				Arguments.of("Agreements", "agreements", order("SIGNED_ON", "DESC"), 7),
				Arguments.of("Agreements", "agreements", order("TITLE", "ASC"), 7),
				Arguments.of("Agreements", "agreements", order("TITLE", "DESC"), 7),
				Arguments.of("Articles", "articles", null, 5),
				Arguments.of("Articles", "articles", order("PUBLISHED_ON", "DESC"), 5),
				Arguments.of("Articles", "articles", order("TITLE", "ASC"), 5),
				Arguments.of("Articles", "articles", order("TITLE", "DESC"), 5),
				Arguments.of("Places", "places", null, 11), Arguments.of("Places", "places", order("NAME", "DESC"), 11),
				Arguments.of("Countries", "countries", null, 4),
				Arguments.of("Countries", "countries", order("NAME", "DESC"), 4));
	}

	@ParameterizedTest(name = "{1} ordered by {2}")
	@MethodSource("orders")
	void pagingForwardAndBackwardVisitsEveryItemOnceInOrder(String operation, String field,
			Map<String, Object> orderBy, int total) {
		List<String> all = page(operation, field, orderBy, 100, null, null, null).ids();
		assertThat(all).hasSize(total).doesNotHaveDuplicates();

		List<String> forward = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		for (int pages = 0; hasNext; pages++) {
			Page page = page(operation, field, orderBy, 2, after, null, null);
			assertThat(page.totalCount()).isEqualTo(total);
			assertThat(page.hasPreviousPage()).isEqualTo(after != null);
			assertThat(page.ids()).hasSizeLessThanOrEqualTo(2);
			assertThat(page.startCursor()).isEqualTo(page.cursors().get(0));
			assertThat(page.endCursor()).isEqualTo(page.cursors().get(page.cursors().size() - 1));
			forward.addAll(page.ids());
			after = page.endCursor();
			hasNext = page.hasNextPage();
			assertThat(pages).isLessThan(total);
		}
		assertThat(forward).isEqualTo(all);

		List<String> backward = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			Page page = page(operation, field, orderBy, null, null, 2, before);
			assertThat(page.hasNextPage()).isEqualTo(before != null);
			List<String> ids = new ArrayList<>(page.ids());
			Collections.reverse(ids);
			backward.addAll(ids);
			before = page.startCursor();
			hasPrevious = page.hasPreviousPage();
		}
		Collections.reverse(backward);
		assertThat(backward).isEqualTo(all);
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("orders")
	void withoutArgumentsAPageHoldsTheFirstTwentyItems(String operation, String field, Map<String, Object> orderBy,
			int total) {
		Page page = page(operation, field, orderBy, null, null, null, null);
		assertThat(page.ids()).hasSize(Math.min(20, total));
		assertThat(page.hasNextPage()).isEqualTo(total > 20);
		assertThat(page.hasPreviousPage()).isFalse();
	}

	private Page page(String operation, String field, Map<String, Object> orderBy, Integer first, String after,
			Integer last, String before) {
		GraphQlTester.Response response = this.graphQlTester.documentName("api-connections")
			.operationName(operation)
			.variable("first", first)
			.variable("after", after)
			.variable("last", last)
			.variable("before", before)
			.variable("orderBy", orderBy)
			.execute();
		response.errors().verify();
		return new Page(response.path(field + ".nodes[*].id").entityList(String.class).get(),
				response.path(field + ".edges[*].cursor").entityList(String.class).get(),
				response.path(field + ".totalCount").entity(Integer.class).get(),
				response.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get(),
				response.path(field + ".pageInfo.hasPreviousPage").entity(Boolean.class).get(),
				response.path(field + ".pageInfo.startCursor").entity(String.class).get(),
				response.path(field + ".pageInfo.endCursor").entity(String.class).get());
	}

	private static Map<String, Object> order(String field, String direction) {
		return Map.of("field", field, "direction", direction);
	}

	record Page(List<String> ids, List<String> cursors, int totalCount, boolean hasNextPage, boolean hasPreviousPage,
			String startCursor, String endCursor) {
	}

}
