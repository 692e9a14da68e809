package org.diplomacygraph.place;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter that takes a country takes it by ID or by ISO 3166-1 alpha-2 code, over HTTP: the
 * two select the same items, a code in either case; both at once is a BAD_REQUEST.
 */
@ApiTest
class CountryCodeApiTests {

	private static final String VIETNAM = GlobalId.encode("Country", "vietnam");

	private static final String CUBA = GlobalId.encode("Country", "cuba");

	private static final String CHINA = GlobalId.encode("Country", "china");

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.tester);
	}

	static Stream<Arguments> filters() {
		return Stream.of(Arguments.of("People", "people", Map.of("country", CHINA), Map.of("countryCode", "cn"), 1),
				Arguments.of("Organisations", "organisations", Map.of("country", CUBA), Map.of("countryCode", "CU"), 6),
				Arguments.of("Places", "places", Map.of("country", VIETNAM), Map.of("countryCode", "Vn"), 5),
				Arguments.of("Meetings", "meetings", Map.of("country", CUBA), Map.of("countryCode", "cu"), 2),
				Arguments.of("Meetings", "meetings", Map.of("betweenCountries", List.of(VIETNAM, CUBA)),
						Map.of("betweenCountryCodes", List.of("VN", "cu")), 5),
				Arguments.of("Agreements", "agreements", Map.of("party", CUBA), Map.of("partyCountryCode", "CU"), 4));
	}

	@ParameterizedTest(name = "{0}: {2} and {3}")
	@MethodSource("filters")
	void aCountryByCodeSelectsWhatItsIdSelects(String operation, String field, Map<String, Object> byId,
			Map<String, Object> byCode, int count) {
		List<String> selectedById = this.api.names(operation, field, Map.of("filter", byId));
		assertThat(selectedById).hasSize(count);
		assertThat(this.api.names(operation, field, Map.of("filter", byCode))).isEqualTo(selectedById);
	}

	@Test
	void aCountryByIdAndByCodeAtOnceIsABadRequest() {
		assertThat(this.api.error("api-connections", "Organisations",
				Map.of("filter", Map.of("country", CUBA, "countryCode", "CU"))))
			.isEqualTo(new Api.Error("Give `filter.country` or `filter.countryCode`, not both", "BAD_REQUEST",
					"organisations"));
	}

}
