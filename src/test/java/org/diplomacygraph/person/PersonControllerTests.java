package org.diplomacygraph.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.organisation.OrganisationRepository;
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
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
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
 * The {@code people} connection and the fields of {@code Person} and {@code Position}, with the
 * pager and the repositories mocked: arguments reach the pager checked and decoded, and every
 * relationship field is loaded with one call for all its sources.
 */
@GraphQlSliceTest
class PersonControllerTests {

	static final String TO_LAM_ID = "UGVyc29uOnRvLWxhbQ";

	static final String VIETNAM_ID = "Q291bnRyeTp2aWV0bmFt";

	final Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of("Việt Nam"));

	final Country cuba = new Country("cuba", "Cuba", "CU", List.of());

	final Organisation cpv = new Organisation("communist-party-of-vietnam", "Communist Party of Vietnam",
			Organisation.Kind.PARTY, this.vietnam, null, List.of("CPV"));

	final Organisation pcc = new Organisation("communist-party-of-cuba", "Communist Party of Cuba",
			Organisation.Kind.PARTY, this.cuba, null, List.of());

	final Person toLam = new Person("to-lam", "Tô Lâm", this.vietnam, List.of("To Lam", "General Secretary Lâm"));

	final Person diazCanel = new Person("miguel-diaz-canel-bermudez", "Miguel Díaz-Canel Bermúdez", this.cuba,
			List.of("Díaz-Canel"));

	final Person stateless = new Person("luis-antonio-torres-iribar", "Luis Antonio Torres Iríbar", null, List.of());

	final Position generalSecretary = new Position("to-lam/general-secretary", this.toLam, "General Secretary",
			this.cpv, null, null, null);

	final Position president = new Position("to-lam/president", this.toLam, "President", null, this.vietnam,
			PartialDate.parse("2024-05"), PartialDate.parse("2024-10"));

	final Position firstSecretary = new Position("miguel-diaz-canel-bermudez/first-secretary", this.diazCanel,
			"First Secretary", this.pcc, null, null, null);

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	KeysetPager pager;

	/** Loads with joins read what the repository's mock is given (the joins themselves are BatchingTests'). */
	@Autowired
	JoinedLoads joined;

	@Autowired
	PersonRepository people;

	@Autowired
	PositionRepository positions;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CountryRepository countries;

	@Autowired
	EvidenceLookup evidence;

	ArgumentCaptor<Filter<Person>> filter = ArgumentCaptor.captor();

	ArgumentCaptor<Ordering<Person>> ordering = ArgumentCaptor.captor();

	ArgumentCaptor<Page> page = ArgumentCaptor.captor();

	@BeforeEach
	void pagerReturnsPeople() {
		pageOf(this.toLam, this.diazCanel);
		given(this.joined.list(eq(Position.class), anyString(), anyCollection(), any()))
			.willAnswer((invocation) -> this.positions.findByPersonIdInOrderById(invocation.getArgument(2)));
	}

	@Test
	void withoutArgumentsPeopleAreTheFirstTwentyByNameAscending() {
		this.graphQl.documentName("slice-person").operationName("People").execute().path("people.nodes").hasValue();

		verify(this.pager).page(eq(Person.class), this.filter.capture(), this.ordering.capture(),
				this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(20, false, null, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("NAME_ASC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("nameKey");
		assertThat(this.ordering.getValue().descending()).isFalse();
		assertThat(this.ordering.getValue().cursorOf(this.toLam)).isEqualTo(new Cursor("NAME_ASC", "to lam", "to-lam"));
		assertThat(new CriteriaProbe<Person>().apply(this.filter.getValue())).isNull();
	}

	@Test
	void firstAfterAndADescendingOrderReachThePagerWithTheCursorDecoded() {
		Cursor after = new Cursor("NAME_DESC", "to lam", "to-lam");

		this.graphQl.documentName("slice-person")
			.operationName("PeopleWithTotalCount")
			.variable("first", 2)
			.variable("after", after.encode())
			.variable("orderBy", Map.of("field", "NAME", "direction", "DESC"))
			.execute()
			.path("people.totalCount")
			.hasValue();

		verify(this.pager).page(eq(Person.class), any(), this.ordering.capture(), this.page.capture(), eq(true));
		assertThat(this.page.getValue()).isEqualTo(new Page(2, false, after, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("NAME_DESC");
		assertThat(this.ordering.getValue().descending()).isTrue();
	}

	@Test
	void lastAndBeforePageBackward() {
		Cursor before = new Cursor("NAME_ASC", "nguyen phu trong", "nguyen-phu-trong");

		this.graphQl.documentName("slice-person")
			.operationName("People")
			.variable("last", 3)
			.variable("before", before.encode())
			.execute()
			.path("people.nodes")
			.hasValue();

		verify(this.pager).page(eq(Person.class), any(), any(), this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(3, true, null, before));
	}

	@Test
	void theFilterMatchesTheFoldedNameAndTheCountryBehindTheId() {
		this.graphQl.documentName("slice-person")
			.operationName("People")
			.variable("filter", Map.of("name", "TÔ  lâm", "country", VIETNAM_ID))
			.execute()
			.path("people.nodes")
			.hasValue();

		verify(this.pager).page(eq(Person.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Person> probe = new CriteriaProbe<>();
		Path<String> searchText = probe.attribute("searchText");
		Path<String> nationality = probe.attribute("nationalityId");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(probe.cb()).like(searchText, "%to lam%");
		verify(probe.cb()).equal(nationality, "vietnam");
	}

	@Test
	void theNationalityMayBeNamedByTheCodeOfTheCountry() {
		this.graphQl.documentName("slice-person")
			.operationName("People")
			.variable("filter", Map.of("countryCode", "vn"))
			.execute()
			.path("people.nodes")
			.hasValue();

		verify(this.pager).page(eq(Person.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Person> probe = new CriteriaProbe<>();
		Path<String> nationality = probe.attribute("nationalityId");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(nationality).in((Expression<?>) any(Subquery.class));
		verify(probe.cb()).equal(any(Expression.class), eq("VN"));
	}

	@Test
	void thePageIsRenderedAsAConnectionWithGlobalIds() {
		given(this.pager.page(eq(Person.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(16, new PageInfo(true, false, "cursor-1", "cursor-2"),
					List.of(new Edge<>("cursor-1", this.toLam), new Edge<>("cursor-2", this.diazCanel)),
					List.of(this.toLam, this.diazCanel)));

		this.graphQl.documentName("slice-person").operationName("PeopleConnection").execute().path("people")
			.matchesJsonStrictly("""
					{
					  "totalCount": 16,
					  "edges": [
					    { "cursor": "cursor-1", "node": { "id": "UGVyc29uOnRvLWxhbQ", "name": "Tô Lâm" } },
					    { "cursor": "cursor-2", "node": { "id": "UGVyc29uOm1pZ3VlbC1kaWF6LWNhbmVsLWJlcm11ZGV6", "name": "Miguel Díaz-Canel Bermúdez" } }
					  ],
					  "nodes": [ { "name": "Tô Lâm" }, { "name": "Miguel Díaz-Canel Bermúdez" } ],
					  "pageInfo": { "hasNextPage": true, "hasPreviousPage": false, "startCursor": "cursor-1", "endCursor": "cursor-2" }
					}""");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badArgumentsAreBadRequestsThatNeverReachThePager(Map<String, Object> variables, String message) {
		assertErrors(this.graphQl.documentName("slice-person").operationName("People").variables(variables).execute(),
				badRequest(message, "people"));

		verifyNoInteractions(this.pager);
	}

	static Stream<Arguments> badArgumentsAreBadRequestsThatNeverReachThePager() {
		return Stream.of(Arguments.of(Map.of("first", 0), "`first` must be between 1 and 100, got 0"),
				Arguments.of(Map.of("last", 101), "`last` must be between 1 and 100, got 101"),
				Arguments.of(Map.of("first", 1, "last", 1),
						"Passing both `first` and `last` to paginate a connection is not supported"),
				Arguments.of(Map.of("after", "not a cursor"),
						"`after` is not a valid cursor: 'not a cursor'; pass a cursor returned by this connection"),
				Arguments.of(Map.of("before", new Cursor("NAME_DESC", "to lam", "to-lam").encode()),
						"`before` is a cursor for the ordering NAME_DESC, but this connection is ordered by NAME_ASC; "
								+ "start again without a cursor"),
				Arguments.of(Map.of("filter", Map.of("country", VIETNAM_ID, "countryCode", "VN")),
						"Give `filter.country` or `filter.countryCode`, not both"),
				Arguments.of(Map.of("filter", Map.of("countryCode", "Vietnam")), "`filter.countryCode` must be an "
						+ "ISO 3166-1 alpha-2 code, two letters such as `VN`, but got 'Vietnam'"),
				Arguments.of(Map.of("filter", Map.of("country", TO_LAM_ID)), "`filter.country` must be the ID of a "
						+ "Country, but 'UGVyc29uOnRvLWxhbQ' is the ID of a Person"),
				Arguments.of(Map.of("filter", Map.of("organisation", "not an id")),
						"`filter.organisation` is not a valid ID: 'not an id'"),
				Arguments.of(Map.of("filter", Map.of("name", " – ")),
						"`filter.name` must contain at least one letter or digit"));
	}

	@Test
	void aliasesOfAllPeopleAreLoadedWithOneQuery() {
		given(this.people.findAliases(anyCollection())).willReturn(List.of(
				new Keyed<>("miguel-diaz-canel-bermudez", "Díaz-Canel"), new Keyed<>("to-lam", "To Lam"),
				new Keyed<>("to-lam", "General Secretary Lâm")));

		this.graphQl.documentName("slice-person").operationName("PeopleAliases").execute().path("people.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Tô Lâm", "aliases": [ "To Lam", "General Secretary Lâm" ] },
					  { "name": "Miguel Díaz-Canel Bermúdez", "aliases": [ "Díaz-Canel" ] }
					]""");

		verify(this.people, times(1)).findAliases(Set.of("to-lam", "miguel-diaz-canel-bermudez"));
		verifyNoMoreInteractions(this.people);
	}

	@Test
	void nationalitiesOfAllPeopleAreLoadedWithOneQuery() {
		pageOf(this.toLam, this.stateless, this.diazCanel);
		given(this.countries.findAllById(any())).willReturn(List.of(this.cuba, this.vietnam));

		this.graphQl.documentName("slice-person").operationName("PeopleNationality").execute().path("people.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Tô Lâm", "nationality": { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } },
					  { "name": "Luis Antonio Torres Iríbar", "nationality": null },
					  { "name": "Miguel Díaz-Canel Bermúdez", "nationality": { "id": "Q291bnRyeTpjdWJh", "name": "Cuba" } }
					]""");

		verify(this.countries, times(1)).findAllById(Set.of("vietnam", "cuba"));
		verifyNoMoreInteractions(this.countries);
	}

	@Test
	void positionsOfAllPeopleAreLoadedWithOneQuery() {
		pageOf(this.toLam, this.stateless, this.diazCanel);
		given(this.positions.findByPersonIdInOrderById(anyCollection()))
			.willReturn(List.of(this.firstSecretary, this.generalSecretary, this.president));

		this.graphQl.documentName("slice-person").operationName("PeoplePositions").execute().path("people.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Tô Lâm", "positions": [
					    { "id": "UG9zaXRpb246dG8tbGFtL2dlbmVyYWwtc2VjcmV0YXJ5", "title": "General Secretary" },
					    { "id": "UG9zaXRpb246dG8tbGFtL3ByZXNpZGVudA", "title": "President" } ] },
					  { "name": "Luis Antonio Torres Iríbar", "positions": [] },
					  { "name": "Miguel Díaz-Canel Bermúdez", "positions": [
					    { "id": "UG9zaXRpb246bWlndWVsLWRpYXotY2FuZWwtYmVybXVkZXovZmlyc3Qtc2VjcmV0YXJ5", "title": "First Secretary" } ] }
					]""");

		verify(this.positions, times(1))
			.findByPersonIdInOrderById(Set.of("to-lam", "luis-antonio-torres-iribar", "miguel-diaz-canel-bermudez"));
		verifyNoMoreInteractions(this.positions);
	}

	@Test
	void evidenceOfAllPeopleIsLoadedWithOneLookup() {
		Article article = article("lam-diaz-canel-talks", "General Secretary To Lam received President Díaz-Canel.");
		Evidence lam = quote(article, RecordType.PERSON, "to-lam", "General Secretary To Lam");
		Evidence diazCanel = quote(article, RecordType.PERSON, "miguel-diaz-canel-bermudez",
				"President Díaz-Canel");
		stubLookup(this.evidence, RecordType.PERSON, diazCanel, lam);

		this.graphQl.documentName("slice-person").operationName("PeopleEvidence").execute().path("people.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Tô Lâm", "evidence": [ { "quote": "General Secretary To Lam", "start": 0, "end": 24, "aspect": "SUBJECT" } ] },
					  { "name": "Miguel Díaz-Canel Bermúdez", "evidence": [ { "quote": "President Díaz-Canel", "start": 34, "end": 54, "aspect": "SUBJECT" } ] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.PERSON)).containsExactlyInAnyOrder(this.toLam,
				this.diazCanel);
	}

	@Test
	void holdersThatCameWithThePositionsAreServedWithoutAQuery() {
		given(this.positions.findByPersonIdInOrderById(anyCollection()))
			.willReturn(List.of(this.firstSecretary, this.generalSecretary));
		given(this.people.findAllById(any())).willReturn(List.of(this.diazCanel, this.toLam));

		this.graphQl.documentName("slice-person").operationName("PositionPerson").execute().path("people.nodes")
			.matchesJsonStrictly("""
					[
					  { "positions": [ { "title": "General Secretary", "person": { "id": "UGVyc29uOnRvLWxhbQ", "name": "Tô Lâm" } } ] },
					  { "positions": [ { "title": "First Secretary", "person": { "id": "UGVyc29uOm1pZ3VlbC1kaWF6LWNhbmVsLWJlcm11ZGV6", "name": "Miguel Díaz-Canel Bermúdez" } } ] }
					]""");

		// Loaded with the positions (joined, paging/Joins); the batch loader runs for proxies only (BatchingTests).
		verifyNoInteractions(this.people);
	}

	@Test
	void organisationsAndCountriesThatCameWithThePositionsAreServedWithoutAQuery() {
		given(this.positions.findByPersonIdInOrderById(anyCollection()))
			.willReturn(List.of(this.firstSecretary, this.generalSecretary, this.president));
		given(this.organisations.findAllById(any())).willReturn(List.of(this.pcc, this.cpv));
		given(this.countries.findAllById(any())).willReturn(List.of(this.vietnam));

		this.graphQl.documentName("slice-person").operationName("PositionOrganisationAndCountry").execute()
			.path("people.nodes")
			.matchesJsonStrictly("""
					[
					  { "positions": [
					    { "title": "General Secretary", "from": null, "until": null,
					      "organisation": { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi12aWV0bmFt", "name": "Communist Party of Vietnam" },
					      "country": null },
					    { "title": "President", "from": "2024-05", "until": "2024-10", "organisation": null, "country": { "name": "Vietnam" } } ] },
					  { "positions": [
					    { "title": "First Secretary", "from": null, "until": null,
					      "organisation": { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi1jdWJh", "name": "Communist Party of Cuba" },
					      "country": null } ] }
					]""");

		// Loaded with the positions (joined, paging/Joins); the batch loaders run for proxies only (BatchingTests).
		verifyNoInteractions(this.organisations, this.countries);
	}

	@Test
	void positionsAtAllOrganisationsAreLoadedWithOneQuery() {
		given(this.positions.findByPersonIdInOrderById(anyCollection()))
			.willReturn(List.of(this.firstSecretary, this.generalSecretary));
		given(this.organisations.findAllById(any())).willReturn(List.of(this.pcc, this.cpv));
		given(this.positions.findByOrganisationIdInOrderById(anyCollection()))
			.willReturn(List.of(this.firstSecretary, this.generalSecretary));

		this.graphQl.document("{ people { nodes { positions { organisation { name positions { id title } } } } } }")
			.execute()
			.path("people.nodes[*].positions[*].organisation")
			.matchesJsonStrictly("""
					[
					  { "name": "Communist Party of Vietnam", "positions": [
					    { "id": "UG9zaXRpb246dG8tbGFtL2dlbmVyYWwtc2VjcmV0YXJ5", "title": "General Secretary" } ] },
					  { "name": "Communist Party of Cuba", "positions": [
					    { "id": "UG9zaXRpb246bWlndWVsLWRpYXotY2FuZWwtYmVybXVkZXovZmlyc3Qtc2VjcmV0YXJ5", "title": "First Secretary" } ] }
					]""");

		verify(this.positions, times(1))
			.findByOrganisationIdInOrderById(Set.of("communist-party-of-vietnam", "communist-party-of-cuba"));
	}

	@Test
	void evidenceOfAllPositionsIsLoadedWithOneLookup() {
		given(this.positions.findByPersonIdInOrderById(anyCollection()))
			.willReturn(List.of(this.firstSecretary, this.generalSecretary));
		Article article = article("lam-diaz-canel-talks", "General Secretary To Lam met First Secretary Díaz-Canel.");
		stubLookup(this.evidence, RecordType.POSITION,
				quote(article, RecordType.POSITION, "to-lam/general-secretary", "General Secretary"),
				quote(article, RecordType.POSITION, "miguel-diaz-canel-bermudez/first-secretary",
						"First Secretary"));

		this.graphQl.documentName("slice-person").operationName("PositionEvidence").execute().path("people.nodes")
			.matchesJsonStrictly("""
					[
					  { "positions": [ { "title": "General Secretary", "evidence": [ { "quote": "General Secretary" } ] } ] },
					  { "positions": [ { "title": "First Secretary", "evidence": [ { "quote": "First Secretary" } ] } ] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.POSITION))
			.containsExactlyInAnyOrder(this.generalSecretary, this.firstSecretary);
	}

	private void pageOf(Person... people) {
		List<Edge<Person>> edges = Stream.of(people).map((person) -> new Edge<>(person.getId(), person)).toList();
		given(this.pager.page(eq(Person.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(people.length, new PageInfo(false, false, null, null), edges,
					List.of(people)));
	}

}
