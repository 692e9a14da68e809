package org.diplomacygraph.organisation;

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
import org.diplomacygraph.organisation.Organisation.Kind;
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
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.CountryRepository;
import org.diplomacygraph.record.RecordType;
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
 * The {@code organisations} connection and the fields of {@code Organisation} this controller
 * owns, with the pager and the repositories mocked.
 */
@GraphQlSliceTest
class OrganisationControllerTests {

	static final String VIETNAM_ID = "Q291bnRyeTp2aWV0bmFt";

	static final String PERSON_ID = "UGVyc29uOnRvLWxhbQ";

	static final String CPV_ID = "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi12aWV0bmFt";

	final Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of());

	final Country cuba = new Country("cuba", "Cuba", "CU", List.of());

	final Organisation cpv = new Organisation("communist-party-of-vietnam", "Communist Party of Vietnam", Kind.PARTY,
			this.vietnam, null, List.of("CPV"));

	final Organisation pcc = new Organisation("communist-party-of-cuba", "Communist Party of Cuba", Kind.PARTY,
			this.cuba, null, List.of("PCC"));

	final Organisation hanoiCommittee = new Organisation("hanoi-party-committee", "Hanoi Party Committee",
			Kind.PARTY_COMMITTEE, this.vietnam, this.cpv, List.of());

	final Organisation havanaCommittee = new Organisation("havana-party-committee", "Havana Party Committee",
			Kind.PARTY_COMMITTEE, this.cuba, this.pcc, List.of());

	final Organisation unitedNations = new Organisation("united-nations", "United Nations",
			Kind.INTERGOVERNMENTAL_BODY, null, null, List.of("UN"));

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	KeysetPager pager;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CountryRepository countries;

	@Autowired
	EvidenceLookup evidence;

	ArgumentCaptor<Filter<Organisation>> filter = ArgumentCaptor.captor();

	ArgumentCaptor<Ordering<Organisation>> ordering = ArgumentCaptor.captor();

	ArgumentCaptor<Page> page = ArgumentCaptor.captor();

	@BeforeEach
	void pagerReturnsOrganisations() {
		pageOf(this.hanoiCommittee, this.unitedNations, this.havanaCommittee);
	}

	@Test
	void withoutArgumentsOrganisationsAreTheFirstTwentyByNameAscending() {
		this.graphQl.documentName("slice-organisation").operationName("Organisations").execute()
			.path("organisations.nodes").hasValue();

		verify(this.pager).page(eq(Organisation.class), this.filter.capture(), this.ordering.capture(),
				this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(20, false, null, null));
		assertThat(this.ordering.getValue().name()).isEqualTo("NAME_ASC");
		assertThat(this.ordering.getValue().attribute()).isEqualTo("nameKey");
		assertThat(this.ordering.getValue().cursorOf(this.cpv))
			.isEqualTo(new Cursor("NAME_ASC", "communist party of vietnam", "communist-party-of-vietnam"));
		assertThat(new CriteriaProbe<Organisation>().apply(this.filter.getValue())).isNull();
	}

	@Test
	void lastBeforeAndADescendingOrderPageBackwardAndCountWhenAsked() {
		Cursor before = new Cursor("NAME_DESC", "hanoi party committee", "hanoi-party-committee");

		this.graphQl.documentName("slice-organisation")
			.operationName("OrganisationsWithTotalCount")
			.variable("last", 5)
			.variable("before", before.encode())
			.variable("orderBy", Map.of("field", "NAME", "direction", "DESC"))
			.execute()
			.path("organisations.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);

		verify(this.pager).page(eq(Organisation.class), any(), this.ordering.capture(), this.page.capture(),
				eq(true));
		assertThat(this.page.getValue()).isEqualTo(new Page(5, true, null, before));
		assertThat(this.ordering.getValue().name()).isEqualTo("NAME_DESC");
		assertThat(this.ordering.getValue().descending()).isTrue();
	}

	@Test
	void theFilterMatchesNameKindsCountryAndParent() {
		this.graphQl.documentName("slice-organisation")
			.operationName("Organisations")
			.variable("first", 10)
			.variable("filter", Map.of("name", "Party Committee", "kind", List.of("PARTY_COMMITTEE", "PARTY"),
					"country", VIETNAM_ID, "parent", CPV_ID))
			.execute()
			.path("organisations.nodes")
			.hasValue();

		verify(this.pager).page(eq(Organisation.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Organisation> probe = new CriteriaProbe<>();
		Path<String> searchText = probe.attribute("searchText");
		Path<Object> kind = probe.attribute("kind");
		Path<Object> country = probe.attribute("countryId");
		Path<Object> parent = probe.attribute("parentId");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(probe.cb()).like(searchText, "%party committee%");
		verify(kind).in(List.of(Kind.PARTY_COMMITTEE, Kind.PARTY));
		verify(probe.cb()).equal(country, "vietnam");
		verify(probe.cb()).equal(parent, "communist-party-of-vietnam");
	}

	@Test
	void theCountryMayBeNamedByItsCode() {
		this.graphQl.documentName("slice-organisation")
			.operationName("Organisations")
			.variable("filter", Map.of("countryCode", "cu"))
			.execute()
			.path("organisations.nodes")
			.hasValue();

		verify(this.pager).page(eq(Organisation.class), this.filter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Organisation> probe = new CriteriaProbe<>();
		Path<Object> country = probe.attribute("countryId");
		assertThat(probe.apply(this.filter.getValue())).isNotNull();
		verify(country).in((Expression<?>) any(Subquery.class));
		verify(probe.cb()).equal(any(Expression.class), eq("CU"));
	}

	@Test
	void thePageIsRenderedAsAConnectionWithGlobalIds() {
		given(this.pager.page(eq(Organisation.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(27, new PageInfo(false, true, "cursor-1", "cursor-1"),
					List.of(new Edge<>("cursor-1", this.cpv)), List.of(this.cpv)));

		this.graphQl.documentName("slice-organisation").operationName("OrganisationsConnection").execute()
			.path("organisations")
			.matchesJsonStrictly("""
					{
					  "totalCount": 27,
					  "edges": [ { "cursor": "cursor-1", "node": {
					    "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi12aWV0bmFt", "name": "Communist Party of Vietnam", "kind": "PARTY" } } ],
					  "nodes": [ { "name": "Communist Party of Vietnam" } ],
					  "pageInfo": { "hasNextPage": false, "hasPreviousPage": true, "startCursor": "cursor-1", "endCursor": "cursor-1" }
					}""");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badArgumentsAreBadRequestsThatNeverReachThePager(Map<String, Object> variables, String message) {
		assertErrors(this.graphQl.documentName("slice-organisation").operationName("Organisations")
			.variables(variables)
			.execute(), badRequest(message, "organisations"));

		verifyNoInteractions(this.pager);
	}

	static Stream<Arguments> badArgumentsAreBadRequestsThatNeverReachThePager() {
		return Stream.of(Arguments.of(Map.of("first", 101), "`first` must be between 1 and 100, got 101"),
				Arguments.of(Map.of("last", 0), "`last` must be between 1 and 100, got 0"),
				Arguments.of(Map.of("after", new Cursor("DATE_ASC", "2023-06-09", "talks").encode()),
						"`after` is a cursor for the ordering DATE_ASC, but this connection is ordered by NAME_ASC; "
								+ "start again without a cursor"),
				Arguments.of(Map.of("filter", Map.of("country", PERSON_ID)), "`filter.country` must be the ID of a "
						+ "Country, but '" + PERSON_ID + "' is the ID of a Person"),
				Arguments.of(Map.of("filter", Map.of("country", VIETNAM_ID, "countryCode", "VN")),
						"Give `filter.country` or `filter.countryCode`, not both"),
				Arguments.of(Map.of("filter", Map.of("countryCode", "V")), "`filter.countryCode` must be an "
						+ "ISO 3166-1 alpha-2 code, two letters such as `VN`, but got 'V'"),
				Arguments.of(Map.of("filter", Map.of("parent", "Hanoi Party Committee")),
						"`filter.parent` is not a valid ID: 'Hanoi Party Committee'"),
				Arguments.of(Map.of("filter", Map.of("name", "...")),
						"`filter.name` must contain at least one letter or digit"));
	}

	/**
	 * Production bug: {@code GlobalId.require} (and {@code AgreementFilter}) write "a" before every
	 * type name, so clients read "the ID of a Organisation" (also "a Agreement", "a Article").
	 */
	@Test
	void anIdOfTheWrongTypeNamesTheExpectedTypeWithItsArticle() {
		assertErrors(this.graphQl.documentName("slice-organisation").operationName("Organisations")
			.variable("filter", Map.of("parent", VIETNAM_ID))
			.execute(), badRequest("`filter.parent` must be the ID of an Organisation, but '" + VIETNAM_ID
					+ "' is the ID of a Country", "organisations"));
	}

	@Test
	void aliasesOfAllOrganisationsAreLoadedWithOneQuery() {
		given(this.organisations.findAliases(anyCollection()))
			.willReturn(List.of(new Keyed<>("united-nations", "UN")));

		this.graphQl.documentName("slice-organisation").operationName("OrganisationAliases").execute()
			.path("organisations.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi Party Committee", "aliases": [] },
					  { "name": "United Nations", "aliases": [ "UN" ] },
					  { "name": "Havana Party Committee", "aliases": [] }
					]""");

		verify(this.organisations, times(1))
			.findAliases(Set.of("hanoi-party-committee", "united-nations", "havana-party-committee"));
		verifyNoMoreInteractions(this.organisations);
	}

	@Test
	void countriesThatCameWithTheOrganisationsAreServedWithoutAQuery() {
		given(this.countries.findAllById(any())).willReturn(List.of(this.cuba, this.vietnam));

		this.graphQl.documentName("slice-organisation").operationName("OrganisationCountry").execute()
			.path("organisations.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi Party Committee", "country": { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" } },
					  { "name": "United Nations", "country": null },
					  { "name": "Havana Party Committee", "country": { "id": "Q291bnRyeTpjdWJh", "name": "Cuba" } }
					]""");

		// Came with the organisations (as when joined, paging/Joins), so served without a query; the
		// batch loader runs for proxies only (BatchingTests).
		verifyNoInteractions(this.countries);
	}

	@Test
	void parentsOfAllOrganisationsAreLoadedWithOneQuery() {
		given(this.organisations.findAllById(any())).willReturn(List.of(this.pcc, this.cpv));

		this.graphQl.documentName("slice-organisation").operationName("OrganisationParent").execute()
			.path("organisations.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi Party Committee", "parent": { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi12aWV0bmFt", "name": "Communist Party of Vietnam" } },
					  { "name": "United Nations", "parent": null },
					  { "name": "Havana Party Committee", "parent": { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi1jdWJh", "name": "Communist Party of Cuba" } }
					]""");

		verify(this.organisations, times(1))
			.findAllById(Set.of("communist-party-of-vietnam", "communist-party-of-cuba"));
		verifyNoMoreInteractions(this.organisations);
	}

	@Test
	void childrenOfAllOrganisationsAreLoadedWithOneQuery() {
		pageOf(this.cpv, this.unitedNations, this.pcc);
		given(this.organisations.findByParentIdInOrderByNameKeyAscIdAsc(anyCollection()))
			.willReturn(List.of(this.hanoiCommittee, this.havanaCommittee));

		this.graphQl.documentName("slice-organisation").operationName("OrganisationChildren").execute()
			.path("organisations.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Communist Party of Vietnam", "children": [ { "name": "Hanoi Party Committee" } ] },
					  { "name": "United Nations", "children": [] },
					  { "name": "Communist Party of Cuba", "children": [ { "name": "Havana Party Committee" } ] }
					]""");

		verify(this.organisations, times(1)).findByParentIdInOrderByNameKeyAscIdAsc(
				Set.of("communist-party-of-vietnam", "united-nations", "communist-party-of-cuba"));
		verifyNoMoreInteractions(this.organisations);
	}

	@Test
	void evidenceOfAllOrganisationsIsLoadedWithOneLookup() {
		Article article = article("hanoi-havana-talks", "The Hanoi Party Committee and the Havana Party Committee met.");
		stubLookup(this.evidence, RecordType.ORGANISATION,
				quote(article, RecordType.ORGANISATION, "havana-party-committee", "Havana Party Committee"),
				quote(article, RecordType.ORGANISATION, "hanoi-party-committee", "Hanoi Party Committee"));

		this.graphQl.documentName("slice-organisation").operationName("OrganisationEvidence").execute()
			.path("organisations.nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi Party Committee", "evidence": [ { "quote": "Hanoi Party Committee", "start": 4, "end": 25 } ] },
					  { "name": "United Nations", "evidence": [] },
					  { "name": "Havana Party Committee", "evidence": [ { "quote": "Havana Party Committee", "start": 34, "end": 56 } ] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.ORGANISATION))
			.containsExactlyInAnyOrder(this.hanoiCommittee, this.unitedNations, this.havanaCommittee);
	}

	private void pageOf(Organisation... organisations) {
		List<Edge<Organisation>> edges = Stream.of(organisations)
			.map((organisation) -> new Edge<>(organisation.getId(), organisation))
			.toList();
		given(this.pager.page(eq(Organisation.class), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(organisations.length, new PageInfo(false, false, null, null), edges,
					List.of(organisations)));
	}

}
