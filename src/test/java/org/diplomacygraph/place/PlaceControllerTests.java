package org.diplomacygraph.place;

import java.util.List;
import java.util.Set;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.article.EvidenceLookup;
import org.diplomacygraph.place.Place.Kind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.article.EvidenceFixtures.article;
import static org.diplomacygraph.article.EvidenceFixtures.quote;
import static org.diplomacygraph.article.EvidenceFixtures.stubLookup;
import static org.diplomacygraph.article.EvidenceFixtures.subjectsLookedUpOnce;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/**
 * The fields of {@code Place} and {@code Country}, with the repositories mocked. Neither type has a
 * root query of its own, so a stand-in for {@code nodes} hands the places and countries to the
 * schema.
 */
@GraphQlTest(PlaceController.class)
@Import(PlaceControllerTests.NodesStandIn.class)
class PlaceControllerTests {

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
	NodesStandIn nodes;

	@MockitoBean
	PlaceRepository places;

	@MockitoBean
	CountryRepository countries;

	@MockitoBean
	EvidenceLookup evidence;

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
			.willReturn(List.of(new Object[] { "havana", "La Habana" }, new Object[] { "hanoi", "Hà Nội" }));

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
		stubLookup(this.evidence, SubjectType.PLACE, quote(article, SubjectType.PLACE, "havana", "Havana"),
				quote(article, SubjectType.PLACE, "hanoi", "Hà Nội"));

		this.graphQl.documentName("slice-place").operationName("PlaceEvidence").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "name": "Hanoi", "evidence": [ { "quote": "Hà Nội", "start": 9, "end": 15 } ] },
					  { "name": "Havana", "evidence": [ { "quote": "Havana", "start": 40, "end": 46 } ] },
					  { "name": "Mariel Special Development Zone", "evidence": [] }
					]""");

		assertThat(subjectsLookedUpOnce(this.evidence, SubjectType.PLACE))
			.containsExactlyInAnyOrder(this.hanoi, this.havana, this.mariel);
	}

	@Test
	void aliasesAndEvidenceOfAllCountriesAreLoadedWithOneQueryEach() {
		this.nodes.serve(this.vietnam, this.cuba);
		given(this.countries.findAliases(anyCollection()))
			.willReturn(List.<Object[]>of(new Object[] { "vietnam", "Việt Nam" }));
		Article article = article("hanoi-havana-talks", "Vietnam and Cuba signed.");
		stubLookup(this.evidence, SubjectType.COUNTRY, quote(article, SubjectType.COUNTRY, "cuba", "Cuba"),
				quote(article, SubjectType.COUNTRY, "vietnam", "Vietnam"));

		this.graphQl.documentName("slice-place").operationName("CountryAliasesAndEvidence").execute().path("nodes")
			.matchesJsonStrictly("""
					[
					  { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam", "aliases": [ "Việt Nam" ], "evidence": [ { "quote": "Vietnam" } ] },
					  { "id": "Q291bnRyeTpjdWJh", "name": "Cuba", "aliases": [], "evidence": [ { "quote": "Cuba" } ] }
					]""");

		verify(this.countries, times(1)).findAliases(Set.of("vietnam", "cuba"));
		verifyNoMoreInteractions(this.countries);
		assertThat(subjectsLookedUpOnce(this.evidence, SubjectType.COUNTRY))
			.containsExactlyInAnyOrder(this.vietnam, this.cuba);
	}

	/** Serves the schema's {@code nodes} query with the entities a test hands it, whatever the IDs. */
	@Controller
	static class NodesStandIn {

		private List<Object> entities = List.of();

		void serve(Object... entities) {
			this.entities = List.of(entities);
		}

		@QueryMapping
		List<Object> nodes() {
			return this.entities;
		}

	}

}
