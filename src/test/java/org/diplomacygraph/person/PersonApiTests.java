package org.diplomacygraph.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code people} and the fields of {@code Person} and {@code Position}, over HTTP on the five articles. */
@ApiTest
class PersonApiTests {

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.tester);
	}

	@Test
	void theNameFilterMatchesAnySpellingIgnoringCaseAndDiacritics() {
		assertThat(people(Map.of("name", "to lam"))).containsExactly("Tô Lâm");
		assertThat(people(Map.of("name", "TÔ LÂM"))).containsExactly("Tô Lâm");
		assertThat(people(Map.of("name", "general secretary lam"))).containsExactly("Tô Lâm");
		assertThat(people(Map.of("name", "dinh"))).containsExactly("Đinh Tiến Dũng");
		assertThat(people(Map.of("name", "díaz-canel"))).containsExactly("Miguel Díaz-Canel Bermúdez");
	}

	@Test
	void theOrganisationFilterFindsWhoeverHeldAPostThere() {
		assertThat(people(Map.of("organisation", GlobalId.encode("Organisation", "hanoi-party-committee"))))
			.containsExactly("Bùi Thị Minh Hoài", "Đinh Tiến Dũng", "Ngô Thị Thanh Hằng");
	}

	@Test
	void theCountryFilterIsTheNationality() {
		assertThat(people(Map.of("country", GlobalId.encode("Country", "china")))).containsExactly("Yu Luming");
		assertThat(people(Map.of("country", GlobalId.encode("Country", "cuba"), "name", "castro")))
			.containsExactly("Fidel Castro", "Raúl Castro");
	}

	@Test
	void peopleAreOrderedByTheirFoldedNameInBothDirections() {
		List<String> ascending = this.api.names("People", "people", Map.of("first", 100));
		assertThat(ascending).startsWith("Bùi Thị Minh Hoài", "Đinh Tiến Dũng", "Fidel Castro").endsWith("Yu Luming");
		List<String> descending = new ArrayList<>(this.api.names("People", "people",
				Map.of("first", 100, "orderBy", Map.of("field", "NAME", "direction", "DESC"))));
		Collections.reverse(descending);
		assertThat(descending).isEqualTo(ascending);
	}

	@Test
	void aPersonWithTheirPostsAgreementsCounterpartsAndEvidence() {
		GraphQlTester.Response response = this.api.run("api-features", "PersonRelations", Map.of("name", "to lam"));

		// The spellings of the articles that name him, in the order the files give them (as src/docs/api-guide.md, Examples, shows).
		response.path("people.nodes[0].aliases").entityList(String.class).containsExactly("To Lam",
				"General Secretary To Lam", "Lam", "General Secretary Lâm", "Party chief Lâm", "Party chief Tô Lâm", "Lâm");
		response.path("people.nodes[0].nationality.code").entity(String.class).isEqualTo("VN");
		response.path("people.nodes[0].positions[*].title")
			.entityList(String.class)
			.containsExactly("General Secretary", "President");
		response.path("people.nodes[0].positions[0].organisation.name")
			.entity(String.class)
			.isEqualTo("Central Committee of the Communist Party of Vietnam");
		response.path("people.nodes[0].positions[1].country.name").entity(String.class).isEqualTo("Vietnam");
		response.path("people.nodes[0].positions[*].person.name")
			.entityList(String.class)
			.containsExactly("Tô Lâm", "Tô Lâm");
		response.path("people.nodes[0].agreements[*].title").entityList(String.class).hasSize(2);
		response.path("people.nodes[0].counterparts[0].person.name")
			.entity(String.class)
			.isEqualTo("Miguel Díaz-Canel Bermúdez");
		response.path("people.nodes[0].counterparts[0].meetingCount").entity(Integer.class).isEqualTo(1); // the state visit and the talks within it: one event
		response.path("people.nodes[0].counterparts[0].firstMet").entity(String.class).isEqualTo("2025-09");
		response.path("people.nodes[0].evidence[*].article.id").entityList(String.class).contains(
				GlobalId.encode("Article", "hanoi-cuba-localities-partnership-2025"),
				GlobalId.encode("Article", "to-lam-diaz-canel-talks-hanoi-2025-09"));
	}

	@Test
	void aPersonsMeetingsAreAConnectionWithItsOwnFilterAndPaging() {
		GraphQlTester.Response all = this.api.run("api-features", "PersonMeetings", Map.of("name", "to lam"));
		all.path("people.nodes[0].meetings.totalCount").entity(Integer.class).isEqualTo(3);
		all.path("people.nodes[0].meetings.nodes[*].date")
			.entityList(String.class)
			.containsExactly("2024-09", "2025-09", "2025-09");

		GraphQlTester.Response first = this.api.run("api-features", "PersonMeetings", Map.of("name", "to lam",
				"first", 2, "orderBy", Map.of("field", "DATE", "direction", "DESC")));
		first.path("people.nodes[0].meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("people.nodes[0].meetings.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = this.api.run("api-features", "PersonMeetings", Map.of("name", "to lam",
				"first", 2, "after", after, "orderBy", Map.of("field", "DATE", "direction", "DESC")));
		second.path("people.nodes[0].meetings.nodes[*].title")
			.entityList(String.class)
			.containsExactly("State visit of Tô Lâm to Cuba");
		second.path("people.nodes[0].meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("people.nodes[0].meetings.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

		GraphQlTester.Response filtered = this.api.run("api-features", "PersonMeetings",
				Map.of("name", "to lam", "filter", Map.of("kind", List.of("TALKS"))));
		filtered.path("people.nodes[0].meetings.nodes[*].title")
			.entityList(String.class)
			.containsExactly("Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez in Hanoi");

		GraphQlTester.Response last = this.api.run("api-features", "PersonMeetings",
				Map.of("name", "to lam", "last", 1));
		last.path("people.nodes[0].meetings.nodes[*].title")
			.entityList(String.class)
			.containsExactly("Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez in Hanoi");
		last.path("people.nodes[0].meetings.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	private List<String> people(Map<String, Object> filter) {
		return this.api.names("People", "people", Map.of("first", 100, "filter", filter));
	}

}
