package org.diplomacygraph.activity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.agreement.AgreementPartyRepository;
import org.diplomacygraph.agreement.AgreementRepository;
import org.diplomacygraph.agreement.AgreementsInYear;
import org.diplomacygraph.agreement.AgreementsOfCountryPair;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.MeetingRepository;
import org.diplomacygraph.meeting.MeetingsInYear;
import org.diplomacygraph.meeting.MeetingsOfCountryPair;
import org.diplomacygraph.meeting.RelatedMeetings;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.values.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/**
 * {@code activityByYear} and {@code activityByCountryPair}: the counts the repositories return per
 * year and per pair of countries, merged, filtered and ordered.
 */
@GraphQlSliceTest
class ActivityControllerTests {

	final Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of());

	final Country cuba = new Country("cuba", "Cuba", "CU", List.of());

	final Country china = new Country("china", "China", "CN", List.of());

	final Country laos = new Country("laos", "Laos", "LA", List.of());

	/** Its id sorts before Laos, its name after: pairs are named in the order of the names. */
	final Country northKorea = new Country("dprk", "North Korea", "KP", List.of());

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementPartyRepository parties;

	@Autowired
	CountryRepository countries;

	@Autowired
	RelatedMeetings related;

	@BeforeEach
	void repositoriesCountPerYear() {
		given(this.meetings.countByYear()).willReturn(List.of(new MeetingsInYear(2024, 1), new MeetingsInYear(2023, 3)));
		given(this.agreements.countByYear())
			.willReturn(List.of(new AgreementsInYear(2023, 2), new AgreementsInYear(2022, 1)));
	}

	@Test
	void meetingsAndAgreementsAreCountedPerYearEarliestFirst() {
		this.graphQl.documentName("slice-activity").operationName("ActivityByYear").execute().path("activityByYear")
			.matchesJsonStrictly("""
					[
					  { "year": 2022, "meetings": 0, "agreements": 1 },
					  { "year": 2023, "meetings": 3, "agreements": 2 },
					  { "year": 2024, "meetings": 1, "agreements": 0 }
					]""");

		verify(this.meetings, times(1)).countByYear();
		verify(this.agreements, times(1)).countByYear();
	}

	@Test
	void fromAndToBoundTheYearsInclusively() {
		this.graphQl.documentName("slice-activity").operationName("ActivityByYear").variable("from", 2023)
			.variable("to", 2023)
			.execute()
			.path("activityByYear")
			.matchesJsonStrictly("""
					[ { "year": 2023, "meetings": 3, "agreements": 2 } ]""");
	}

	@Test
	void eitherBoundMayBeOmitted() {
		this.graphQl.documentName("slice-activity").operationName("ActivityByYear").variable("from", 2023).execute()
			.path("activityByYear[*].year")
			.entityList(Integer.class)
			.containsExactly(2023, 2024);
		this.graphQl.documentName("slice-activity").operationName("ActivityByYear").variable("to", 2023).execute()
			.path("activityByYear[*].year")
			.entityList(Integer.class)
			.containsExactly(2022, 2023);
	}

	@Test
	void toBeforeFromIsABadRequest() {
		assertErrors(this.graphQl.documentName("slice-activity").operationName("ActivityByYear")
			.variable("from", 2024)
			.variable("to", 2023)
			.execute(), badRequest("`to` (2023) must not be before `from` (2024)", "activityByYear"));

		verifyNoInteractions(this.meetings, this.agreements);
	}

	@Test
	void countsArePerPairOfCountriesMostActiveFirstWithTheCountriesLoadedInOneQuery() {
		given(this.meetings.countByCountryPair()).willReturn(List.of(new MeetingsOfCountryPair("cuba", "vietnam", 3),
				new MeetingsOfCountryPair("laos", "vietnam", 1), new MeetingsOfCountryPair("dprk", "laos", 1)));
		given(this.parties.countByCountryPair())
			.willReturn(List.of(new AgreementsOfCountryPair("china", "vietnam", 2), new AgreementsOfCountryPair("cuba", "vietnam", 2)));
		given(this.countries.findAllById(any()))
			.willReturn(List.of(this.vietnam, this.cuba, this.china, this.laos, this.northKorea));

		this.graphQl.documentName("slice-activity").operationName("ActivityByCountryPair").execute()
			.path("activityByCountryPair")
			.matchesJsonStrictly("""
					[
					  { "countries": [ { "id": "Q291bnRyeTpjdWJh", "name": "Cuba" }, { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } ],
					    "meetings": 3, "agreements": 2 },
					  { "countries": [ { "id": "Q291bnRyeTpjaGluYQ", "name": "China" }, { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } ],
					    "meetings": 0, "agreements": 2 },
					  { "countries": [ { "id": "Q291bnRyeTpsYW9z", "name": "Laos" }, { "id": "Q291bnRyeTpkcHJr", "name": "North Korea" } ],
					    "meetings": 1, "agreements": 0 },
					  { "countries": [ { "id": "Q291bnRyeTpsYW9z", "name": "Laos" }, { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } ],
					    "meetings": 1, "agreements": 0 }
					]""");

		verify(this.countries, times(1)).findAllById(Set.of("cuba", "vietnam", "laos", "dprk", "china"));
		verifyNoMoreInteractions(this.countries);
	}

	@Test
	void theMeetingsOfEveryPairAreLoadedWithOneQueryAndPagedPerPair() {
		given(this.meetings.countByCountryPair()).willReturn(List.of(new MeetingsOfCountryPair("cuba", "vietnam", 2),
				new MeetingsOfCountryPair("dprk", "laos", 1)));
		given(this.parties.countByCountryPair()).willReturn(List.of());
		given(this.countries.findAllById(any()))
			.willReturn(List.of(this.vietnam, this.cuba, this.laos, this.northKorea));
		Meeting talks = new Meeting("lam-diaz-canel-talks", "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez",
				Meeting.Kind.TALKS, PartialDate.parse("2024-09-20"), null, this.vietnam, Set.of(), List.of());
		Meeting visit = new Meeting("torres-iribar-visit", "Visit of Luis Antonio Torres Iríbar", Meeting.Kind.VISIT,
				PartialDate.parse("2023-06-05"), null, this.vietnam, Set.of(), List.of());
		Meeting summit = new Meeting("laos-dprk-summit", "Summit of Laos and North Korea", Meeting.Kind.MEETING,
				PartialDate.parse("2019"), null, this.laos, Set.of(), List.of());
		given(this.related.ofCountryPairs(any(), any()))
			.willReturn(Map.of("cuba vietnam", List.of(talks, visit), "dprk laos", List.of(summit)));

		this.graphQl.documentName("slice-activity").operationName("ActivityByCountryPairWithMeetings")
			.variable("filter", Map.of("kind", List.of("TALKS", "VISIT", "MEETING")))
			.execute()
			.path("activityByCountryPair")
			.matchesJsonStrictly("""
					[
					  { "countries": [ { "name": "Cuba" }, { "name": "Vietnam" } ], "meetings": 2,
					    "meetingsBetween": { "totalCount": 2, "pageInfo": { "hasNextPage": true },
					      "nodes": [ { "id": "TWVldGluZzp0b3JyZXMtaXJpYmFyLXZpc2l0", "title": "Visit of Luis Antonio Torres Iríbar" } ] } },
					  { "countries": [ { "name": "Laos" }, { "name": "North Korea" } ], "meetings": 1,
					    "meetingsBetween": { "totalCount": 1, "pageInfo": { "hasNextPage": false },
					      "nodes": [ { "id": "TWVldGluZzpsYW9zLWRwcmstc3VtbWl0", "title": "Summit of Laos and North Korea" } ] } }
					]""");

		// The pairs by their slugs, the smaller first (North Korea is "dprk"): one query for both.
		verify(this.related, times(1)).ofCountryPairs(eq(Set.of("cuba vietnam", "dprk laos")), any());
		verifyNoMoreInteractions(this.related);
	}

	@Test
	void aBadFilterOfAPairsMeetingsIsABadRequestAtThatField() {
		given(this.meetings.countByCountryPair()).willReturn(List.of(new MeetingsOfCountryPair("cuba", "vietnam", 2)));
		given(this.parties.countByCountryPair()).willReturn(List.of());
		given(this.countries.findAllById(any())).willReturn(List.of(this.vietnam, this.cuba));

		assertErrors(this.graphQl.documentName("slice-activity").operationName("ActivityByCountryPairWithMeetings")
			.variable("filter", Map.of("countryCode", "Cuba"))
			.execute(), badRequest("`filter.countryCode` must be an ISO 3166-1 alpha-2 code, two letters such as `VN`, "
					+ "but got 'Cuba'", "activityByCountryPair", 0, "meetingsBetween"));

		verifyNoInteractions(this.related);
	}

}
