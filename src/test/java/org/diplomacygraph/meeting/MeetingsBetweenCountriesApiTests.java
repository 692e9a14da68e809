package org.diplomacygraph.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;

/**
 * Meetings between countries over HTTP: the {@code betweenCountries} filter, and the meetings of
 * each pair of {@code activityByCountryPair}, which are the meetings its count counts.
 */
@ApiTest
class MeetingsBetweenCountriesApiTests {

	static final List<String> VIETNAM_CUBA = List.of("Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar",
			"Meeting between Bùi Thị Minh Hoài and Rogelio Polanco Fuentes",
			"Conversation between Miguel Díaz-Canel Bermúdez and Lê Quang Long at the 50th anniversary of Southern "
					+ "Liberation and National Reunification",
			"State visit of Miguel Díaz-Canel Bermúdez to Vietnam",
			"Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez in Hanoi");

	static final List<String> VIETNAM_CHINA = List.of("Reception of Yu Luming by Ngô Thị Thanh Hằng",
			"Talks between Nguyễn Lan Hương and Yu Luming");

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.tester);
	}

	@Test
	void meetingsBetweenCountriesHaveParticipantsOfEveryOneOfThem() {
		assertThat(between("VN", "CU")).isEqualTo(VIETNAM_CUBA);
		assertThat(between("cn", "vn")).isEqualTo(VIETNAM_CHINA);
		// Tô Lâm's state visit to Cuba is held there, but the articles name no Cuban taking part.
		assertThat(between("VN")).hasSize(8).containsAll(VIETNAM_CUBA).containsAll(VIETNAM_CHINA)
			.contains("State visit of Tô Lâm to Cuba");
		assertThat(between("CN", "CU")).isEmpty();
		assertThat(between("VN", "CU", "CN")).isEmpty();
		// Nobody of the Dominican Republic took part in a meeting; its ambassador is Vietnamese.
		assertThat(between("DO")).isEmpty();
	}

	@Test
	void theBetweenFilterCombinesWithTheOthers() {
		assertThat(this.api.names("Meetings", "meetings", Map.of("filter",
				Map.of("betweenCountryCodes", List.of("VN", "CU"), "date", Map.of("from", "2025"), "kind", List.of("TALKS")))))
			.containsExactly("Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez in Hanoi");
	}

	@Test
	void everyPairLinksToTheMeetingsItCountsOneEventOnce() {
		GraphQlTester.Response response = this.api.run("api-explore", "PairMeetings", Map.of());
		response.path("activityByCountryPair[*].countries[*].code").entityList(String.class)
			.containsExactly("CU", "VN", "CN", "VN");
		response.path("activityByCountryPair[0].meetingsBetween.nodes[*].title").entityList(String.class)
			.isEqualTo(VIETNAM_CUBA);
		response.path("activityByCountryPair[0].meetingsBetween.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("activityByCountryPair[1].meetingsBetween.nodes[*].title").entityList(String.class)
			.isEqualTo(VIETNAM_CHINA);
		// The count is of events: each meeting once, with the meetings that are part of it.
		for (int pair = 0; pair < 2; pair++) {
			String at = "activityByCountryPair[" + pair + "]";
			Set<Object> events = new HashSet<>();
			for (Map<?, ?> meeting : response.path(at + ".meetingsBetween.nodes").entityList(Map.class).get()) {
				Map<?, ?> partOf = (Map<?, ?>) meeting.get("partOf");
				events.add((partOf != null) ? partOf.get("id") : meeting.get("id"));
			}
			response.path(at + ".meetings").entity(Integer.class).isEqualTo(events.size());
		}
		response.path("activityByCountryPair[0].meetings").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void aPairsMeetingsTakeTheFilterAndOrderOfAnyMeetings() {
		GraphQlTester.Response response = this.api.run("api-explore", "PairMeetings",
				Map.of("filter", Map.of("date", Map.of("from", "2025")), "orderBy",
						Map.of("field", "TITLE", "direction", "DESC")));
		response.path("activityByCountryPair[0].meetingsBetween.nodes[*].title").entityList(String.class)
			.containsExactly("Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez in Hanoi",
					"State visit of Miguel Díaz-Canel Bermúdez to Vietnam",
					"Meeting between Bùi Thị Minh Hoài and Rogelio Polanco Fuentes",
					"Conversation between Miguel Díaz-Canel Bermúdez and Lê Quang Long at the 50th anniversary of "
							+ "Southern Liberation and National Reunification");
		// The China–Vietnam meetings have no year: none is in 2025.
		response.path("activityByCountryPair[1].meetingsBetween.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aBadFilterOfAPairsMeetingsIsABadRequestAtThatFieldOfEveryPair() {
		String message = "`filter.betweenCountryCodes[0]` must be an ISO 3166-1 alpha-2 code, two letters such as "
				+ "`VN`, but got 'VNM'";
		assertErrors(this.tester.documentName("api-explore").operationName("PairMeetings")
			.variable("filter", Map.of("betweenCountryCodes", List.of("VNM")))
			.execute(), badRequest(message, "activityByCountryPair", 0, "meetingsBetween"),
				badRequest(message, "activityByCountryPair", 1, "meetingsBetween"));
	}

	private List<String> between(String... codes) {
		return this.api.names("Meetings", "meetings",
				Map.of("first", 100, "filter", Map.of("betweenCountryCodes", List.of(codes))));
	}

}
