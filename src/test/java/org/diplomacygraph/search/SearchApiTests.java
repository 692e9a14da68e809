package org.diplomacygraph.search;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code search} and {@code lookup} over HTTP on the index built at start-up: the cases the contract names. */
@ApiTest
class SearchApiTests {

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.tester);
	}

	@ParameterizedTest(name = "\"{0}\" finds {1}:{2} first")
	@CsvSource({ "to lam, Person, to-lam", "Tô Lâm, Person, to-lam", "General Secretary Lam, Person, to-lam",
			"diaz canel, Person, miguel-diaz-canel", "ha noi, Place, hanoi", "hanoi, Place, hanoi",
			"Đinh, Person, dinh-tien-dung", "polanko, Person, rogelio-polanco-fuentes",
			"torres iri, Person, luis-antonio-torres-iribar", "cpv, Organisation, communist-party-of-vietnam" })
	void theBestMatchComesFirst(String query, String type, String slug) {
		GraphQlTester.Response response = this.api.run("api-features", "Search", Map.of("query", query));
		response.path("search[0].node.__typename").entity(String.class).isEqualTo(type);
		response.path("search[0].node.id").entity(String.class).isEqualTo(GlobalId.encode(type, slug));
	}

	@Test
	void resultsNameTheSpellingThatMatchedAndAreRanked() {
		GraphQlTester.Response response = this.api.run("api-features", "Search",
				Map.of("query", "General Secretary Lam"));
		response.path("search[0].matched").entity(String.class).isEqualTo("General Secretary Lâm");
		List<Double> scores = response.path("search[*].score").entityList(Double.class).get();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void typesAndFirstNarrowTheResults() {
		GraphQlTester.Response response = this.api.run("api-features", "Search",
				Map.of("query", "hanoi", "types", List.of("ORGANISATION"), "first", 2));
		response.path("search[*].node.__typename").entityList(String.class).containsExactly("Organisation",
				"Organisation");
	}

	@Test
	void aQueryWithoutLettersIsABadRequest() {
		assertThat(this.api.error("api-features", "Search", Map.of("query", "!?")))
			.isEqualTo(new Api.Error("`query` must contain at least one letter or digit", "BAD_REQUEST", "search"));
	}

	@ParameterizedTest(name = "\"{0}\" names {1}:{2}")
	@CsvSource({ "Hanoi, Place, hanoi", "ha noi, Place, hanoi", "HÀ NỘI, Place, hanoi", "cpv, Organisation, communist-party-of-vietnam",
			"dinh tien dung, Person, dinh-tien-dung", "'Đinh  Tiến-Dũng!', Person, dinh-tien-dung",
			"general secretary lam, Person, to-lam", "Việt Nam, Country, vietnam",
			"state visit of miguel diaz-canel bermudez to vietnam, Meeting, diaz-canel-state-visit-vietnam-2025" })
	void aLookupResolvesAnExactNameOrAliasFolded(String name, String type, String slug) {
		GraphQlTester.Response response = this.api.run("api-explore", "Lookup", Map.of("name", name));
		response.path("lookup[*].id").entityList(String.class).containsExactly(GlobalId.encode(type, slug));
		response.path("lookup[0].__typename").entity(String.class).isEqualTo(type);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@CsvSource({ "to", "hano", "hanoy", "party committee", "Communist Party" })
	void aLookupNeverMatchesAPartOfANameOrATypo(String name) {
		this.api.run("api-explore", "Lookup", Map.of("name", name)).path("lookup").entityList(Object.class).hasSize(0);
	}

	@Test
	void aLookupIsOnlyOfTheTypesAskedFor() {
		this.api.run("api-explore", "Lookup", Map.of("name", "Vietnam", "types", List.of("PERSON", "PLACE")))
			.path("lookup")
			.entityList(Object.class)
			.hasSize(0);
		this.api.run("api-explore", "Lookup", Map.of("name", "Vietnam", "types", List.of("COUNTRY")))
			.path("lookup[*].label")
			.entityList(String.class)
			.containsExactly("Vietnam");
	}

}
