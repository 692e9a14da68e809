package org.diplomacygraph.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.agreement.Agreement.Kind;
import org.diplomacygraph.agreement.Agreement.Status;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.MeetingRepository;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Connection.Edge;
import org.diplomacygraph.paging.Connection.PageInfo;
import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.CriteriaProbe;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.Keyed;
import org.diplomacygraph.paging.KeysetPager;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.PersonRepository;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.person.PositionRepository;
import org.diplomacygraph.place.Country;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/**
 * The {@code agreements} connection, the fields of {@code Agreement} and {@code Signatory}, and the
 * agreements of people and organisations, with the pager and the repositories mocked.
 */
@GraphQlSliceTest
class AgreementControllerTests {

	static final String TO_LAM_ID = "UGVyc29uOnRvLWxhbQ";

	static final String HANOI_COMMITTEE_ID = "T3JnYW5pc2F0aW9uOmhhbm9pLXBhcnR5LWNvbW1pdHRlZQ";

	final Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of());

	final Country cuba = new Country("cuba", "Cuba", "CU", List.of());

	final Organisation hanoiCommittee = new Organisation("hanoi-party-committee", "Hanoi Party Committee",
			Organisation.Kind.PARTY_COMMITTEE, this.vietnam, null, List.of());

	final Organisation havanaCommittee = new Organisation("havana-party-committee", "Havana Party Committee",
			Organisation.Kind.PARTY_COMMITTEE, this.cuba, null, List.of());

	final Person dung = new Person("dinh-tien-dung", "Đinh Tiến Dũng", this.vietnam, List.of());

	final Person torres = new Person("luis-antonio-torres-iribar", "Luis Antonio Torres Iríbar", this.cuba, List.of());

	final Person toLam = new Person("to-lam", "Tô Lâm", this.vietnam, List.of());

	final Position hanoiSecretary = new Position("dinh-tien-dung/secretary", this.dung, "Secretary",
			this.hanoiCommittee, null, null, null);

	final Meeting dungTorres = new Meeting("dung-torres-iribar-talks-2023-06-09",
			"Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", Meeting.Kind.TALKS,
			PartialDate.parse("2023-06-09"), null, this.vietnam, Set.of(), List.of());

	final Meeting lamDiazCanel = new Meeting("lam-diaz-canel-talks-2024-09-20",
			"Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", Meeting.Kind.TALKS, PartialDate.parse("2024-09-20"),
			null, this.vietnam, Set.of(), List.of());

	final Agreement cooperation = new Agreement("hanoi-havana-cooperation-2023",
			"Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
			Kind.COOPERATION_AGREEMENT, Status.IN_FORCE, PartialDate.parse("2023-06-09"), PartialDate.parse("2023"),
			PartialDate.parse("2028"), this.dungTorres, List.of());

	final Agreement memorandum = new Agreement("vietnam-cuba-education-mou", "Memorandum on education",
			Kind.MEMORANDUM_OF_UNDERSTANDING, Status.SIGNED, PartialDate.parse("2024-09"), null, null,
			this.lamDiazCanel, List.of());

	final Agreement handover = new Agreement("rice-handover", "Handover of rice aid", Kind.HANDOVER_DOCUMENT, null,
			null, null, null, null, List.of());

	final Signatory dungSigned = new Signatory(this.cooperation, this.dung, this.hanoiSecretary);

	final Signatory torresSigned = new Signatory(this.cooperation, this.torres, null);

	final Signatory toLamSigned = new Signatory(this.memorandum, this.toLam, null);

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	KeysetPager pager;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementPartyRepository parties;

	@Autowired
	SignatoryRepository signatories;

	@Autowired
	RelatedAgreements related;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	PersonRepository people;

	@Autowired
	PositionRepository positions;

	@Autowired
	EvidenceLookup evidence;

	ArgumentCaptor<Filter<Agreement>> filter = ArgumentCaptor.captor();

	ArgumentCaptor<Ordering<Agreement>> ordering = ArgumentCaptor.captor();

	ArgumentCaptor<Page> page = ArgumentCaptor.captor();

	@BeforeEach
	void pagerReturnsAgreements() {
		pageOf(this.cooperation, this.memorandum, this.handover);
	}

	@Test
	void withoutArgumentsAgreementsAreTheFirstTwentyBySigningDateEarliestFirst() {
		this.graphQl.documentName("slice-agreement").operationName("Agreements").execute().path("agreements.nodes")
			.hasValue();

		verify(this.pager).page(eq(Agreement.class), this.filter.capture(), this.ordering.capture(),
				this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(20, false, null, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("SIGNED_ON_ASC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("signedSort");
		assertThat(this.ordering.getValue().descending()).isFalse();
		assertThat(this.ordering.getValue().cursorOf(this.handover))
			.isEqualTo(new Cursor("SIGNED_ON_ASC", String.valueOf(Long.MAX_VALUE), "rice-handover"));
		assertThat(new CriteriaProbe<Agreement>().apply(this.filter.getValue())).isNull();
	}

	@Test
	void lastBeforeAndATitleOrderPageBackwardAndCountWhenAsked() {
		Cursor before = new Cursor("TITLE_ASC", "memorandum on education", "vietnam-cuba-education-mou");

		this.graphQl.documentName("slice-agreement")
			.operationName("AgreementsWithTotalCount")
			.variable("last", 10)
			.variable("before", before.encode())
			.variable("orderBy", Map.of("field", "TITLE"))
			.execute()
			.path("agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);

		verify(this.pager).page(eq(Agreement.class), any(), this.ordering.capture(), this.page.capture(), eq(true));
		assertThat(this.page.getValue()).isEqualTo(new Page(10, true, null, before));
		assertThat(this.ordering.getValue().name()).isEqualTo("TITLE_ASC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("titleKey");
	}

	@Test
	void firstAfterAndADescendingSigningOrderReachThePager() {
		Cursor after = new Cursor("SIGNED_ON_DESC", String.valueOf(LocalDate.of(2024, 9, 1).toEpochDay()), "vietnam-cuba-education-mou");

		this.graphQl.documentName("slice-agreement")
			.operationName("Agreements")
			.variable("first", 1)
			.variable("after", after.encode())
			.variable("orderBy", Map.of("field", "SIGNED_ON", "direction", "DESC"))
			.execute()
			.path("agreements.nodes")
			.hasValue();

		verify(this.pager).page(eq(Agreement.class), any(), this.ordering.capture(), this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(1, false, after, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("SIGNED_ON_DESC");
		assertThat(this.ordering.getValue().descending()).isTrue();
	}

	@Test
	void theFilterUsesThePartyTheStatusesTheKindsAndTheSigningRange() {
		this.graphQl.documentName("slice-agreement")
			.operationName("Agreements")
			.variable("filter", Map.of("party", HANOI_COMMITTEE_ID, "status", List.of("SIGNED", "IN_FORCE"), "kind",
					List.of("MINUTES"), "signedOn", Map.of("from", "2023")))
			.execute()
			.path("agreements.nodes")
			.hasValue();

		verify(this.pager).page(eq(Agreement.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Agreement> probe = new CriteriaProbe<>();
		Path<Object> status = probe.attribute("status");
		Path<Object> kind = probe.attribute("kind");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(probe.cb()).equal(any(Expression.class), eq("hanoi-party-committee"));
		verify(status).in(List.of(Status.SIGNED, Status.IN_FORCE));
		verify(kind).in(List.of(Kind.MINUTES));
		verify(probe.cb()).greaterThanOrEqualTo(any(Expression.class), eq(LocalDate.of(2023, 1, 1)));
	}

	@Test
	void aCountryPartyMayBeNamedByItsCode() {
		this.graphQl.documentName("slice-agreement")
			.operationName("Agreements")
			.variable("filter", Map.of("partyCountryCode", "cu"))
			.execute()
			.path("agreements.nodes")
			.hasValue();

		verify(this.pager).page(eq(Agreement.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Agreement> probe = new CriteriaProbe<>();
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(probe.cb()).exists(any());
		verify(probe.cb()).equal(any(Expression.class), eq("CU"));
	}

	@Test
	void thePageIsRenderedAsAConnectionWithGlobalIdsAndPartialDates() {
		given(this.pager.page(eq(Agreement.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(7, new PageInfo(true, false, "cursor-1", "cursor-2"),
					List.of(new Edge<>("cursor-1", this.cooperation), new Edge<>("cursor-2", this.handover)),
					List.of(this.cooperation, this.handover)));

		this.graphQl.documentName("slice-agreement").operationName("AgreementsConnection").execute()
			.path("agreements")
			.matchesJsonStrictly("""
					{
					  "totalCount": 7,
					  "edges": [
					    { "cursor": "cursor-1", "node": { "id": "QWdyZWVtZW50Omhhbm9pLWhhdmFuYS1jb29wZXJhdGlvbi0yMDIz",
					      "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
					      "kind": "COOPERATION_AGREEMENT", "status": "IN_FORCE", "signedOn": "2023-06-09", "validFrom": "2023", "validUntil": "2028" } },
					    { "cursor": "cursor-2", "node": { "id": "QWdyZWVtZW50OnJpY2UtaGFuZG92ZXI", "title": "Handover of rice aid",
					      "kind": "HANDOVER_DOCUMENT", "status": null, "signedOn": null, "validFrom": null, "validUntil": null } }
					  ],
					  "nodes": [ { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028" }, { "title": "Handover of rice aid" } ],
					  "pageInfo": { "hasNextPage": true, "hasPreviousPage": false, "startCursor": "cursor-1", "endCursor": "cursor-2" }
					}""");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badArgumentsAreBadRequestsThatNeverReachThePager(Map<String, Object> variables, String message) {
		assertErrors(this.graphQl.documentName("slice-agreement").operationName("Agreements")
			.variables(variables)
			.execute(), badRequest(message, "agreements"));

		verifyNoInteractions(this.pager);
	}

	static Stream<Arguments> badArgumentsAreBadRequestsThatNeverReachThePager() {
		return Stream.of(Arguments.of(Map.of("last", -1), "`last` must be between 1 and 100, got -1"),
				Arguments.of(Map.of("after", new Cursor("TITLE_ASC", "handover of rice aid", "rice-handover").encode()),
						"`after` is a cursor for the ordering TITLE_ASC, but this connection is ordered by "
								+ "SIGNED_ON_ASC; start again without a cursor"),
				Arguments.of(Map.of("filter", Map.of("party", TO_LAM_ID)),
						"`filter.party` must be the ID of an Organisation or a Country, but 'UGVyc29uOnRvLWxhbQ' is "
								+ "the ID of a Person"),
				Arguments.of(Map.of("filter", Map.of("party", "hanoi-party-committee")),
						"`filter.party` is not a valid ID: 'hanoi-party-committee'"),
				Arguments.of(Map.of("filter", Map.of("party", TO_LAM_ID, "partyCountryCode", "CU")),
						"Give `filter.party` or `filter.partyCountryCode`, not both"),
				Arguments.of(Map.of("filter", Map.of("partyCountryCode", "C")), "`filter.partyCountryCode` must be an "
						+ "ISO 3166-1 alpha-2 code, two letters such as `VN`, but got 'C'"),
				Arguments.of(Map.of("filter", Map.of("signedOn", Map.of("from", "2023-06-10", "to", "2023-06-09"))),
						"`filter.signedOn` ends before it starts: from: \"2023-06-10\", to: \"2023-06-09\""));
	}

	@Test
	void partiesOfAllAgreementsAreLoadedWithOneQueryAsOrganisationsOrCountries() {
		given(this.parties.findParties(anyCollection())).willReturn(List.of(
				new PartyOf("hanoi-havana-cooperation-2023", this.hanoiCommittee, null),
				new PartyOf("hanoi-havana-cooperation-2023", this.havanaCommittee, null),
				new PartyOf("vietnam-cuba-education-mou", null, this.cuba),
				new PartyOf("vietnam-cuba-education-mou", null, this.vietnam)));

		this.graphQl.documentName("slice-agreement").operationName("AgreementParties").execute()
			.path("agreements.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028", "parties": [
					    { "__typename": "Organisation", "id": "T3JnYW5pc2F0aW9uOmhhbm9pLXBhcnR5LWNvbW1pdHRlZQ", "name": "Hanoi Party Committee" },
					    { "__typename": "Organisation", "id": "T3JnYW5pc2F0aW9uOmhhdmFuYS1wYXJ0eS1jb21taXR0ZWU", "name": "Havana Party Committee" } ] },
					  { "title": "Memorandum on education", "parties": [
					    { "__typename": "Country", "id": "Q291bnRyeTpjdWJh", "name": "Cuba" },
					    { "__typename": "Country", "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } ] },
					  { "title": "Handover of rice aid", "parties": [] }
					]""");

		verify(this.parties, times(1))
			.findParties(Set.of("hanoi-havana-cooperation-2023", "vietnam-cuba-education-mou", "rice-handover"));
		verifyNoMoreInteractions(this.parties);
	}

	@Test
	void meetingsOfAllAgreementsAreLoadedWithOneQuery() {
		given(this.meetings.findAllById(any())).willReturn(List.of(this.lamDiazCanel, this.dungTorres));

		this.graphQl.documentName("slice-agreement").operationName("AgreementMeeting").execute()
			.path("agreements.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
					    "meeting": { "id": "TWVldGluZzpkdW5nLXRvcnJlcy1pcmliYXItdGFsa3MtMjAyMy0wNi0wOQ", "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar" } },
					  { "title": "Memorandum on education",
					    "meeting": { "id": "TWVldGluZzpsYW0tZGlhei1jYW5lbC10YWxrcy0yMDI0LTA5LTIw", "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez" } },
					  { "title": "Handover of rice aid", "meeting": null }
					]""");

		verify(this.meetings, times(1))
			.findAllById(Set.of("dung-torres-iribar-talks-2023-06-09", "lam-diaz-canel-talks-2024-09-20"));
		verifyNoMoreInteractions(this.meetings);
	}

	@Test
	void agreementsSignedAtAllMeetingsAreLoadedWithOneQuery() {
		given(this.meetings.findAllById(any())).willReturn(List.of(this.lamDiazCanel, this.dungTorres));
		given(this.agreements.findByMeetingIdInOrderBySignedSortAscIdAsc(anyCollection()))
			.willReturn(List.of(this.cooperation, this.memorandum));

		this.graphQl.document("{ agreements { nodes { meeting { title agreements { title } } } } }")
			.execute()
			.path("agreements.nodes[*].meeting")
			.matchesJsonStrictly("""
					[
					  { "title": "Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", "agreements": [
					    { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028" } ] },
					  { "title": "Talks between Tô Lâm and Miguel Díaz-Canel Bermúdez", "agreements": [
					    { "title": "Memorandum on education" } ] },
					  null
					]""");

		verify(this.agreements, times(1)).findByMeetingIdInOrderBySignedSortAscIdAsc(
				Set.of("dung-torres-iribar-talks-2023-06-09", "lam-diaz-canel-talks-2024-09-20"));
	}

	@Test
	void fieldsOfAllAgreementsAreLoadedWithOneQuery() {
		given(this.agreements.findFields(anyCollection()))
			.willReturn(List.of(new Keyed<>("hanoi-havana-cooperation-2023", "party building"),
					new Keyed<>("hanoi-havana-cooperation-2023", "health care"),
					new Keyed<>("vietnam-cuba-education-mou", "education")));

		this.graphQl.documentName("slice-agreement").operationName("AgreementFields").execute()
			.path("agreements.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028", "fields": [ "party building", "health care" ] },
					  { "title": "Memorandum on education", "fields": [ "education" ] },
					  { "title": "Handover of rice aid", "fields": [] }
					]""");

		verify(this.agreements, times(1))
			.findFields(Set.of("hanoi-havana-cooperation-2023", "vietnam-cuba-education-mou", "rice-handover"));
		verifyNoMoreInteractions(this.agreements);
	}

	@Test
	void evidenceOfAllAgreementsIsLoadedWithOneLookup() {
		Article article = article("talks", "The two sides signed a cooperation agreement and a memorandum.");
		stubLookup(this.evidence, RecordType.AGREEMENT,
				quote(article, RecordType.AGREEMENT, "vietnam-cuba-education-mou", "a memorandum"),
				quote(article, RecordType.AGREEMENT, "hanoi-havana-cooperation-2023", "a cooperation agreement"));

		this.graphQl.documentName("slice-agreement").operationName("AgreementEvidence").execute()
			.path("agreements.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
					    "evidence": [ { "quote": "a cooperation agreement", "start": 21, "end": 44 } ] },
					  { "title": "Memorandum on education", "evidence": [ { "quote": "a memorandum", "start": 49, "end": 61 } ] },
					  { "title": "Handover of rice aid", "evidence": [] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.AGREEMENT))
			.containsExactlyInAnyOrder(this.cooperation, this.memorandum, this.handover);
	}

	@Test
	void signatoriesOfAllAgreementsAndTheirPeopleAreLoadedWithOneQueryEach() {
		stubSignatories();
		given(this.people.findAllById(any())).willReturn(List.of(this.toLam, this.torres, this.dung));

		this.graphQl.documentName("slice-agreement").operationName("SignatoryPerson").execute()
			.path("agreements.nodes")
			.matchesJsonStrictly("""
					[
					  { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028", "signatories": [
					    { "person": { "id": "UGVyc29uOmRpbmgtdGllbi1kdW5n", "name": "Đinh Tiến Dũng" } },
					    { "person": { "id": "UGVyc29uOmx1aXMtYW50b25pby10b3JyZXMtaXJpYmFy", "name": "Luis Antonio Torres Iríbar" } } ] },
					  { "title": "Memorandum on education", "signatories": [ { "person": { "id": "UGVyc29uOnRvLWxhbQ", "name": "Tô Lâm" } } ] },
					  { "title": "Handover of rice aid", "signatories": [] }
					]""");

		verify(this.signatories, times(1)).findByAgreementIdInOrderById(
				Set.of("hanoi-havana-cooperation-2023", "vietnam-cuba-education-mou", "rice-handover"));
		verify(this.people, times(1)).findAllById(Set.of("dinh-tien-dung", "luis-antonio-torres-iribar", "to-lam"));
		verifyNoMoreInteractions(this.signatories, this.people);
	}

	@Test
	void capacitiesOfAllSignatoriesAreLoadedWithOneQuery() {
		stubSignatories();
		given(this.positions.findAllById(any())).willReturn(List.of(this.hanoiSecretary));

		this.graphQl.documentName("slice-agreement").operationName("SignatoryCapacity").execute()
			.path("agreements.nodes")
			.matchesJsonStrictly("""
					[
					  { "signatories": [
					    { "capacity": { "id": "UG9zaXRpb246ZGluaC10aWVuLWR1bmcvc2VjcmV0YXJ5", "title": "Secretary" } },
					    { "capacity": null } ] },
					  { "signatories": [ { "capacity": null } ] },
					  { "signatories": [] }
					]""");

		verify(this.positions, times(1)).findAllById(Set.of("dinh-tien-dung/secretary"));
		verifyNoMoreInteractions(this.positions);
	}

	@Test
	void evidenceOfAllSignatoriesIsLoadedWithOneLookup() {
		stubSignatories();
		Article article = article("talks", "Dung and Torres Iríbar signed; Lam signed too.");
		stubLookup(this.evidence, RecordType.SIGNATORY,
				quote(article, RecordType.SIGNATORY, "vietnam-cuba-education-mou#to-lam", "Lam signed"),
				quote(article, RecordType.SIGNATORY, "hanoi-havana-cooperation-2023#dinh-tien-dung", "Dung"),
				quote(article, RecordType.SIGNATORY, "hanoi-havana-cooperation-2023#luis-antonio-torres-iribar",
						"Torres Iríbar signed"));

		this.graphQl.documentName("slice-agreement").operationName("SignatoryEvidence").execute()
			.path("agreements.nodes")
			.matchesJsonStrictly("""
					[
					  { "signatories": [ { "evidence": [ { "quote": "Dung" } ] }, { "evidence": [ { "quote": "Torres Iríbar signed" } ] } ] },
					  { "signatories": [ { "evidence": [ { "quote": "Lam signed" } ] } ] },
					  { "signatories": [] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.SIGNATORY))
			.containsExactlyInAnyOrder(this.dungSigned, this.torresSigned, this.toLamSigned);
	}

	@Test
	void agreementsOfAllPeopleAreThoseTheySignedAndThoseSignedAtTheirMeetingsWithOneQuery() {
		pageOf(this.cooperation);
		stubSignatories();
		given(this.people.findAllById(any())).willReturn(List.of(this.dung, this.torres));
		given(this.agreements.findOfPeople(anyCollection())).willReturn(
				List.of(new Keyed<>("dinh-tien-dung", this.cooperation),
						new Keyed<>("luis-antonio-torres-iribar", this.cooperation),
						new Keyed<>("dinh-tien-dung", this.memorandum),
						new Keyed<>("dinh-tien-dung", this.cooperation),
						new Keyed<>("luis-antonio-torres-iribar", this.handover)));

		this.graphQl.documentName("slice-agreement").operationName("PersonAgreements").execute()
			.path("agreements.nodes[0].signatories")
			.matchesJsonStrictly("""
					[
					  { "person": { "name": "Đinh Tiến Dũng", "agreements": [
					    { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028" },
					    { "title": "Memorandum on education" } ] } },
					  { "person": { "name": "Luis Antonio Torres Iríbar", "agreements": [
					    { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028" },
					    { "title": "Handover of rice aid" } ] } }
					]""");

		Set<String> people = Set.of("dinh-tien-dung", "luis-antonio-torres-iribar");
		verify(this.agreements, times(1)).findOfPeople(people);
		verifyNoMoreInteractions(this.agreements);
	}

	@Test
	void agreementsOfAllOrganisationsAreLoadedWithOneQueryAndPagedPerOrganisation() {
		pageOf(this.cooperation);
		stubOrganisationParties();
		given(this.related.ofOrganisations(anyCollection(), any())).willReturn(Map.of("hanoi-party-committee",
				List.of(this.memorandum, this.cooperation), "havana-party-committee", List.of(this.cooperation)));

		this.graphQl.documentName("slice-agreement").operationName("OrganisationAgreements").variable("first", 1)
			.execute()
			.path("agreements.nodes[0].parties")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi Party Committee", "agreements": { "totalCount": 2,
					    "nodes": [ { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028" } ],
					    "pageInfo": { "hasNextPage": true, "hasPreviousPage": false } } },
					  { "name": "Havana Party Committee", "agreements": { "totalCount": 1,
					    "nodes": [ { "title": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028" } ],
					    "pageInfo": { "hasNextPage": false, "hasPreviousPage": false } } }
					]""");

		verify(this.related, times(1))
			.ofOrganisations(eq(Set.of("hanoi-party-committee", "havana-party-committee")), any());
		verifyNoMoreInteractions(this.related);
	}

	@Test
	void theFilterOfAnOrganisationsAgreementsReachesTheQuery() {
		pageOf(this.cooperation);
		stubOrganisationParties();
		given(this.related.ofOrganisations(anyCollection(), any())).willReturn(Map.of());

		this.graphQl.documentName("slice-agreement").operationName("OrganisationAgreements")
			.variable("filter", Map.of("kind", List.of("PROGRAMME")))
			.execute()
			.path("agreements.nodes[0].parties[*].agreements.totalCount")
			.entityList(Integer.class)
			.containsExactly(0, 0);

		verify(this.related).ofOrganisations(any(), this.filter.capture());
		CriteriaProbe<Agreement> probe = new CriteriaProbe<>();
		Path<Object> kind = probe.attribute("kind");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(kind).in(List.of(Kind.PROGRAMME));
	}

	@Test
	void aBadArgumentOfAnOrganisationsAgreementsIsABadRequestAtThatField() {
		pageOf(this.cooperation);
		given(this.parties.findParties(anyCollection())).willReturn(
				List.of(new PartyOf("hanoi-havana-cooperation-2023", this.hanoiCommittee, null)));

		assertErrors(this.graphQl.documentName("slice-agreement").operationName("OrganisationAgreements")
			.variable("filter", Map.of("party", TO_LAM_ID))
			.execute(),
				badRequest("`filter.party` must be the ID of an Organisation or a Country, but 'UGVyc29uOnRvLWxhbQ' is "
						+ "the ID of a Person", "agreements", "nodes", 0, "parties", 0, "agreements"));

		verifyNoInteractions(this.related);
	}

	@Test
	void aCursorWhoseKeyIsNoSortKeyIsABadRequestAtTheOrganisationsAgreementsBeforeAnythingIsLoaded() {
		pageOf(this.cooperation);
		given(this.parties.findParties(anyCollection())).willReturn(
				List.of(new PartyOf("hanoi-havana-cooperation-2023", this.hanoiCommittee, null)));
		String noDayNumber = new Cursor("SIGNED_ON_DESC", "2023-06-09", "hanoi-havana-cooperation-2023").encode();

		assertErrors(this.graphQl.documentName("slice-agreement").operationName("OrganisationAgreements")
			.variable("after", noDayNumber)
			.variable("orderBy", Map.of("field", "SIGNED_ON", "direction", "DESC"))
			.execute(),
				badRequest("`after` is not a valid cursor: '" + noDayNumber
						+ "'; pass a cursor returned by this connection", "agreements", "nodes", 0, "parties", 0,
						"agreements"));

		verifyNoInteractions(this.related);
	}

	private void stubSignatories() {
		given(this.signatories.findByAgreementIdInOrderById(anyCollection()))
			.willReturn(List.of(this.dungSigned, this.torresSigned, this.toLamSigned));
	}

	private void stubOrganisationParties() {
		given(this.parties.findParties(anyCollection())).willReturn(
				List.of(new PartyOf("hanoi-havana-cooperation-2023", this.hanoiCommittee, null),
						new PartyOf("hanoi-havana-cooperation-2023", this.havanaCommittee, null)));
	}

	private void pageOf(Agreement... agreements) {
		List<Edge<Agreement>> edges = Stream.of(agreements)
			.map((agreement) -> new Edge<>(agreement.getId(), agreement))
			.toList();
		given(this.pager.page(eq(Agreement.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(agreements.length, new PageInfo(false, false, null, null), edges,
					List.of(agreements)));
	}

}
