package org.diplomacygraph.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.Paging;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;

/** {@code meetings}, the fields of {@code Meeting}, {@code Participant} and {@code Place}, and the analytics, over HTTP. */
@ApiTest
class MeetingApiTests {

	/** Every person by name, as the root connection serves them. */
	static final List<String> PERSON_SLUGS = List.of("bui-thi-minh-hoai", "dinh-tien-dung", "fidel-castro",
			"ha-minh-hai", "ho-chi-minh", "jose-marti", "le-quang-long", "luis-antonio-torres-iribar",
			"miguel-diaz-canel", "ngo-thi-thanh-hang", "nguyen-lan-huong", "nguyen-manh-quyen", "raul-castro",
			"rogelio-polanco-fuentes", "to-lam", "yu-luming");

	private static final Map<String, Object> DATE_DESC = Map.of("field", "DATE", "direction", "DESC");

	private static final Map<String, Object> TITLE_ASC = Map.of("field", "TITLE");

	private static final Map<String, Object> TITLE_DESC = Map.of("field", "TITLE", "direction", "DESC");

	private static final String TO_LAM = GlobalId.encode("Person", "to-lam");

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.tester);
	}

	@Test
	void aPartialDateMatchesADateRangeByTheDaysItMayDenote() {
		assertThat(meetings(Map.of("date", Map.of("from", "2023-06-09", "to", "2023-06-09")))).containsExactly(
				"Visit of Luis Antonio Torres Iríbar to Vietnam",
				"Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar");
		assertThat(meetings(Map.of("date", Map.of("from", "2025-09-15")))).containsExactly(
				"State visit of Miguel Díaz-Canel Bermúdez to Vietnam",
				"Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez in Hanoi");
		assertThat(meetings(Map.of("date", Map.of("to", "2024")))).hasSize(3);
	}

	@Test
	void meetingsByParticipantOrganisationCountryPlaceAndKind() {
		assertThat(meetings(Map.of("participant", GlobalId.encode("Person", "to-lam")))).containsExactly(
				"State visit of Tô Lâm to Cuba", "State visit of Miguel Díaz-Canel Bermúdez to Vietnam",
				"Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez in Hanoi");
		assertThat(meetings(Map.of("organisation", GlobalId.encode("Organisation", "hanoi-party-committee"))))
			.containsExactly("Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar",
					"Meeting between Bùi Thị Minh Hoài and Rogelio Polanco Fuentes",
					"Reception of Yu Luming by Ngô Thị Thanh Hằng");
		assertThat(meetings(Map.of("country", GlobalId.encode("Country", "cuba")))).hasSize(2);
		assertThat(meetings(Map.of("place", GlobalId.encode("Place", "havana"))))
			.as("a place within Havana counts").hasSize(1);
		assertThat(meetings(Map.of("kind", List.of("RECEPTION", "CONVERSATION")))).hasSize(2);
		assertThat(meetings(Map.of("kind", List.of("STATE_VISIT"), "country", GlobalId.encode("Country", "vietnam"))))
			.containsExactly("State visit of Miguel Díaz-Canel Bermúdez to Vietnam");
	}

	@Test
	void aMeetingWithItsPlaceParticipantsOrganisationsAgreementsTopicsAndEvidence() {
		GraphQlTester.Response response = this.api.run("api-features", "MeetingRelations",
				Map.of("filter", Map.of("place", GlobalId.encode("Place", "palace-of-the-revolution"))));
		response.path("meetings.nodes[0].kind").entity(String.class).isEqualTo("CONVERSATION");
		response.path("meetings.nodes[0].date").entity(String.class).isEqualTo("2025-04-29");
		response.path("meetings.nodes[0].place.kind").entity(String.class).isEqualTo("BUILDING");
		response.path("meetings.nodes[0].place.within.name").entity(String.class).isEqualTo("Havana");
		response.path("meetings.nodes[0].place.country.name").entity(String.class).isEqualTo("Cuba");
		response.path("meetings.nodes[0].country.code").entity(String.class).isEqualTo("CU");
		response.path("meetings.nodes[0].participants[*].role").entityList(String.class).containsExactly("HOST", "GUEST");
		response.path("meetings.nodes[0].participants[*].person.name")
			.entityList(String.class)
			.containsExactly("Miguel Díaz-Canel Bermúdez", "Lê Quang Long");
		response.path("meetings.nodes[0].organisations[*].name")
			.entityList(String.class)
			.contains("Central Committee of the Communist Party of Cuba");

		GraphQlTester.Response talks = this.api.run("api-features", "MeetingRelations",
				Map.of("filter", Map.of("place", GlobalId.encode("Place", "hanoi"))));
		talks.path("meetings.nodes[0].agreements[*].title").entityList(String.class).hasSize(2);
		talks.path("meetings.nodes[0].topics").entityList(String.class).contains("agriculture", "solar energy");
		talks.path("meetings.nodes[0].place.aliases").entityList(String.class).contains("Hà Nội");
		talks.path("meetings.nodes[0].evidence[*].aspect").entityList(String.class).contains("SUBJECT", "DATE", "PLACE");
		talks.path("meetings.nodes[0].participants[0].capacity.title").entity(String.class).isEqualTo("General Secretary");
	}

	@Test
	void activityPerYearAndPerCountryPair() {
		GraphQlTester.Response response = this.api.run("api-features", "Activity", Map.of("from", 2024));
		response.path("activityByYear[*].year").entityList(Integer.class).containsExactly(2024, 2025);
		// Each event once: the 2025 state visit and the talks within it are one.
		response.path("activityByYear[1].meetings").entity(Integer.class).isEqualTo(3);
		response.path("activityByYear[1].agreements").entity(Integer.class).isEqualTo(2);
		// 2023: the visit and the talks of June; both agreements were signed following the talks.
		GraphQlTester.Response all = this.api.run("api-features", "Activity", Map.of());
		all.path("activityByYear[*].year").entityList(Integer.class).containsExactly(2023, 2024, 2025);
		// The 2023 visit and the talks within it: one event.
		all.path("activityByYear[0].meetings").entity(Integer.class).isEqualTo(1);
		all.path("activityByYear[0].agreements").entity(Integer.class).isEqualTo(2);
		response.path("activityByCountryPair[0].countries[*].name")
			.entityList(String.class)
			.containsExactly("Cuba", "Vietnam");
		response.path("activityByCountryPair[0].meetings").entity(Integer.class).isEqualTo(4); // events: the 2025 visit with its talks once
		response.path("activityByCountryPair[0].agreements").entity(Integer.class).isEqualTo(6);
		response.path("activityByCountryPair[1].countries[*].name")
			.entityList(String.class)
			.containsExactly("China", "Vietnam");
	}

	@Test
	void aCursorWhoseKeyIsNoDayNumberIsABadRequestNamingTheArgumentAtTheRootAndNested() {
		// Well formed and of the right ordering, but its sort key is no day number.
		String june = new Cursor("DATE_ASC", "June", "torres-iribar-visit-vietnam-2023").encode();
		String message = "`after` is not a valid cursor: '" + june + "'; pass a cursor returned by this connection";
		assertThat(this.api.error("api-connections", "Meetings", Map.of("after", june)))
			.isEqualTo(new Api.Error(message, "BAD_REQUEST", "meetings"));
		assertThat(this.api.error("api-features", "PersonMeetings", Map.of("name", "to lam", "after", june)))
			.isEqualTo(new Api.Error(message, "BAD_REQUEST", "people.nodes[0].meetings"));
		String before = new Cursor("DATE_DESC", "", "torres-iribar-visit-vietnam-2023").encode();
		assertThat(this.api.error("api-features", "PersonMeetings", Map.of("name", "to lam", "last", 1, "before",
				before, "orderBy", Map.of("field", "DATE", "direction", "DESC"))))
			.isEqualTo(new Api.Error("`before` is not a valid cursor: '" + before
					+ "'; pass a cursor returned by this connection", "BAD_REQUEST", "people.nodes[0].meetings"));
	}

	/** As the root connection rejects a bad cursor whether or not anything matches, so does a nested one. */
	@Test
	void aCursorWhoseKeyIsNoDayNumberIsRejectedEvenWhereThereIsNothingToPage() {
		String june = new Cursor("DATE_ASC", "June", "torres-iribar-visit-vietnam-2023").encode();
		this.api.run("api-features", "PersonMeetings", Map.of("name", "fidel castro"))
			.path("people.nodes[0].meetings.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		assertThat(this.api.error("api-features", "PersonMeetings", Map.of("name", "fidel castro", "after", june)))
			.isEqualTo(new Api.Error("`after` is not a valid cursor: '" + june
					+ "'; pass a cursor returned by this connection", "BAD_REQUEST", "people.nodes[0].meetings"));
	}

	/** A bad cursor is the fault of the connection it was given to, not of the others of its batch. */
	@Test
	void aBadCursorOfOneNestedConnectionIsNoErrorOfAnotherInTheSameBatch() {
		String june = new Cursor("DATE_ASC", "June", "torres-iribar-visit-vietnam-2023").encode();
		GraphQlTester.Response response = this.tester.documentName("api-features")
			.operationName("PersonMeetingsTwice")
			.variable("id", GlobalId.encode("Person", "to-lam"))
			.variable("after", june)
			.execute();
		// The bad connection nulls the person (its connections are non-null), but only it is in error.
		assertErrors(response, badRequest("`after` is not a valid cursor: '" + june
				+ "'; pass a cursor returned by this connection", "node", "bad"));
	}

	// Ported from e2e-tests: nested connections paged both ways, batched per parent, bad arguments per parent.

	@Test
	void aPersonsMeetingsInEveryOrderAndPagedBothWays() {
		List<String> byDate = meetingIds("to-lam-state-visit-cuba-2024", "diaz-canel-state-visit-vietnam-2025",
				"to-lam-diaz-canel-talks-2025-09");
		List<String> byTitle = meetingIds("diaz-canel-state-visit-vietnam-2025", "to-lam-state-visit-cuba-2024",
				"to-lam-diaz-canel-talks-2025-09");
		Map<Map<String, Object>, List<String>> orders = Map.of(Map.of("field", "DATE"), byDate, DATE_DESC,
				reversed(byDate), TITLE_ASC, byTitle, TITLE_DESC, reversed(byTitle));
		orders.forEach((order, expected) -> {
			for (int size = 1; size <= 4; size++) {
				assertThat(Paging.forward(personMeetingsPaged(TO_LAM, Map.of("orderBy", order)), "node.meetings", size))
					.as("%s forward by %d", order, size)
					.containsExactlyElementsOf(expected);
				assertThat(Paging.backward(personMeetingsPaged(TO_LAM, Map.of("orderBy", order)), "node.meetings", size))
					.as("%s backward by %d", order, size)
					.containsExactlyElementsOf(expected);
			}
		});
	}

	@Test
	void everyParentsNestedMeetingsAreItsOwnWhenLoadedTogether() {
		Map<String, Object> arguments = Map.of("first", 1, "filter", Map.of("kind", List.of("TALKS", "STATE_VISIT")),
				"orderBy", DATE_DESC);
		GraphQlTester.Response response = this.tester.documentName("meetingsOfEveryone").variables(arguments).execute();
		List<String> people = response.path("people.nodes[*].name").entityList(String.class).get();
		List<Integer> counts = response.path("people.nodes[*].all.totalCount").entityList(Integer.class).get();
		Map<String, Integer> countByPerson = new LinkedHashMap<>();
		for (int i = 0; i < people.size(); i++) {
			countByPerson.put(people.get(i), counts.get(i));
		}
		assertThat(countByPerson).containsExactly(entry("Bùi Thị Minh Hoài", 1), entry("Đinh Tiến Dũng", 1),
				entry("Fidel Castro", 0), entry("Hà Minh Hải", 1), entry("Hồ Chí Minh", 0), entry("José Martí", 0),
				entry("Lê Quang Long", 1), entry("Luis Antonio Torres Iríbar", 2),
				entry("Miguel Díaz-Canel Bermúdez", 3), entry("Ngô Thị Thanh Hằng", 1), entry("Nguyễn Lan Hương", 1),
				entry("Nguyễn Mạnh Quyền", 1), entry("Raúl Castro", 0), entry("Rogelio Polanco Fuentes", 1),
				entry("Tô Lâm", 3), entry("Yu Luming", 2));
		// Each person's page equals the page asked for that person alone.
		for (int i = 0; i < PERSON_SLUGS.size(); i++) {
			String person = GlobalId.encode("Person", PERSON_SLUGS.get(i));
			Paging.Page alone = Paging.page(personMeetings(person, arguments), "node.meetings");
			assertThat(response.path("people.nodes[" + i + "].some").entity(Map.class).get())
				.as(people.get(i))
				.isEqualTo(Map.of("totalCount", alone.totalCount(), "pageInfo",
						Map.of("hasNextPage", alone.pageInfo().hasNextPage(), "hasPreviousPage", false), "nodes",
						alone.ids().stream().map((id) -> Map.of("id", id)).toList()));
			assertThat(response.path("people.nodes[" + i + "].all.nodes[*].id").entityList(String.class).get())
				.as(people.get(i))
				.containsExactlyElementsOf(Paging.page(personMeetings(person, Map.of()), "node.meetings").ids());
		}
		response.path("people.nodes[14].some.nodes[*].id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Meeting", "to-lam-diaz-canel-talks-2025-09"));
		List<String> organisations = response.path("organisations.nodes[*].name").entityList(String.class).get();
		assertThat(organisations).hasSize(27);
		List<Integer> organisationCounts = response.path("organisations.nodes[*].all.totalCount")
			.entityList(Integer.class)
			.get();
		assertThat(organisationCounts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(
				// CPC and CPV central committees 3 each, Hanoi Party Committee 3, Havana 2, CPPCC Beijing 2,
				// the two embassies, the People's Committee, the Organization Commission and VFF Hanoi 1 each.
				3 + 3 + 3 + 2 + 2 + 1 + 1 + 1 + 1 + 1);
		assertThat(response.path("organisations.nodes[2].some.nodes[*].id").entityList(String.class).get())
			.as(organisations.get(2))
			.containsExactly(GlobalId.encode("Meeting", "to-lam-diaz-canel-talks-2025-09"));
	}

	@Test
	void aBadArgumentOfAConnectionNestedInAListIsReportedForEachParent() {
		GraphQlTester.Response response = this.tester.documentName("peopleMeetingsFirst")
			.variable("people", 2)
			.variable("first", 101)
			.execute();
		assertErrors(response, badRequest("`first` must be between 1 and 100, got 101", "people", "nodes", 0, "meetings"),
				badRequest("`first` must be between 1 and 100, got 101", "people", "nodes", 1, "meetings"))
			.path("")
			.valueIsNull();
	}

	private GraphQlTester.Response personMeetings(String person, Map<String, Object> variables) {
		return this.tester.documentName("personMeetingsPage").variable("id", person).variables(variables).execute();
	}

	private Function<Map<String, Object>, GraphQlTester.Response> personMeetingsPaged(String person,
			Map<String, Object> variables) {
		return (paging) -> this.tester.documentName("personMeetingsPage")
			.variable("id", person)
			.variables(variables)
			.variables(paging)
			.execute();
	}

	private static List<String> meetingIds(String... slugs) {
		return Stream.of(slugs).map((slug) -> GlobalId.encode("Meeting", slug)).toList();
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

	private List<String> meetings(Map<String, Object> filter) {
		return this.api.names("Meetings", "meetings", Map.of("first", 100, "filter", filter));
	}

}
