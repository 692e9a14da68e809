package org.diplomacygraph.place;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;
import static org.diplomacygraph.ClientError.notFound;

/**
 * Places and countries: their connections, a country by its code, and by ID, through meetings and
 * every other relation.
 */
@ApiTest
class PlaceApiTests {

	private static final String VIETNAM = GlobalId.encode("Country", "vietnam");

	private static final String CUBA = GlobalId.encode("Country", "cuba");

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everyPlaceByNameIgnoringCaseAndDiacritics() {
		Api api = new Api(this.graphQl);
		// Đồng Nai sorts as "dong nai", Bình Dương as "binh duong".
		assertThat(api.names("Places", "places", Map.of())).containsExactly("Artemisa", "Beijing", "Bình Dương",
				"Da Nang", "Đồng Nai", "Hanoi", "Havana", "Mariel Special Development Zone", "Palace of the Revolution",
				"Pinar del Río", "Quảng Trị");
		assertThat(api.names("Places", "places", Map.of("orderBy", Map.of("field", "NAME", "direction", "DESC"),
				"first", 3))).containsExactly("Quảng Trị", "Pinar del Río", "Palace of the Revolution");
	}

	@Test
	void placesByCountryKindEnclosingPlaceAndTheStartOfTheName() {
		Api api = new Api(this.graphQl);
		List<String> cuban = List.of("Artemisa", "Havana", "Mariel Special Development Zone",
				"Palace of the Revolution", "Pinar del Río");
		assertThat(api.names("Places", "places", Map.of("filter", Map.of("country", CUBA)))).isEqualTo(cuban);
		assertThat(api.names("Places", "places", Map.of("filter", Map.of("countryCode", "cu")))).isEqualTo(cuban);
		assertThat(api.names("Places", "places",
				Map.of("filter", Map.of("countryCode", "VN", "kind", List.of("PROVINCE")))))
			.containsExactly("Bình Dương", "Đồng Nai", "Quảng Trị");
		assertThat(api.names("Places", "places",
				Map.of("filter", Map.of("within", GlobalId.encode("Place", "havana")))))
			.containsExactly("Palace of the Revolution");
		assertThat(api.names("Places", "places", Map.of("filter", Map.of("namePrefix", "Đ")))).containsExactly("Da Nang",
				"Đồng Nai");
		assertThat(api.names("Places", "places", Map.of("filter", Map.of("namePrefix", "dong nai"))))
			.containsExactly("Đồng Nai");
		// A well-formed code no country has matches nothing, as an unknown ID does.
		assertThat(api.names("Places", "places", Map.of("filter", Map.of("countryCode", "ZZ")))).isEmpty();
	}

	@Test
	void everyCountryByNameAndByTheStartOfItsName() {
		Api api = new Api(this.graphQl);
		assertThat(api.names("Countries", "countries", Map.of())).containsExactly("China", "Cuba",
				"Dominican Republic", "Vietnam");
		assertThat(api.names("Countries", "countries", Map.of("filter", Map.of("namePrefix", "C"))))
			.containsExactly("China", "Cuba");
		assertThat(api.names("Countries", "countries", Map.of("filter", Map.of("namePrefix", "dominican rep"),
				"orderBy", Map.of("field", "NAME", "direction", "DESC")))).containsExactly("Dominican Republic");
	}

	@ParameterizedTest
	@CsvSource({ "VN, vietnam, Vietnam", "vn, vietnam, Vietnam", "Cu, cuba, Cuba", "do, dominican-republic, Dominican Republic" })
	void aCountryByItsCodeInEitherCase(String code, String slug, String name) {
		new Api(this.graphQl).run("api-explore", "CountryByCode", Map.of("code", code))
			.path("country")
			.matchesJsonStrictly("{ \"__typename\": \"Country\", \"id\": \"" + GlobalId.encode("Country", slug)
					+ "\", \"name\": \"" + name + "\", \"code\": \"" + code.toUpperCase(Locale.ROOT)
					+ "\", \"label\": \"" + name + "\" }");
	}

	@Test
	void aCodeNoCountryHasIsNullAndNotFound() {
		assertErrors(this.graphQl.documentName("api-explore").operationName("CountryByCode").variable("code", "fr")
			.execute(), notFound("Could not resolve to a Country with the code 'FR'", "country"))
			.path("country")
			.valueIsNull();
	}

	@Test
	void aCodeThatIsNoAlpha2CodeIsABadRequest() {
		assertErrors(this.graphQl.documentName("api-explore").operationName("CountryByCode").variable("code", "VNM")
			.execute(), badRequest("`code` must be an ISO 3166-1 alpha-2 code, two letters such as `VN`, but got 'VNM'",
					"country"));
	}

	@Test
	void aBuildingWithinACity() {
		places("palace-of-the-revolution").path("nodes[0]").matchesJsonStrictly("""
				{
				  "__typename": "Place",
				  "id": "UGxhY2U6cGFsYWNlLW9mLXRoZS1yZXZvbHV0aW9u",
				  "name": "Palace of the Revolution",
				  "kind": "BUILDING",
				  "aliases": [],
				  "country": { "id": "Q291bnRyeTpjdWJh", "name": "Cuba" },
				  "within": { "id": "UGxhY2U6aGF2YW5h", "name": "Havana", "kind": "CITY", "within": null },
				  "evidence": [
				    { "quote": "at the Palace of the Revolution, Havana", "aspect": "SUBJECT",
				      "article": { "id": "QXJ0aWNsZTp2aWV0bmFtLWN1YmEtNjUteWVhcnMtb2YtcGFydG5lcnNoaXAtYW5kLWRldmVsb3BtZW50" } }
				  ]
				}""");
	}

	@Test
	void aCityNamedByFourArticles() {
		GraphQlTester.Response response = places("hanoi");
		response.path("nodes[0].name").entity(String.class).isEqualTo("Hanoi");
		response.path("nodes[0].kind").entity(String.class).isEqualTo("CITY");
		// Only the spelling an article uses: "held talks in Hà Nội".
		response.path("nodes[0].aliases").entityList(String.class).containsExactly("Hà Nội");
		response.path("nodes[0].country.id").entity(String.class).isEqualTo(VIETNAM);
		response.path("nodes[0].within").valueIsNull();
		response.path("nodes[0].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("Hanoi prioritizes developing the friendship with Havana",
					"Hanoi wants to expand and promote its comprehensive cooperation",
					"Hanoi and Havana, Binh Duong and Artemisa, Dong Nai and Pinar del Río, along with many other "
							+ "localities, have established cooperative relations",
					"held talks in Hà Nội on Monday", "promoting relations between Hanoi and Beijing");
		response.path("nodes[0].evidence[*].article.id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Article", "hanoi-cuba-localities-partnership-2025"),
					GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09"),
					GlobalId.encode("Article", "vietnam-cuba-65-years-of-partnership-and-development"),
					GlobalId.encode("Article", "to-lam-diaz-canel-talks-hanoi-2025-09"),
					GlobalId.encode("Article", "hanoi-promotes-sustainable-relations-with-beijing"));
	}

	@Test
	void everyPlaceWithItsKindAndCountry() {
		GraphQlTester.Response response = places("hanoi", "havana", "mariel-development-zone",
				"palace-of-the-revolution", "quang-tri", "da-nang", "binh-duong", "artemisa", "dong-nai",
				"pinar-del-rio", "beijing");
		response.path("nodes[*].name")
			.entityList(String.class)
			.containsExactly("Hanoi", "Havana", "Mariel Special Development Zone", "Palace of the Revolution",
					"Quảng Trị", "Da Nang", "Bình Dương", "Artemisa", "Đồng Nai", "Pinar del Río", "Beijing");
		response.path("nodes[*].kind")
			.entityList(String.class)
			.containsExactly("CITY", "CITY", "ECONOMIC_ZONE", "BUILDING", "PROVINCE", "CITY", "PROVINCE", "PROVINCE",
					"PROVINCE", "PROVINCE", "CITY");
		response.path("nodes[*].country.name")
			.entityList(String.class)
			.containsExactly("Vietnam", "Cuba", "Cuba", "Cuba", "Vietnam", "Vietnam", "Vietnam", "Cuba", "Vietnam",
					"Cuba", "China");
		response.path("nodes[*].within.name").entityList(String.class).containsExactly("Havana");
		// Aliases are the spellings of the articles, and only those.
		response.path("nodes[1].aliases").entityList(String.class).hasSize(0);
		response.path("nodes[2].aliases").entityList(String.class).containsExactly("Mariel Development Zone");
		response.path("nodes[4].aliases").entityList(String.class).containsExactly("Quang Tri");
		response.path("nodes[5].aliases").entityList(String.class).hasSize(0);
		response.path("nodes[9].aliases").entityList(String.class).hasSize(0);
		response.path("nodes[1].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("Hanoi prioritizes developing the friendship with Havana", "between Hanoi and Havana",
					"the Cuban capital city of Havana",
					"From Havana, news and movements supporting Vietnam spread across Latin America");
		response.path("nodes[10].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("promoting relations between Hanoi and Beijing",
					"the 25th anniversary of Hanoi-Beijing relations");
	}

	@Test
	void placesAndCountriesOfMeetings() {
		GraphQlTester.Response response = this.graphQl.documentName("meetingPlaces")
			.variable("orderBy", Map.of("field", "TITLE"))
			.execute();
		// By title: the conversation at the Palace comes first, the Hanoi talks eighth.
		response.path("meetings.nodes[*].place.name")
			.entityList(String.class)
			.containsExactly("Palace of the Revolution", "Hanoi");
		response.path("meetings.nodes[0].place").matchesJson("""
				{
				  "kind": "BUILDING",
				  "aliases": [],
				  "country": { "id": "Q291bnRyeTpjdWJh", "name": "Cuba", "code": "CU" },
				  "within": { "id": "UGxhY2U6aGF2YW5h", "name": "Havana", "country": { "name": "Cuba" } }
				}""");
		response.path("meetings.nodes[0].country").matchesJsonStrictly("""
				{ "id": "Q291bnRyeTpjdWJh", "name": "Cuba", "code": "CU", "aliases": [] }""");
		response.path("meetings.nodes[7].place").matchesJson("""
				{ "id": "UGxhY2U6aGFub2k", "name": "Hanoi", "kind": "CITY", "within": null,
				  "country": { "name": "Vietnam" } }""");
		response.path("meetings.nodes[7].country").matchesJsonStrictly("""
				{ "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam", "code": "VN",
				  "aliases": [ "Democratic Republic of Vietnam", "Việt Nam" ] }""");
		// A meeting's country is its place's country wherever both are known.
		response.path("meetings.nodes[*].country.name")
			.entityList(String.class)
			.containsExactly("Cuba", "Vietnam", "Cuba", "Vietnam", "Vietnam", "Vietnam");
		// The other seven meetings have no place.
		response.path("meetings.nodes[1].place").valueIsNull();
		response.path("meetings.nodes[8].place").valueIsNull();
	}

	@Test
	void everyCountryById() {
		GraphQlTester.Response response = this.graphQl.documentName("countries")
			.variable("ids", List.of(VIETNAM, CUBA, GlobalId.encode("Country", "china"), GlobalId.encode("Country", "dominican-republic")))
			.execute();
		response.path("nodes[*].__typename").entityList(String.class).containsExactly("Country", "Country", "Country",
				"Country");
		response.path("nodes[*].name").entityList(String.class).containsExactly("Vietnam", "Cuba", "China",
				"Dominican Republic");
		response.path("nodes[*].code").entityList(String.class).containsExactly("VN", "CU", "CN", "DO");
		response.path("nodes[0].aliases")
			.entityList(String.class)
			.containsExactly("Democratic Republic of Vietnam", "Việt Nam");
		response.path("nodes[1].aliases").entityList(String.class).hasSize(0);
		response.path("nodes[0].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("the special bond between Vietnam and Cuba",
					"Vietnam treasures Cuba’s valuable sentiments",
					"Cuba stood by Vietnam with both words and actions",
					"establish diplomatic relations with the Democratic Republic of Vietnam",
					"the latter’s ongoing state visit to Việt Nam", "the relationship between Vietnam and China");
		response.path("nodes[1].evidence[*].quote")
			.entityList(String.class)
			.containsExactly("the special bond between Vietnam and Cuba", "the development of a high-tech zone in Cuba",
					"the friendship and cooperation with Cuba", "Cuba stood by Vietnam with both words and actions",
					"President of Cuba Miguel Díaz-Canel Bermúdez");
		response.path("nodes[3].evidence").matchesJsonStrictly("""
				[ { "quote": "Vietnamese Ambassador to Cuba and the Dominican Republic Le Quang Long", "aspect": "SUBJECT",
				    "article": { "id": "QXJ0aWNsZTp2aWV0bmFtLWN1YmEtNjUteWVhcnMtb2YtcGFydG5lcnNoaXAtYW5kLWRldmVsb3BtZW50" } } ]""");
	}

	@Test
	void aCountryIsTheSameWhicheverRelationLeadsToIt() {
		GraphQlTester.Response response = this.graphQl.documentName("countriesThroughRelations")
			.variable("person", GlobalId.encode("Person", "rogelio-polanco-fuentes"))
			.variable("organisation", GlobalId.encode("Organisation", "cuban-embassy-in-vietnam"))
			.variable("position", GlobalId.encode("Position", "miguel-diaz-canel/president"))
			.variable("place", GlobalId.encode("Place", "artemisa"))
			.variable("agreement", GlobalId.encode("Agreement", "cuban-reconstruction-projects"))
			.execute();
		String cuba = """
				{ "id": "Q291bnRyeTpjdWJh", "name": "Cuba", "code": "CU" }""";
		response.path("person.nationality").matchesJsonStrictly(cuba);
		response.path("organisation.country").matchesJsonStrictly(cuba);
		response.path("position.country").matchesJsonStrictly(cuba);
		response.path("place.country").matchesJsonStrictly(cuba);
		response.path("agreement.parties[0]").matchesJsonStrictly(cuba);
		response.path("agreement.parties[1].name").entity(String.class).isEqualTo("Vietnam");
	}

	@Test
	void anUnknownPlaceOrCountryIsNotFound() {
		String atlantis = GlobalId.encode("Place", "atlantis");
		String ruritania = GlobalId.encode("Country", "ruritania");
		// A country's ID is no place's.
		String vietnamAsPlace = GlobalId.encode("Place", "vietnam");
		GraphQlTester.Response response = this.graphQl.documentName("countries")
			.variable("ids", List.of(ruritania, VIETNAM, vietnamAsPlace, atlantis))
			.execute();
		assertErrors(response, notFound(unknown(ruritania), "nodes", 0), notFound(unknown(vietnamAsPlace), "nodes", 2),
				notFound(unknown(atlantis), "nodes", 3))
			.path("nodes[1].name")
			.entity(String.class)
			.isEqualTo("Vietnam");
	}

	private static String unknown(String globalId) {
		return "Could not resolve to a node with the global id of '" + globalId + "'";
	}

	private GraphQlTester.Response places(String... slugs) {
		return this.graphQl.documentName("places")
			.variable("ids", List.of(slugs).stream().map((slug) -> GlobalId.encode("Place", slug)).toList())
			.execute();
	}

}
