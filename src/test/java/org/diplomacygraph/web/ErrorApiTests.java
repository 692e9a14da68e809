package org.diplomacygraph.web;

import java.util.Map;
import java.util.stream.Stream;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad arguments, one by one, over HTTP: each gets one error a client can act on, with its classification. */
@ApiTest
class ErrorApiTests {

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.tester);
	}

	static Stream<Arguments> badArguments() {
		String cuba = GlobalId.encode("Country", "cuba");
		String titleCursor = new Cursor("TITLE_ASC", "talks", "x").encode();
		return Stream.of(
				Arguments.of("Meetings", Map.of("first", 0), "`first` must be between 1 and 100, got 0"),
				Arguments.of("Meetings", Map.of("first", -1), "`first` must be between 1 and 100, got -1"),
				Arguments.of("People", Map.of("first", 101), "`first` must be between 1 and 100, got 101"),
				Arguments.of("People", Map.of("last", 101), "`last` must be between 1 and 100, got 101"),
				Arguments.of("Articles", Map.of("first", 1, "last", 1),
						"Passing both `first` and `last` to paginate a connection is not supported"),
				Arguments.of("Meetings", Map.of("after", "abc"),
						"`after` is not a valid cursor: 'abc'; pass a cursor returned by this connection"),
				Arguments.of("Meetings", Map.of("before", titleCursor), "`before` is a cursor for the ordering TITLE_ASC, "
						+ "but this connection is ordered by DATE_ASC; start again without a cursor"),
				Arguments.of("Meetings", Map.of("filter", Map.of("participant", cuba)), "`filter.participant` must be "
						+ "the ID of a Person, but '" + cuba + "' is the ID of a Country"),
				Arguments.of("People", Map.of("filter", Map.of("organisation", cuba)), "`filter.organisation` must be "
						+ "the ID of an Organisation, but '" + cuba + "' is the ID of a Country"),
				Arguments.of("Agreements", Map.of("filter", Map.of("party", GlobalId.encode("Person", "to-lam"))),
						"`filter.party` must be the ID of an Organisation or a Country, but '"
								+ GlobalId.encode("Person", "to-lam") + "' is the ID of a Person"),
				Arguments.of("Meetings", Map.of("filter", Map.of("place", "???")),
						"`filter.place` is not a valid ID: '???'"),
				Arguments.of("Meetings", Map.of("filter", Map.of("date", Map.of("from", "2024", "to", "2023"))),
						"`filter.date` ends before it starts: from: \"2024\", to: \"2023\""),
				Arguments.of("Agreements", Map.of("filter", Map.of("signedOn", Map.of("from", "--06-24"))),
						"`filter.signedOn` needs dates with a year, got from: \"--06-24\""),
				Arguments.of("Organisations", Map.of("filter", Map.of("name", "!!!")),
						"`filter.name` must contain at least one letter or digit"));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("badArguments")
	void eachBadArgumentIsABadRequestNamingIt(String operation, Map<String, Object> variables, String message) {
		String field = operation.substring(0, 1).toLowerCase() + operation.substring(1);
		assertThat(this.api.error("api-connections", operation, variables))
			.isEqualTo(new Api.Error(message, "BAD_REQUEST", field));
	}

	@Test
	void anImpossiblePartialDateIsAValidationErrorNamingTheDate() {
		Api.Error error = this.api.error("api-connections", "Meetings",
				Map.of("filter", Map.of("date", Map.of("from", "2023-02-30"))));
		assertThat(error.classification()).isEqualTo("ValidationError");
		assertThat(error.message()).contains("impossible date '2023-02-30'");
	}

	@Test
	void aMalformedPartialDateIsAValidationErrorListingTheForms() {
		Api.Error error = this.api.error("api-connections", "Meetings",
				Map.of("filter", Map.of("date", Map.of("to", "June 2023"))));
		assertThat(error.classification()).isEqualTo("ValidationError");
		assertThat(error.message()).contains("expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD");
	}

}
