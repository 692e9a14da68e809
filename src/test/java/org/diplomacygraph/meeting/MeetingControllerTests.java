package org.diplomacygraph.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.meeting.Participant.Role;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Connection.Edge;
import org.diplomacygraph.paging.Connection.PageInfo;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.CriteriaProbe;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.JoinedLoads;
import org.diplomacygraph.paging.Keyed;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.PersonRepository;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.person.PositionRepository;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.place.PlaceRepository;
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
import static org.diplomacygraph.article.EvidenceFixtures.article;
import static org.diplomacygraph.article.EvidenceFixtures.quote;
import static org.diplomacygraph.article.EvidenceFixtures.stubLookup;
import static org.diplomacygraph.article.EvidenceFixtures.subjectsLookedUpOnce;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/**
 * The {@code meetings} connection, the fields of {@code Meeting} and {@code Participant}, and the
 * meetings and counterparts of people and organisations, with the pager and the repositories
 * mocked.
 */
@GraphQlSliceTest
class MeetingControllerTests {

	static final String TO_LAM_ID = "UGVyc29uOnRvLWxhbQ";

	static final String CUBA_ID = "Q291bnRyeTpjdWJh";

	static final String VIETNAM_ID = "Q291bnRyeTp2aWV0bmFt";

	final Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of());

	final Country cuba = new Country("cuba", "Cuba", "CU", List.of());

	final Place hanoi = new Place("hanoi", "Hanoi", Place.Kind.CITY, this.vietnam, null, List.of());

	final Place havana = new Place("havana", "Havana", Place.Kind.CITY, this.cuba, null, List.of());

	final Place palace = new Place("palace-of-the-revolution", "Palace of the Revolution", Place.Kind.BUILDING,
			this.cuba, this.havana, List.of());

	final Organisation cpv = organisation("communist-party-of-vietnam", "Communist Party of Vietnam", this.vietnam);

	final Organisation pcc = organisation("communist-party-of-cuba", "Communist Party of Cuba", this.cuba);

	final Organisation hanoiCommittee = organisation("hanoi-party-committee", "Hanoi Party Committee", this.vietnam);

	final Organisation havanaCommittee = organisation("havana-party-committee", "Havana Party Committee", this.cuba);

	final Person toLam = new Person("to-lam", "Tô Lâm", this.vietnam, List.of());

	final Person diazCanel = new Person("miguel-diaz-canel-bermudez", "Miguel Díaz-Canel Bermúdez", this.cuba,
			List.of());

	final Person dung = new Person("dinh-tien-dung", "Đinh Tiến Dũng", this.vietnam, List.of());

	final Person torres = new Person("luis-antonio-torres-iribar", "Luis Antonio Torres Iríbar", this.cuba, List.of());

	final Position generalSecretary = new Position("to-lam/general-secretary", this.toLam, "General Secretary",
			this.cpv, null, null, null);

	final Position firstSecretary = new Position("miguel-diaz-canel-bermudez/first-secretary", this.diazCanel,
			"First Secretary", this.pcc, null, null, null);

	final Position hanoiSecretary = new Position("dinh-tien-dung/secretary", this.dung, "Secretary",
			this.hanoiCommittee, null, null, null);

	final Meeting lamDiazCanel = new Meeting("lam-diaz-canel-talks-2024-09-20",
			"Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", Meeting.Kind.TALKS, PartialDate.parse("2024-09-20"),
			this.hanoi, this.vietnam, Set.of(), List.of());

	final Meeting dungTorres = new Meeting("dung-torres-iribar-talks-2023-06-09",
			"Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", Meeting.Kind.TALKS,
			PartialDate.parse("2023-06-09"), null, this.vietnam, Set.of(this.hanoiCommittee, this.havanaCommittee),
			List.of());

	final Meeting reception = new Meeting("diaz-canel-reception", "Reception by Miguel Díaz-Canel Bermúdez",
			Meeting.Kind.RECEPTION, PartialDate.parse("--06-24"), this.palace, this.cuba, Set.of(this.pcc), List.of());

	/** Stored in id order, as the repository returns them: the guest before the host. */
	final Participant diazCanelAsGuest = new Participant(this.lamDiazCanel, this.diazCanel, Role.GUEST,
			this.firstSecretary);

	final Participant toLamAsHost = new Participant(this.lamDiazCanel, this.toLam, Role.HOST, this.generalSecretary);

	final Participant dungAsHost = new Participant(this.dungTorres, this.dung, Role.HOST, this.hanoiSecretary);

	final Participant torresAsGuest = new Participant(this.dungTorres, this.torres, Role.GUEST, null);

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	KeysetPager pager;

	/** Loads with joins read what the repository's mock is given (the joins themselves are BatchingTests'). */
	@Autowired
	JoinedLoads joined;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	RelatedMeetings related;

	@Autowired
	PlaceRepository places;

	@Autowired
	CountryRepository countries;

	@Autowired
	PersonRepository people;

	@Autowired
	PositionRepository positions;

	@Autowired
	EvidenceLookup evidence;

	ArgumentCaptor<Filter<Meeting>> filter = ArgumentCaptor.captor();

	ArgumentCaptor<Ordering<Meeting>> ordering = ArgumentCaptor.captor();

	ArgumentCaptor<Page> page = ArgumentCaptor.captor();

	@BeforeEach
	void pagerReturnsMeetings() {
		pageOf(this.lamDiazCanel, this.dungTorres, this.reception);
		given(this.joined.list(eq(Participant.class), anyString(), anyCollection(), any()))
			.willAnswer((invocation) -> this.participants.findByMeetingIdInOrderById(invocation.getArgument(2)));
	}

	@Test
	void withoutArgumentsMeetingsAreTheFirstTwentyByDateEarliestFirst() {
		this.graphQl.documentName("slice-meeting").operationName("Meetings").execute().path("meetings.nodes")
			.hasValue();

		verify(this.pager).page(eq(Meeting.class), this.filter.capture(), this.ordering.capture(),
				this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(20, false, null, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("DATE_ASC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("dateSort");
		assertThat(this.ordering.getValue().descending()).isFalse();
		assertThat(this.ordering.getValue().cursorOf(this.dungTorres))
			.isEqualTo(new Cursor("DATE_ASC", String.valueOf(LocalDate.of(2023, 6, 9).toEpochDay()),
					"dung-torres-iribar-talks-2023-06-09"));
		assertThat(new CriteriaProbe<Meeting>().apply(this.filter.getValue())).isNull();
	}

	@Test
	void firstAfterAndATitleOrderReachThePagerAndCountWhenAsked() {
		Cursor after = new Cursor("TITLE_DESC", "talks between to lam", "lam-diaz-canel-talks-2024-09-20");

		this.graphQl.documentName("slice-meeting")
			.operationName("MeetingsWithTotalCount")
			.variable("first", 100)
			.variable("after", after.encode())
			.variable("orderBy", Map.of("field", "TITLE", "direction", "DESC"))
			.execute()
			.path("meetings.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);

		verify(this.pager).page(eq(Meeting.class), any(), this.ordering.capture(), this.page.capture(), eq(true));
		assertThat(this.page.getValue()).isEqualTo(new Page(100, false, after, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("TITLE_DESC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("titleKey");
		assertThat(this.ordering.getValue().descending()).isTrue();
	}

	@Test
	void lastAndBeforePageBackward() {
		Cursor before = new Cursor("DATE_ASC", String.valueOf(LocalDate.of(2023, 6, 9).toEpochDay()),
				"dung-torres-iribar-talks-2023-06-09");

		this.graphQl.documentName("slice-meeting")
			.operationName("Meetings")
			.variable("last", 1)
			.variable("before", before.encode())
			.execute()
			.path("meetings.nodes")
			.hasValue();

		verify(this.pager).page(eq(Meeting.class), any(), any(), this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(1, true, null, before));
	}

	@Test
	void theFilterUsesTheDateRangeTheParticipantTheCountryAndTheKinds() {
		this.graphQl.documentName("slice-meeting")
			.operationName("Meetings")
			.variable("filter", Map.of("date", Map.of("from", "2023-06", "to", "2024"), "participant", TO_LAM_ID,
					"country", CUBA_ID, "kind", List.of("TALKS", "STATE_VISIT")))
			.execute()
			.path("meetings.nodes")
			.hasValue();

		verify(this.pager).page(eq(Meeting.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Meeting> probe = new CriteriaProbe<>();
		Path<Object> country = probe.attribute("countryId");
		Path<Object> kind = probe.attribute("kind");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(probe.cb()).greaterThanOrEqualTo(any(Expression.class), eq(LocalDate.of(2023, 6, 1)));
		verify(probe.cb()).lessThanOrEqualTo(any(Expression.class), eq(LocalDate.of(2024, 12, 31)));
		verify(probe.cb()).equal(any(Expression.class), eq("to-lam"));
		verify(probe.cb()).equal(country, "cuba");
		verify(kind).in(List.of(Meeting.Kind.TALKS, Meeting.Kind.STATE_VISIT));
	}

	@Test
	void theCountryHeldInMayBeNamedByItsCode() {
		this.graphQl.documentName("slice-meeting")
			.operationName("Meetings")
			.variable("filter", Map.of("countryCode", "cu"))
			.execute()
			.path("meetings.nodes")
			.hasValue();

		verify(this.pager).page(eq(Meeting.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Meeting> probe = new CriteriaProbe<>();
		Path<Object> country = probe.attribute("countryId");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(country).in((Expression<?>) any(Subquery.class));
		verify(probe.cb()).equal(any(Expression.class), eq("CU"));
	}

	@Test
	void meetingsBetweenCountriesNeedEachCountryRepresentedBySomeParticipant() {
		this.graphQl.documentName("slice-meeting")
			.operationName("Meetings")
			.variable("filter", Map.of("betweenCountries", List.of(VIETNAM_ID, CUBA_ID)))
			.execute()
			.path("meetings.nodes")
			.hasValue();

		verify(this.pager).page(eq(Meeting.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Meeting> probe = new CriteriaProbe<>();
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		// One subquery on the represented countries per country, each of them required.
		verify(probe.query(), times(2)).subquery(String.class);
		verify(probe.cb(), times(2)).exists(any());
		verify(probe.cb()).equal(any(Expression.class), eq("vietnam"));
		verify(probe.cb()).equal(any(Expression.class), eq("cuba"));
	}

	@Test
	void meetingsBetweenCountriesNamedByTheirCodes() {
		this.graphQl.documentName("slice-meeting")
			.operationName("Meetings")
			.variable("filter", Map.of("betweenCountryCodes", List.of("VN", "cu")))
			.execute()
			.path("meetings.nodes")
			.hasValue();

		verify(this.pager).page(eq(Meeting.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Meeting> probe = new CriteriaProbe<>();
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(probe.cb(), times(2)).exists(any());
		verify(probe.cb()).equal(any(Expression.class), eq("VN"));
		verify(probe.cb()).equal(any(Expression.class), eq("CU"));
	}

	@Test
	void thePageIsRenderedAsAConnectionWithGlobalIdsAndPartialDates() {
		given(this.pager.page(eq(Meeting.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(9, new PageInfo(true, true, "cursor-1", "cursor-2"),
					List.of(new Edge<>("cursor-1", this.lamDiazCanel), new Edge<>("cursor-2", this.reception)),
					List.of(this.lamDiazCanel, this.reception)));

		this.graphQl.documentName("slice-meeting").operationName("MeetingsConnection").execute().path("meetings")
			.matchesJsonStrictly("""
					{
					  "totalCount": 9,
					  "edges": [
					    { "cursor": "cursor-1", "node": { "id": "TWVldGluZzpsYW0tZGlhei1jYW5lbC10YWxrcy0yMDI0LTA5LTIw",
					      "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", "kind": "TALKS", "date": "2024-09-20" } },
					    { "cursor": "cursor-2", "node": { "id": "TWVldGluZzpkaWF6LWNhbmVsLXJlY2VwdGlvbg",
					      "title": "Reception by Miguel Díaz-Canel Bermúdez", "kind": "RECEPTION", "date": "--06-24" } }
					  ],
					  "nodes": [ { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez" }, { "title": "Reception by Miguel Díaz-Canel Bermúdez" } ],
					  "pageInfo": { "hasNextPage": true, "hasPreviousPage": true, "startCursor": "cursor-1", "endCursor": "cursor-2" }
					}""");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badArgumentsAreBadRequestsThatNeverReachThePager(Map<String, Object> variables, String message) {
		assertErrors(this.graphQl.documentName("slice-meeting").operationName("Meetings").variables(variables).execute(),
				badRequest(message, "meetings"));

		verifyNoInteractions(this.pager);
	}

	static Stream<Arguments> badArgumentsAreBadRequestsThatNeverReachThePager() {
		return Stream.of(Arguments.of(Map.of("first", 0), "`first` must be between 1 and 100, got 0"),
				Arguments.of(Map.of("first", 20, "last", 20),
						"Passing both `first` and `last` to paginate a connection is not supported"),
				Arguments.of(Map.of("orderBy", Map.of("field", "TITLE"), "after",
						new Cursor("DATE_ASC", "2023-06-09", "dung-torres-iribar-talks-2023-06-09").encode()),
						"`after` is a cursor for the ordering DATE_ASC, but this connection is ordered by TITLE_ASC; "
								+ "start again without a cursor"),
				Arguments.of(Map.of("after", new Cursor("DATE_ASC", "June", "dung-torres-iribar-talks-2023-06-09").encode()),
						"`after` is not a valid cursor: 'YzF8REFURV9BU0N8SnVuZXxkdW5nLXRvcnJlcy1pcmliYXItdGFsa3MtMjAyMy0wNi0wOQ'; "
								+ "pass a cursor returned by this connection"),
				Arguments.of(Map.of("filter", Map.of("participant", CUBA_ID)), "`filter.participant` must be the ID "
						+ "of a Person, but 'Q291bnRyeTpjdWJh' is the ID of a Country"),
				Arguments.of(Map.of("filter", Map.of("place", CUBA_ID)),
						"`filter.place` must be the ID of a Place, but 'Q291bnRyeTpjdWJh' is the ID of a Country"),
				Arguments.of(Map.of("filter", Map.of("country", "Cuba")), "`filter.country` is not a valid ID: 'Cuba'"),
				Arguments.of(Map.of("filter", Map.of("country", CUBA_ID, "countryCode", "CU")),
						"Give `filter.country` or `filter.countryCode`, not both"),
				Arguments.of(Map.of("filter", Map.of("countryCode", "CUB")), "`filter.countryCode` must be an "
						+ "ISO 3166-1 alpha-2 code, two letters such as `VN`, but got 'CUB'"),
				Arguments.of(Map.of("filter", Map.of("betweenCountries", List.of(CUBA_ID), "betweenCountryCodes",
						List.of("VN"))), "Give `filter.betweenCountries` or `filter.betweenCountryCodes`, not both"),
				Arguments.of(Map.of("filter", Map.of("betweenCountries", List.of(CUBA_ID, TO_LAM_ID))),
						"`filter.betweenCountries[1]` must be the ID of a Country, but '" + TO_LAM_ID
								+ "' is the ID of a Person"),
				Arguments.of(Map.of("filter", Map.of("betweenCountryCodes", List.of("VN", "Cuba"))),
						"`filter.betweenCountryCodes[1]` must be an ISO 3166-1 alpha-2 code, two letters such as "
								+ "`VN`, but got 'Cuba'"),
				Arguments.of(Map.of("filter", Map.of("betweenCountryCodes", List.of("AA", "BB", "CC", "DD", "EE",
						"FF", "GG", "HH", "II", "JJ", "KK"))),
						"`filter.betweenCountryCodes` may hold at most 10 countries, got 11"),
				Arguments.of(Map.of("filter", Map.of("date", Map.of("from", "--06-24"))),
						"`filter.date` needs dates with a year, got from: \"--06-24\""),
				Arguments.of(Map.of("filter", Map.of("date", Map.of("from", "2024", "to", "2023-12"))),
						"`filter.date` ends before it starts: from: \"2024\", to: \"2023-12\""));
	}

	@Test
	void placesAndCountriesOfAllMeetingsAreLoadedWithOneQueryEach() {
		given(this.places.findAllById(any())).willReturn(List.of(this.palace, this.hanoi));
		given(this.countries.findAllById(any())).willReturn(List.of(this.cuba, this.vietnam));

		this.graphQl.documentName("slice-meeting").operationName("MeetingPlaceAndCountry").execute()
			.path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez",
					    "place": { "id": "UGxhY2U6aGFub2k", "name": "Hanoi" }, "country": { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } },
					  { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar",
					    "place": null, "country": { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } },
					  { "title": "Reception by Miguel Díaz-Canel Bermúdez",
					    "place": { "id": "UGxhY2U6cGFsYWNlLW9mLXRoZS1yZXZvbHV0aW9u", "name": "Palace of the Revolution" },
					    "country": { "id": "Q291bnRyeTpjdWJh", "name": "Cuba" } }
					]""");

		verify(this.places, times(1)).findAllById(Set.of("hanoi", "palace-of-the-revolution"));
		verify(this.countries, times(1)).findAllById(Set.of("vietnam", "cuba"));
		verifyNoMoreInteractions(this.places, this.countries);
	}

	@Test
	void participantsOfAllMeetingsAreLoadedWithOneQueryHostsFirst() {
		stubParticipants();

		this.graphQl.documentName("slice-meeting").operationName("MeetingParticipants").execute()
			.path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", "participants": [ { "role": "HOST" }, { "role": "GUEST" } ] },
					  { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", "participants": [ { "role": "HOST" }, { "role": "GUEST" } ] },
					  { "title": "Reception by Miguel Díaz-Canel Bermúdez", "participants": [] }
					]""");

		verify(this.participants, times(1)).findByMeetingIdInOrderById(Set.of("lam-diaz-canel-talks-2024-09-20",
				"dung-torres-iribar-talks-2023-06-09", "diaz-canel-reception"));
		verifyNoMoreInteractions(this.participants);
	}

	@Test
	void organisationsOfAllMeetingsAreTheListedOnesThenThoseParticipantsActedForWithOneQuery() {
		// Rows of a union come in any order: rank 0 (named for the meeting) sorts before rank 1.
		given(this.meetings.findOrganisations(anyCollection())).willReturn(List.of(
				new MeetingOrganisation("dung-torres-iribar-talks-2023-06-09", this.hanoiCommittee, 1),
				new MeetingOrganisation("lam-diaz-canel-talks-2024-09-20", this.pcc, 1),
				new MeetingOrganisation("diaz-canel-reception", this.pcc, 0),
				new MeetingOrganisation("dung-torres-iribar-talks-2023-06-09", this.havanaCommittee, 0),
				new MeetingOrganisation("dung-torres-iribar-talks-2023-06-09", this.hanoiCommittee, 0),
				new MeetingOrganisation("lam-diaz-canel-talks-2024-09-20", this.cpv, 1)));

		this.graphQl.documentName("slice-meeting").operationName("MeetingOrganisations").execute()
			.path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", "organisations": [
					    { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi1jdWJh", "name": "Communist Party of Cuba" },
					    { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi12aWV0bmFt", "name": "Communist Party of Vietnam" } ] },
					  { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", "organisations": [
					    { "id": "T3JnYW5pc2F0aW9uOmhhbm9pLXBhcnR5LWNvbW1pdHRlZQ", "name": "Hanoi Party Committee" },
					    { "id": "T3JnYW5pc2F0aW9uOmhhdmFuYS1wYXJ0eS1jb21taXR0ZWU", "name": "Havana Party Committee" } ] },
					  { "title": "Reception by Miguel Díaz-Canel Bermúdez", "organisations": [
					    { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi1jdWJh", "name": "Communist Party of Cuba" } ] }
					]""");

		Set<String> ids = Set.of("lam-diaz-canel-talks-2024-09-20", "dung-torres-iribar-talks-2023-06-09",
				"diaz-canel-reception");
		verify(this.meetings, times(1)).findOrganisations(ids);
		verifyNoMoreInteractions(this.meetings);
	}

	@Test
	void topicsOfAllMeetingsAreLoadedWithOneQuery() {
		given(this.meetings.findTopics(anyCollection())).willReturn(
				List.of(new Keyed<>("dung-torres-iribar-talks-2023-06-09", "party building"),
						new Keyed<>("dung-torres-iribar-talks-2023-06-09", "health care"),
						new Keyed<>("lam-diaz-canel-talks-2024-09-20", "trade")));

		this.graphQl.documentName("slice-meeting").operationName("MeetingTopics").execute().path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", "topics": [ "trade" ] },
					  { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", "topics": [ "party building", "health care" ] },
					  { "title": "Reception by Miguel Díaz-Canel Bermúdez", "topics": [] }
					]""");

		verify(this.meetings, times(1)).findTopics(Set.of("lam-diaz-canel-talks-2024-09-20",
				"dung-torres-iribar-talks-2023-06-09", "diaz-canel-reception"));
		verifyNoMoreInteractions(this.meetings);
	}

	@Test
	void evidenceOfAllMeetingsIsLoadedWithOneLookup() {
		Article article = article("talks", "At his talks with Torres Iríbar, Dung said; Díaz-Canel received them.");
		stubLookup(this.evidence, RecordType.MEETING,
				quote(article, RecordType.MEETING, "diaz-canel-reception", "Díaz-Canel received them"),
				quote(article, RecordType.MEETING, "dung-torres-iribar-talks-2023-06-09", "At his talks"));

		this.graphQl.documentName("slice-meeting").operationName("MeetingEvidence").execute().path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", "evidence": [] },
					  { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", "evidence": [ { "quote": "At his talks", "start": 0, "end": 12 } ] },
					  { "title": "Reception by Miguel Díaz-Canel Bermúdez", "evidence": [ { "quote": "Díaz-Canel received them", "start": 44, "end": 68 } ] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.MEETING))
			.containsExactlyInAnyOrder(this.lamDiazCanel, this.dungTorres, this.reception);
	}

	@Test
	void peopleThatCameWithTheParticipantsAreServedWithoutAQuery() {
		stubParticipants();
		given(this.people.findAllById(any())).willReturn(List.of(this.dung, this.torres, this.toLam, this.diazCanel));

		this.graphQl.documentName("slice-meeting").operationName("ParticipantPerson").execute().path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "participants": [
					    { "role": "HOST", "person": { "id": "UGVyc29uOnRvLWxhbQ", "name": "Tô Lâm" } },
					    { "role": "GUEST", "person": { "id": "UGVyc29uOm1pZ3VlbC1kaWF6LWNhbmVsLWJlcm11ZGV6", "name": "Miguel Díaz-Canel Bermúdez" } } ] },
					  { "participants": [
					    { "role": "HOST", "person": { "id": "UGVyc29uOmRpbmgtdGllbi1kdW5n", "name": "Đinh Tiến Dũng" } },
					    { "role": "GUEST", "person": { "id": "UGVyc29uOmx1aXMtYW50b25pby10b3JyZXMtaXJpYmFy", "name": "Luis Antonio Torres Iríbar" } } ] },
					  { "participants": [] }
					]""");

		// Loaded with the participants (joined, paging/Joins), so served without a query; the batch
		// loader runs for proxies only (BatchingTests).
		verifyNoInteractions(this.people);
	}

	@Test
	void capacitiesThatCameWithTheParticipantsAreServedWithoutAQuery() {
		stubParticipants();
		given(this.positions.findAllById(any()))
			.willReturn(List.of(this.hanoiSecretary, this.firstSecretary, this.generalSecretary));

		this.graphQl.documentName("slice-meeting").operationName("ParticipantCapacity").execute()
			.path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "participants": [
					    { "role": "HOST", "capacity": { "id": "UG9zaXRpb246dG8tbGFtL2dlbmVyYWwtc2VjcmV0YXJ5", "title": "General Secretary" } },
					    { "role": "GUEST", "capacity": { "id": "UG9zaXRpb246bWlndWVsLWRpYXotY2FuZWwtYmVybXVkZXovZmlyc3Qtc2VjcmV0YXJ5", "title": "First Secretary" } } ] },
					  { "participants": [
					    { "role": "HOST", "capacity": { "id": "UG9zaXRpb246ZGluaC10aWVuLWR1bmcvc2VjcmV0YXJ5", "title": "Secretary" } },
					    { "role": "GUEST", "capacity": null } ] },
					  { "participants": [] }
					]""");

		// Loaded with the participants (joined, paging/Joins), so served without a query; the batch
		// loader runs for proxies only (BatchingTests).
		verifyNoInteractions(this.positions);
	}

	@Test
	void evidenceOfAllParticipantsIsLoadedWithOneLookup() {
		stubParticipants();
		Article article = article("talks", "Lam welcomed Díaz-Canel. Dung briefed his guest.");
		stubLookup(this.evidence, RecordType.PARTICIPANT,
				quote(article, RecordType.PARTICIPANT, "dung-torres-iribar-talks-2023-06-09#dinh-tien-dung",
						"Dung briefed"),
				quote(article, RecordType.PARTICIPANT, "lam-diaz-canel-talks-2024-09-20#to-lam", "Lam welcomed"),
				quote(article, RecordType.PARTICIPANT,
						"lam-diaz-canel-talks-2024-09-20#miguel-diaz-canel-bermudez", "Díaz-Canel"));

		this.graphQl.documentName("slice-meeting").operationName("ParticipantEvidence").execute()
			.path("meetings.nodes")
			.matchesJsonStrictly("""
					[
					  { "participants": [
					    { "role": "HOST", "evidence": [ { "quote": "Lam welcomed" } ] },
					    { "role": "GUEST", "evidence": [ { "quote": "Díaz-Canel" } ] } ] },
					  { "participants": [
					    { "role": "HOST", "evidence": [ { "quote": "Dung briefed" } ] },
					    { "role": "GUEST", "evidence": [] } ] },
					  { "participants": [] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.PARTICIPANT)).containsExactlyInAnyOrder(
				this.toLamAsHost, this.diazCanelAsGuest, this.dungAsHost, this.torresAsGuest);
	}

	@Test
	void meetingsOfAllPeopleAreLoadedWithOneQueryAndPagedPerPerson() {
		pageOf(this.lamDiazCanel);
		stubParticipants();
		given(this.people.findAllById(any())).willReturn(List.of(this.toLam, this.diazCanel));
		given(this.related.ofPeople(anyCollection(), any())).willReturn(Map.of("to-lam", List.of(this.lamDiazCanel),
				"miguel-diaz-canel-bermudez", List.of(this.reception, this.lamDiazCanel)));

		this.graphQl.documentName("slice-meeting").operationName("PersonMeetings").variable("first", 1).execute()
			.path("meetings.nodes[0].participants")
			.matchesJsonStrictly("""
					[
					  { "person": { "name": "Tô Lâm", "meetings": { "totalCount": 1,
					    "nodes": [ { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez" } ],
					    "pageInfo": { "hasNextPage": false, "hasPreviousPage": false } } } },
					  { "person": { "name": "Miguel Díaz-Canel Bermúdez", "meetings": { "totalCount": 2,
					    "nodes": [ { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez" } ],
					    "pageInfo": { "hasNextPage": true, "hasPreviousPage": false } } } }
					]""");

		verify(this.related, times(1)).ofPeople(eq(Set.of("to-lam", "miguel-diaz-canel-bermudez")), any());
		verifyNoMoreInteractions(this.related);
	}

	@Test
	void meetingsOfPeopleAreLoadedWithOneQueryPerDistinctFilter() {
		pageOf(this.lamDiazCanel);
		stubParticipants();
		given(this.people.findAllById(any())).willReturn(List.of(this.toLam, this.diazCanel));
		given(this.related.ofPeople(anyCollection(), any())).willReturn(Map.of());

		this.graphQl.documentName("slice-meeting").operationName("PersonMeetingsTwice").execute()
			.path("meetings.nodes[0].participants[*].person.talks.nodes")
			.entityList(Object.class)
			.hasSize(2);

		Set<String> people = Set.of("to-lam", "miguel-diaz-canel-bermudez");
		verify(this.related, times(2)).ofPeople(eq(people), this.filter.capture());
		verifyNoMoreInteractions(this.related);
		CriteriaProbe<Meeting> probe = new CriteriaProbe<>();
		Path<Object> kind = probe.attribute("kind");
		assertThat(this.filter.getAllValues().stream().map(probe::apply)).satisfiesExactlyInAnyOrder(
				(unfiltered) -> assertThat(unfiltered).isNull(), (talks) -> assertThat(talks).isNotNull());
		verify(kind).in(List.of(Meeting.Kind.TALKS));
	}

	@Test
	void aBadArgumentOfAPersonsMeetingsIsABadRequestAtThatField() {
		pageOf(this.lamDiazCanel);
		given(this.participants.findByMeetingIdInOrderById(anyCollection())).willReturn(List.of(this.toLamAsHost));
		given(this.people.findAllById(any())).willReturn(List.of(this.toLam));

		assertErrors(this.graphQl.documentName("slice-meeting").operationName("PersonMeetings")
			.variable("filter", Map.of("participant", CUBA_ID))
			.execute(),
				badRequest("`filter.participant` must be the ID of a Person, but 'Q291bnRyeTpjdWJh' is the ID of a "
						+ "Country", "meetings", "nodes", 0, "participants", 0, "person", "meetings"));

		verifyNoInteractions(this.related);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void aCursorWhoseKeyIsNoSortKeyIsABadRequestAtThePersonsMeetingsBeforeAnythingIsLoaded(String argument,
			Map<String, Object> variables) {
		pageOf(this.lamDiazCanel);
		given(this.participants.findByMeetingIdInOrderById(anyCollection())).willReturn(List.of(this.toLamAsHost));
		given(this.people.findAllById(any())).willReturn(List.of(this.toLam));

		assertErrors(this.graphQl.documentName("slice-meeting").operationName("PersonMeetings")
			.variables(variables)
			.execute(),
				badRequest("`" + argument + "` is not a valid cursor: '" + variables.get(argument)
						+ "'; pass a cursor returned by this connection", "meetings", "nodes", 0, "participants", 0,
						"person", "meetings"));

		verifyNoInteractions(this.related);
	}

	static Stream<Arguments> aCursorWhoseKeyIsNoSortKeyIsABadRequestAtThePersonsMeetingsBeforeAnythingIsLoaded() {
		String noDayNumber = new Cursor("DATE_ASC", "June", "dung-torres-iribar-talks-2023-06-09").encode();
		String noKey = new Cursor("DATE_ASC", "", "dung-torres-iribar-talks-2023-06-09").encode();
		return Stream.of(Arguments.of("after", Map.of("after", noDayNumber)),
				Arguments.of("after", Map.of("after", noKey)),
				Arguments.of("before", Map.of("last", 2, "before", noDayNumber)));
	}

	@Test
	void meetingsOfAllOrganisationsAreLoadedWithOneQueryAndPagedPerOrganisation() {
		pageOf(this.dungTorres);
		given(this.meetings.findOrganisations(anyCollection())).willReturn(
				List.of(new MeetingOrganisation("dung-torres-iribar-talks-2023-06-09", this.hanoiCommittee, 0),
						new MeetingOrganisation("dung-torres-iribar-talks-2023-06-09", this.havanaCommittee, 0)));
		given(this.related.ofOrganisations(anyCollection(), any())).willReturn(
				Map.of("hanoi-party-committee", List.of(this.dungTorres, this.lamDiazCanel), "havana-party-committee",
						List.of(this.dungTorres)));

		this.graphQl.documentName("slice-meeting").operationName("OrganisationMeetings").execute()
			.path("meetings.nodes[0].organisations")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi Party Committee", "meetings": { "totalCount": 2, "nodes": [
					    { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez" },
					    { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar" } ] } },
					  { "name": "Havana Party Committee", "meetings": { "totalCount": 1, "nodes": [
					    { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar" } ] } }
					]""");

		verify(this.related, times(1))
			.ofOrganisations(eq(Set.of("hanoi-party-committee", "havana-party-committee")), any());
		verifyNoMoreInteractions(this.related);
	}

	@Test
	void counterpartsOfAllPeopleAreLoadedWithOneQueryMostFrequentFirst() {
		pageOf(this.lamDiazCanel);
		stubParticipants();
		given(this.people.findAllById(any())).willReturn(List.of(this.toLam, this.diazCanel));
		given(this.participants.findCounterparts(anyCollection())).willReturn(List.of(
				new MetAt("to-lam", this.dung, PartialDate.parse("--06-24"), "m1"),
				new MetAt("to-lam", this.diazCanel, PartialDate.parse("2024-09-20"), "m2"),
				new MetAt("to-lam", this.diazCanel, PartialDate.parse("2023-12"), "m3"),
				new MetAt("miguel-diaz-canel-bermudez", this.toLam, PartialDate.parse("2024-09-20"), "m2"),
				new MetAt("miguel-diaz-canel-bermudez", this.toLam, PartialDate.parse("2023-12"), "m3"),
				new MetAt("miguel-diaz-canel-bermudez", this.torres, PartialDate.parse("2023"), "m4"),
				new MetAt("miguel-diaz-canel-bermudez", this.torres, null, "m5"),
				// Talks within the visit m4: the same event, counted once.
				new MetAt("miguel-diaz-canel-bermudez", this.torres, PartialDate.parse("2023"), "m4")));

		this.graphQl.documentName("slice-meeting").operationName("PersonCounterparts").execute()
			.path("meetings.nodes[0].participants")
			.matchesJsonStrictly("""
					[
					  { "person": { "name": "Tô Lâm", "counterparts": [
					    { "person": { "name": "Miguel Díaz-Canel Bermúdez" }, "meetingCount": 2, "firstMet": "2023-12", "lastMet": "2024-09-20" },
					    { "person": { "name": "Đinh Tiến Dũng" }, "meetingCount": 1, "firstMet": null, "lastMet": null } ] } },
					  { "person": { "name": "Miguel Díaz-Canel Bermúdez", "counterparts": [
					    { "person": { "name": "Luis Antonio Torres Iríbar" }, "meetingCount": 2, "firstMet": "2023", "lastMet": "2023" },
					    { "person": { "name": "Tô Lâm" }, "meetingCount": 2, "firstMet": "2023-12", "lastMet": "2024-09-20" } ] } }
					]""");

		verify(this.participants, times(1)).findCounterparts(Set.of("to-lam", "miguel-diaz-canel-bermudez"));
	}

	private void stubParticipants() {
		given(this.participants.findByMeetingIdInOrderById(anyCollection()))
			.willReturn(List.of(this.dungAsHost, this.torresAsGuest, this.diazCanelAsGuest, this.toLamAsHost));
	}

	private void pageOf(Meeting... meetings) {
		List<Edge<Meeting>> edges = Stream.of(meetings).map((meeting) -> new Edge<>(meeting.getId(), meeting)).toList();
		given(this.pager.page(eq(Meeting.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(meetings.length, new PageInfo(false, false, null, null), edges,
					List.of(meetings)));
	}

	private static Organisation organisation(String id, String name, Country country) {
		return new Organisation(id, name, Organisation.Kind.PARTY, country, null, List.of());
	}

}
