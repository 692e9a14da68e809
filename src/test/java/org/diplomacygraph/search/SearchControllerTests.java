package org.diplomacygraph.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Keyed;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.PersonRepository;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The {@code search} and {@code lookup} fields over HTTP-less GraphQL: arguments in, hits out, bad
 * input as BAD_REQUEST.
 */
@GraphQlSliceTest
class SearchControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	SearchIndex index;

	@Autowired
	NameLookup lookup;

	@Autowired
	PersonRepository people;

	@Test
	void hitsAreTypedNodesWithScoreAndMatchedName() {
		Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of("Việt Nam", "Viet Nam"));
		Person toLam = new Person("to-lam", "Tô Lâm", vietnam, List.of("To Lam", "General Secretary Lâm"));
		Place hanoi = new Place("hanoi", "Hanoi", Place.Kind.CITY, vietnam, null, List.of("Hà Nội"));
		Meeting visit = new Meeting("to-lam-state-visit-cuba-2024", "State visit of Tô Lâm to Cuba",
				Meeting.Kind.STATE_VISIT, null, null, null, Set.of(), List.of());
		given(this.index.search(any())).willReturn(List.of(new SearchResult(toLam, 21.5f, "General Secretary Lâm"),
				new SearchResult(visit, 4.25f, "State visit of Tô Lâm to Cuba"), new SearchResult(hanoi, 1.0f, "Hanoi"),
				new SearchResult(vietnam, 0.5f, "Việt Nam")));
		// Person.aliases is a batch mapping of the person controller.
		given(this.people.findAliases(Set.of("to-lam"))).willReturn(
				List.of(new Keyed<>("to-lam", "To Lam"), new Keyed<>("to-lam", "General Secretary Lâm")));

		this.graphQl.documentName("search")
			.variable("query", "General Secretary Lam")
			.execute()
			.errors()
			.verify()
			.path("search")
			.matchesJsonStrictly("""
					[
					  {
					    "node": { "__typename": "Person", "name": "Tô Lâm", "aliases": ["To Lam", "General Secretary Lâm"] },
					    "score": 21.5,
					    "matched": "General Secretary Lâm"
					  },
					  {
					    "node": { "__typename": "Meeting", "title": "State visit of Tô Lâm to Cuba" },
					    "score": 4.25,
					    "matched": "State visit of Tô Lâm to Cuba"
					  },
					  { "node": { "__typename": "Place", "name": "Hanoi" }, "score": 1.0, "matched": "Hanoi" },
					  { "node": { "__typename": "Country", "name": "Vietnam" }, "score": 0.5, "matched": "Việt Nam" }
					]""");
	}

	@Test
	void argumentsReachTheSearch() {
		given(this.index.search(any())).willReturn(List.of());

		this.graphQl.documentName("search")
			.variable("query", "hanoi")
			.variable("types", List.of("PLACE", "COUNTRY"))
			.variable("first", 3)
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSize(0);

		then(this.index).should().search(new SearchQuery("hanoi", Set.of(RecordType.PLACE, RecordType.COUNTRY), 3));
	}

	@Test
	void withoutTypesAndFirstEveryTypeIsSearchedForTenHits() {
		given(this.index.search(any())).willReturn(List.of());

		this.graphQl.documentName("searchWithDefaults").variable("query", "hanoi").execute().errors().verify();

		then(this.index).should().search(new SearchQuery("hanoi", Set.copyOf(RecordType.searchable()), 10));
	}

	@Test
	void aQueryWithoutLettersOrDigitsIsABadRequest() {
		assertBadRequest(Map.of("query", "*:* -- ;"), "`query` must contain at least one letter or digit");
	}

	@Test
	void firstOutsideOneToAHundredIsABadRequest() {
		assertBadRequest(Map.of("query", "hanoi", "first", 101), "`first` must be between 1 and 100, got 101");
		assertBadRequest(Map.of("query", "hanoi", "first", 0), "`first` must be between 1 and 100, got 0");
	}

	@Test
	void anOverlongQueryIsABadRequest() {
		assertBadRequest(Map.of("query", "hanoi ".repeat(40)), "`query` may have at most 200 characters, got 240");
	}

	private void assertBadRequest(Map<String, Object> variables, String message) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("search");
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getMessage()).isEqualTo(message);
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getPath()).isEqualTo("search");
		}));
		// As a client reads it: search is non-null, so data is null; the classification is an extension.
		Map<String, Object> json = response.returnResponse().toMap();
		assertThat(json).containsEntry("data", null);
		assertThat(json).extractingByKey("errors", as(InstanceOfAssertFactories.LIST))
			.singleElement(as(InstanceOfAssertFactories.MAP))
			.containsEntry("message", message)
			.containsEntry("path", List.of("search"))
			.containsEntry("extensions", Map.of("classification", "BAD_REQUEST"));
		then(this.index).shouldHaveNoInteractions();
	}

	@Test
	void aLookupAnswersNodesOfAnyTypeWithTheirLabelsAndKinds() {
		Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of("Việt Nam"));
		Organisation cpv = new Organisation("communist-party-of-vietnam", "Communist Party of Vietnam",
				Organisation.Kind.PARTY, vietnam, null, List.of("CPV"));
		Place hanoi = new Place("hanoi", "Hanoi", Place.Kind.CITY, vietnam, null, List.of("Hà Nội"));
		Meeting visit = new Meeting("to-lam-state-visit-cuba-2024", "State visit of Tô Lâm to Cuba",
				Meeting.Kind.STATE_VISIT, null, null, null, Set.of(), List.of());
		given(this.lookup.lookup(any())).willReturn(List.of(cpv, hanoi, vietnam, visit));

		this.graphQl.documentName("lookup")
			.variable("name", "CPV")
			.execute()
			.errors()
			.verify()
			.path("lookup")
			.matchesJsonStrictly("""
					[
					  { "__typename": "Organisation", "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi12aWV0bmFt",
					    "label": "Communist Party of Vietnam", "organisationKind": "PARTY" },
					  { "__typename": "Place", "id": "UGxhY2U6aGFub2k", "label": "Hanoi", "placeKind": "CITY" },
					  { "__typename": "Country", "id": "Q291bnRyeTp2aWV0bmFt", "label": "Vietnam" },
					  { "__typename": "Meeting", "id": "TWVldGluZzp0by1sYW0tc3RhdGUtdmlzaXQtY3ViYS0yMDI0",
					    "label": "State visit of Tô Lâm to Cuba", "meetingKind": "STATE_VISIT" }
					]""");
		then(this.lookup).should().lookup(new LookupQuery("CPV", Set.copyOf(RecordType.searchable()), 10));
	}

	@Test
	void argumentsReachTheLookupNormalised() {
		given(this.lookup.lookup(any())).willReturn(List.of());

		this.graphQl.documentName("lookup")
			.variable("name", " Ha\u0300 Nô\u0323i ")
			.variable("types", List.of("PLACE"))
			.variable("first", 100)
			.execute()
			.path("lookup")
			.entityList(Object.class)
			.hasSize(0);

		// NFC, without the white space around it: the rule of every name this API takes.
		then(this.lookup).should().lookup(new LookupQuery("Hà Nội", Set.of(RecordType.PLACE), 100));
	}

	@Test
	void badArgumentsOfALookupAreBadRequests() {
		assertLookupRefused(Map.of("name", " -- "), "`name` must contain at least one letter or digit");
		assertLookupRefused(Map.of("name", "x".repeat(501)), "`name` may have at most 500 characters, got 501");
		assertLookupRefused(Map.of("name", "Hanoi", "first", 0), "`first` must be between 1 and 100, got 0");
		assertLookupRefused(Map.of("name", "Hanoi", "first", 101), "`first` must be between 1 and 100, got 101");
		then(this.lookup).shouldHaveNoInteractions();
	}

	private void assertLookupRefused(Map<String, Object> variables, String message) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("lookup");
		variables.forEach(request::variable);
		assertErrors(request.execute(), badRequest(message, "lookup"));
	}

}
