package org.diplomacygraph.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.NodeStandIn;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.EvidenceLookup;
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
import org.diplomacygraph.place.Place.Kind;
import org.diplomacygraph.record.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;
import static org.diplomacygraph.ClientError.notFound;
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
 * The fields of {@code Place} and {@code Country}, with the repositories mocked. Neither type has a
 * root query of its own, so a stand-in for {@code nodes} hands the places and countries to the
 * schema.
 */
@GraphQlSliceTest
class PlaceControllerTests {

	static final String CUBA_ID = "Q291bnRyeTpjdWJh";

	static final String HAVANA_ID = "UGxhY2U6aGF2YW5h";

	final Country vietnam = new Country("vietnam", "Vietnam", "VN", List.of("Việt Nam"));

	final Country cuba = new Country("cuba", "Cuba", "CU", List.of());

	final Place hanoi = new Place("hanoi", "Hanoi", Kind.CITY, this.vietnam, null, List.of("Hà Nội"));

	final Place havana = new Place("havana", "Havana", Kind.CITY, this.cuba, null, List.of("La Habana"));

	final Place palace = new Place("palace-of-the-revolution", "Palace of the Revolution", Kind.BUILDING, this.cuba,
			this.havana, List.of());

	final Place mariel = new Place("mariel-zone", "Mariel Special Development Zone", Kind.ECONOMIC_ZONE, null, null,
			List.of("ZEDM"));

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	NodeStandIn nodes;

	@Autowired
	KeysetPager pager;

	@Autowired
	PlaceRepository places;

	@Autowired
	CountryRepository countries;

	@Autowired
	EvidenceLookup evidence;

	ArgumentCaptor<Filter<Place>> placeFilter = ArgumentCaptor.captor();

	ArgumentCaptor<Ordering<Place>> placeOrdering = ArgumentCaptor.captor();

	ArgumentCaptor<Filter<Country>> countryFilter = ArgumentCaptor.captor();

	ArgumentCaptor<Ordering<Country>> countryOrdering = ArgumentCaptor.captor();

	ArgumentCaptor<Page> page = ArgumentCaptor.captor();

	@AfterEach
	void clearNodes() {
		this.nodes.clear();
	}

	@Test
	void placesRenderWithGlobalIds() {
		this.nodes.serve(this.hanoi, this.palace);

		this.graphQl.documentName("slice-place").operationName("Places").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "id": "UGxhY2U6aGFub2k", "name": "Hanoi", "kind": "CITY" },
					  { "id": "UGxhY2U6cGFsYWNlLW9mLXRoZS1yZXZvbHV0aW9u", "name": "Palace of the Revolution", "kind": "BUILDING" }
					]""");
	}

	@Test
	void aliasesOfAllPlacesAreLoadedWithOneQuery() {
		this.nodes.serve(this.hanoi, this.palace, this.havana);
		given(this.places.findAliases(anyCollection()))
			.willReturn(List.of(new Keyed<>("havana", "La Habana"), new Keyed<>("hanoi", "Hà Nội")));

		this.graphQl.documentName("slice-place").operationName("PlaceAliases").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi", "aliases": [ "Hà Nội" ] },
					  { "name": "Palace of the Revolution", "aliases": [] },
					  { "name": "Havana", "aliases": [ "La Habana" ] }
					]""");

		verify(this.places, times(1)).findAliases(Set.of("hanoi", "palace-of-the-revolution", "havana"));
		verifyNoMoreInteractions(this.places);
	}

	@Test
	void countriesOfAllPlacesAreLoadedWithOneQuery() {
		this.nodes.serve(this.hanoi, this.mariel, this.palace, this.havana);
		given(this.countries.findAllById(any())).willReturn(List.of(this.cuba, this.vietnam));

		this.graphQl.documentName("slice-place").operationName("PlaceCountry").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi", "country": { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam", "code": "VN" } },
					  { "name": "Mariel Special Development Zone", "country": null },
					  { "name": "Palace of the Revolution", "country": { "id": "Q291bnRyeTpjdWJh", "name": "Cuba", "code": "CU" } },
					  { "name": "Havana", "country": { "id": "Q291bnRyeTpjdWJh", "name": "Cuba", "code": "CU" } }
					]""");

		verify(this.countries, times(1)).findAllById(Set.of("vietnam", "cuba"));
		verifyNoMoreInteractions(this.countries);
	}

	@Test
	void enclosingPlacesOfAllPlacesAreLoadedWithOneQuery() {
		Place baDinh = new Place("ba-dinh", "Ba Đình", Kind.PROVINCE, this.vietnam, this.hanoi, List.of());
		this.nodes.serve(this.palace, this.hanoi, baDinh);
		given(this.places.findAllById(any())).willReturn(List.of(this.hanoi, this.havana));

		this.graphQl.documentName("slice-place").operationName("PlaceWithin").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Palace of the Revolution", "within": { "id": "UGxhY2U6aGF2YW5h", "name": "Havana" } },
					  { "name": "Hanoi", "within": null },
					  { "name": "Ba Đình", "within": { "id": "UGxhY2U6aGFub2k", "name": "Hanoi" } }
					]""");

		verify(this.places, times(1)).findAllById(Set.of("havana", "hanoi"));
		verifyNoMoreInteractions(this.places);
	}

	@Test
	void evidenceOfAllPlacesIsLoadedWithOneLookup() {
		this.nodes.serve(this.hanoi, this.havana, this.mariel);
		Article article = article("hanoi-havana-talks", "Talks in Hà Nội between the capital and Havana.");
		stubLookup(this.evidence, RecordType.PLACE, quote(article, RecordType.PLACE, "havana", "Havana"),
				quote(article, RecordType.PLACE, "hanoi", "Hà Nội"));

		this.graphQl.documentName("slice-place").operationName("PlaceEvidence").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi", "evidence": [ { "quote": "Hà Nội", "start": 9, "end": 15 } ] },
					  { "name": "Havana", "evidence": [ { "quote": "Havana", "start": 40, "end": 46 } ] },
					  { "name": "Mariel Special Development Zone", "evidence": [] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.PLACE))
			.containsExactlyInAnyOrder(this.hanoi, this.havana, this.mariel);
	}

	@Test
	void aliasesAndEvidenceOfAllCountriesAreLoadedWithOneQueryEach() {
		this.nodes.serve(this.vietnam, this.cuba);
		given(this.countries.findAliases(anyCollection()))
			.willReturn(List.of(new Keyed<>("vietnam", "Việt Nam")));
		Article article = article("hanoi-havana-talks", "Vietnam and Cuba signed.");
		stubLookup(this.evidence, RecordType.COUNTRY, quote(article, RecordType.COUNTRY, "cuba", "Cuba"),
				quote(article, RecordType.COUNTRY, "vietnam", "Vietnam"));

		this.graphQl.documentName("slice-place").operationName("CountryAliasesAndEvidence").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam", "aliases": [ "Việt Nam" ], "evidence": [ { "quote": "Vietnam" } ] },
					  { "id": "Q291bnRyeTpjdWJh", "name": "Cuba", "aliases": [], "evidence": [ { "quote": "Cuba" } ] }
					]""");

		verify(this.countries, times(1)).findAliases(Set.of("vietnam", "cuba"));
		verifyNoMoreInteractions(this.countries);
		assertThat(subjectsLookedUpOnce(this.evidence, RecordType.COUNTRY))
			.containsExactlyInAnyOrder(this.vietnam, this.cuba);
	}

	@Test
	void labelsAreNamesAndThePlaceKindHasANameOfItsOwn() {
		this.nodes.serve(this.hanoi, this.vietnam, this.mariel);

		this.graphQl.documentName("slice-place").operationName("PlaceLabels").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "__typename": "Place", "label": "Hanoi", "placeKind": "CITY" },
					  { "__typename": "Country", "label": "Vietnam" },
					  { "__typename": "Place", "label": "Mariel Special Development Zone", "placeKind": "ECONOMIC_ZONE" }
					]""");
		verifyNoInteractions(this.places, this.countries);
	}

	@Test
	void withoutArgumentsPlacesAreTheFirstTwentyByNameAscending() {
		pageOf(Place.class, this.hanoi, this.havana);

		this.graphQl.documentName("slice-place").operationName("PlacesPage").execute().path("places.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Hanoi", "Havana");

		verify(this.pager).page(eq(Place.class), this.placeFilter.capture(), this.placeOrdering.capture(),
				this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(20, false, null, null));
		assertThat(this.placeOrdering.getValue().name()).isEqualTo("NAME_ASC");
		assertThat(this.placeOrdering.getValue().attribute()).isEqualTo("nameKey");
		// The key folds case and diacritics: Ba Đình sorts as "ba dinh".
		Place baDinh = new Place("ba-dinh", "Ba Đình", Kind.PROVINCE, this.vietnam, this.hanoi, List.of());
		assertThat(this.placeOrdering.getValue().cursorOf(baDinh)).isEqualTo(new Cursor("NAME_ASC", "ba dinh", "ba-dinh"));
		assertThat(new CriteriaProbe<Place>().apply(this.placeFilter.getValue())).isNull();
	}

	@Test
	void thePlaceFilterMatchesTheStartOfTheNameKindsCountryAndEnclosingPlace() {
		pageOf(Place.class, this.palace);

		this.graphQl.documentName("slice-place")
			.operationName("PlacesPage")
			.variable("last", 5)
			.variable("orderBy", Map.of("field", "NAME", "direction", "DESC"))
			.variable("filter", Map.of("namePrefix", "Pálace ", "kind", List.of("BUILDING"), "country", CUBA_ID,
					"within", HAVANA_ID))
			.execute()
			.path("places.nodes")
			.hasValue();

		verify(this.pager).page(eq(Place.class), this.placeFilter.capture(), this.placeOrdering.capture(),
				this.page.capture(), eq(false));
		assertThat(this.page.getValue()).isEqualTo(new Page(5, true, null, null));
		assertThat(this.placeOrdering.getValue().name()).isEqualTo("NAME_DESC");
		CriteriaProbe<Place> probe = new CriteriaProbe<>();
		Path<String> nameKey = probe.attribute("nameKey");
		Path<Object> kind = probe.attribute("kind");
		Path<Object> country = probe.attribute("countryId");
		Path<Object> id = probe.attribute("id");
		assertThat(probe.apply(this.placeFilter.getValue())).isNotNull();
		verify(probe.cb()).like(nameKey, "palace%");
		verify(kind).in(List.of(Kind.BUILDING));
		verify(probe.cb()).equal(country, "cuba");
		// Within Havana at any depth (a subquery on the enclosures), not Havana itself.
		verify(id).in((Expression<?>) any(Subquery.class));
		verify(probe.cb()).notEqual(id, "havana");
	}

	@Test
	void aPlaceFilterMayNameTheCountryByItsCodeInEitherCase() {
		pageOf(Place.class, this.hanoi);

		this.graphQl.documentName("slice-place")
			.operationName("PlacesPage")
			.variable("filter", Map.of("countryCode", "vn"))
			.execute()
			.path("places.nodes")
			.hasValue();

		verify(this.pager).page(eq(Place.class), this.placeFilter.capture(), any(), any(), anyBoolean());
		CriteriaProbe<Place> probe = new CriteriaProbe<>();
		Path<Object> country = probe.attribute("countryId");
		assertThat(probe.apply(this.placeFilter.getValue())).isNotNull();
		// The ids of the countries with the code: a subquery, so an unknown code matches nothing.
		verify(country).in((Expression<?>) any(Subquery.class));
		verify(probe.cb()).equal(any(Expression.class), eq("VN"));
	}

	@Test
	void countriesAreByNameAndFilteredByTheStartOfTheNameAndCountedWhenAsked() {
		pageOf(Country.class, this.vietnam);

		this.graphQl.documentName("slice-place")
			.operationName("CountriesPage")
			.variable("filter", Map.of("namePrefix", "Việt"))
			.execute()
			.path("countries")
			.matchesJsonStrictly("""
					{ "totalCount": 1, "nodes": [ { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam", "code": "VN" } ] }""");

		verify(this.pager).page(eq(Country.class), this.countryFilter.capture(), this.countryOrdering.capture(),
				this.page.capture(), eq(true));
		assertThat(this.page.getValue()).isEqualTo(new Page(20, false, null, null));
		assertThat(this.countryOrdering.getValue().name()).isEqualTo("NAME_ASC");
		assertThat(this.countryOrdering.getValue().attribute()).isEqualTo("nameKey");
		assertThat(this.countryOrdering.getValue().cursorOf(this.vietnam))
			.isEqualTo(new Cursor("NAME_ASC", "vietnam", "vietnam"));
		CriteriaProbe<Country> probe = new CriteriaProbe<>();
		Path<String> nameKey = probe.attribute("nameKey");
		assertThat(probe.apply(this.countryFilter.getValue())).isNotNull();
		verify(probe.cb()).like(nameKey, "viet%");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void badArgumentsOfPlacesAreBadRequestsThatNeverReachThePager(Map<String, Object> variables, String message) {
		assertErrors(this.graphQl.documentName("slice-place").operationName("PlacesPage").variables(variables)
			.execute(), badRequest(message, "places"));

		verifyNoInteractions(this.pager);
	}

	static Stream<Arguments> badArgumentsOfPlacesAreBadRequestsThatNeverReachThePager() {
		return Stream.of(
				Arguments.of(Map.of("filter", Map.of("country", CUBA_ID, "countryCode", "CU")),
						"Give `filter.country` or `filter.countryCode`, not both"),
				Arguments.of(Map.of("filter", Map.of("countryCode", "CUB")),
						"`filter.countryCode` must be an ISO 3166-1 alpha-2 code, two letters such as `VN`, but got 'CUB'"),
				Arguments.of(Map.of("filter", Map.of("countryCode", "C1")),
						"`filter.countryCode` must be an ISO 3166-1 alpha-2 code, two letters such as `VN`, but got 'C1'"),
				Arguments.of(Map.of("filter", Map.of("within", CUBA_ID)),
						"`filter.within` must be the ID of a Place, but '" + CUBA_ID + "' is the ID of a Country"),
				Arguments.of(Map.of("filter", Map.of("namePrefix", "--")),
						"`filter.namePrefix` must contain at least one letter or digit"),
				Arguments.of(Map.of("after", new Cursor("DATE_ASC", "1", "x").encode()),
						"`after` is a cursor for the ordering DATE_ASC, but this connection is ordered by NAME_ASC; "
								+ "start again without a cursor"),
				Arguments.of(Map.of("first", 0), "`first` must be between 1 and 100, got 0"));
	}

	@Test
	void badArgumentsOfCountriesAreBadRequests() {
		assertErrors(this.graphQl.documentName("slice-place").operationName("CountriesPage")
			.variable("filter", Map.of("namePrefix", "x".repeat(201)))
			.execute(), badRequest("`filter.namePrefix` may have at most 200 characters, got 201", "countries"));

		verifyNoInteractions(this.pager);
	}

	@Test
	void aCountryByItsCodeInEitherCase() {
		given(this.countries.findFirstByCodeOrderById("VN")).willReturn(Optional.of(this.vietnam));

		this.graphQl.documentName("slice-place").operationName("CountryByCode").variable("code", "vN").execute()
			.path("country")
			.matchesJsonStrictly("""
					{ "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam", "code": "VN", "label": "Vietnam" }""");
	}

	@Test
	void aCodeNoCountryHasIsNotFound() {
		given(this.countries.findFirstByCodeOrderById("ZZ")).willReturn(Optional.empty());

		assertErrors(this.graphQl.documentName("slice-place").operationName("CountryByCode").variable("code", "zz")
			.execute(), notFound("Could not resolve to a Country with the code 'ZZ'", "country"))
			.path("country")
			.valueIsNull();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "V", "VNM", "V N", "Việt", "84" })
	void aCodeThatIsNotTwoLettersIsABadRequestThatNeverReachesTheRepository(String code) {
		assertErrors(this.graphQl.documentName("slice-place").operationName("CountryByCode").variable("code", code)
			.execute(), badRequest("`code` must be an ISO 3166-1 alpha-2 code, two letters such as `VN`, but got '"
					+ code + "'", "country"));

		verifyNoInteractions(this.countries);
	}

	@Test
	void aCodeWithAControlCharacterIsRefusedAsAnyInputIs() {
		assertErrors(this.graphQl.documentName("slice-place").operationName("CountryByCode").variable("code", "V\u0000")
			.execute(), badRequest("`code` must not contain the control character U+0000 (at offset 1)", "country"));
	}

	@SafeVarargs
	private <T> void pageOf(Class<T> type, T... items) {
		List<Edge<T>> edges = Stream.of(items).map((item) -> new Edge<>("cursor", item)).toList();
		given(this.pager.page(eq(type), any(), any(), any(), anyBoolean()))
			.willReturn(new Connection<>(items.length, new PageInfo(false, false, null, null), edges, List.of(items)));
	}

}
