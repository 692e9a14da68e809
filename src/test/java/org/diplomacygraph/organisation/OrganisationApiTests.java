package org.diplomacygraph.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.Paging;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.ClientError.assertErrors;
import static org.diplomacygraph.ClientError.badRequest;

/**
 * The {@code organisations} connection and the fields of {@code Organisation}; its nested
 * {@code meetings} and {@code agreements} are tested with meetings and agreements.
 */
@ApiTest
class OrganisationApiTests {

	/** Every organisation of the corpus by name, ignoring case, diacritics and punctuation. */
	static final List<String> NAMES = List.of("Agri VMA",
			"Beijing Municipal Committee of the Chinese People's Political Consultative Conference",
			"Central Committee of the Communist Party of Cuba", "Central Committee of the Communist Party of Vietnam",
			"Chinese People's Political Consultative Conference", "Committees for the Defense of the Revolution",
			"Communist Party of Cuba", "Communist Party of Vietnam",
			"Embassy of Cuba in Vietnam", "Embassy of Vietnam in Cuba", "Hanoi Party Committee",
			"Hanoi People's Committee", "Havana Party Committee", "National Liberation Front of South Vietnam",
			"Nguyen Van Troi School", "Non-Aligned Movement", "Organization Commission of the Hanoi Party Committee",
			"Politburo of the Communist Party of Vietnam", "Thai Binh", "United Nations",
			"United Nations Human Rights Council",
			"Vietnam–Cuba Intergovernmental Committee on Economic and Scientific–Technical Cooperation",
			"Vietnam-Cuba Youth Network for Peace and Sustainable Development", "Vietnam Fatherland Front",
			"Vietnam Fatherland Front Committee of Hanoi", "Vietnam Red Cross Society", "Viglacera");

	static final List<String> SLUGS = List.of("agri-vma", "cppcc-beijing", "cpc-central-committee",
			"cpv-central-committee", "cppcc", "committee-for-the-defence-of-the-revolution", "communist-party-of-cuba",
			"communist-party-of-vietnam", "cuban-embassy-in-vietnam", "vietnamese-embassy-in-cuba",
			"hanoi-party-committee", "hanoi-peoples-committee", "havana-party-committee",
			"national-liberation-front-of-south-vietnam", "nguyen-van-troi-school", "non-aligned-movement",
			"hanoi-party-organization-commission", "cpv-politburo", "thai-binh", "united-nations",
			"un-human-rights-council", "vietnam-cuba-intergovernmental-committee", "vietnam-cuba-youth-network",
			"vietnam-fatherland-front", "vff-hanoi", "vietnam-red-cross", "viglacera");

	private static final Map<String, Object> NAME_DESC = Map.of("field", "NAME", "direction", "DESC");

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theFirstTwentyByNameByDefault() {
		GraphQlTester.Response response = this.graphQl.documentName("organisationsPage").execute();
		Paging.Page page = Paging.page(response, "organisations");
		assertThat(page.totalCount()).isEqualTo(27);
		assertThat(page.ids()).containsExactlyElementsOf(ids(SLUGS).subList(0, 20));
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isFalse();
		response.path("organisations.nodes[*].name")
			.entityList(String.class)
			.containsExactly(NAMES.subList(0, 20).toArray(String[]::new));
		// The rest follows the end cursor.
		organisations(Map.of("after", page.pageInfo().endCursor())).path("organisations.nodes[*].name")
			.entityList(String.class)
			.containsExactly(NAMES.subList(20, 27).toArray(String[]::new));
	}

	@Test
	void organisationsByNameAscendingAndDescending() {
		assertThat(names(Map.of("first", 100, "orderBy", Map.of("field", "NAME")))).containsExactlyElementsOf(NAMES);
		assertThat(names(Map.of("first", 100, "orderBy", Map.of("field", "NAME", "direction", "ASC"))))
			.containsExactlyElementsOf(NAMES);
		assertThat(names(Map.of("first", 100, "orderBy", NAME_DESC))).containsExactlyElementsOf(reversed(NAMES));
		assertThat(names(Map.of("orderBy", NAME_DESC))).containsExactlyElementsOf(reversed(NAMES).subList(0, 20));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 4, 13, 20, 26, 27, 100 })
	void walkingForwardServesEveryOrganisationOnceInOrder(int size) {
		assertThat(Paging.forward(paged(Map.of()), "organisations", size)).containsExactlyElementsOf(ids(SLUGS));
		assertThat(Paging.forward(paged(Map.of("orderBy", NAME_DESC)), "organisations", size))
			.containsExactlyElementsOf(reversed(ids(SLUGS)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 4, 13, 20, 26, 27, 100 })
	void walkingBackwardServesEveryOrganisationOnceInOrder(int size) {
		assertThat(Paging.backward(paged(Map.of()), "organisations", size)).containsExactlyElementsOf(ids(SLUGS));
		assertThat(Paging.backward(paged(Map.of("orderBy", NAME_DESC)), "organisations", size))
			.containsExactlyElementsOf(reversed(ids(SLUGS)));
	}

	@Test
	void theNameFilterMatchesPartOfAnyNameOrAbbreviation() {
		assertThat(names(Map.of("filter", Map.of("name", "CPV")))).containsExactly(
				"Central Committee of the Communist Party of Vietnam", "Communist Party of Vietnam");
		assertThat(names(Map.of("filter", Map.of("name", "hanoi")))).containsExactly("Hanoi Party Committee",
				"Hanoi People's Committee", "Organization Commission of the Hanoi Party Committee",
				"Vietnam Fatherland Front Committee of Hanoi");
		// Only other names spell it "Việt Nam".
		assertThat(names(Map.of("filter", Map.of("name", "Việt Nam")))).containsExactly(
				"Central Committee of the Communist Party of Vietnam", "Communist Party of Vietnam",
				"Vietnam–Cuba Intergovernmental Committee on Economic and Scientific–Technical Cooperation",
				"Vietnam Fatherland Front");
		// Punctuation does not count: "VFF – Hanoi chapter" is "vff hanoi chapter".
		assertThat(names(Map.of("filter", Map.of("name", "vff hanoi chapter"))))
			.containsExactly("Vietnam Fatherland Front Committee of Hanoi");
		assertThat(names(Map.of("filter", Map.of("name", "vff beijing")))).isEmpty();
		assertThat(names(Map.of("filter", Map.of("name", "VFF – Hanoi chapter"))))
			.containsExactly("Vietnam Fatherland Front Committee of Hanoi");
		// The article's spelling finds the body under its own name.
		assertThat(names(Map.of("filter", Map.of("name", "committee for the defence"))))
			.containsExactly("Committees for the Defense of the Revolution");
		// No article spells it in Spanish: no alias, no match.
		assertThat(names(Map.of("filter", Map.of("name", "partido comunista")))).isEmpty();
		assertThat(names(Map.of("filter", Map.of("name", "Hanoi People’s Committee")))).containsExactly(
				"Hanoi People's Committee");
	}

	@Test
	void theKindFilterKeepsOrganisationsOfAnyKindGiven() {
		assertThat(names(Map.of("filter", Map.of("kind", List.of("EMBASSY"))))).containsExactly(
				"Embassy of Cuba in Vietnam", "Embassy of Vietnam in Cuba");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("COMPANY"))))).containsExactly("Agri VMA", "Thai Binh",
				"Viglacera");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("INTERGOVERNMENTAL_BODY", "NGO"))))).containsExactly(
				"Non-Aligned Movement", "United Nations", "United Nations Human Rights Council",
				"Vietnam–Cuba Intergovernmental Committee on Economic and Scientific–Technical Cooperation",
				"Vietnam-Cuba Youth Network for Peace and Sustainable Development", "Vietnam Red Cross Society");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("PARTY"))))).containsExactly("Communist Party of Cuba",
				"Communist Party of Vietnam");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("SCHOOL"))))).containsExactly("Nguyen Van Troi School");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("ADVISORY_BODY"))))).containsExactly(
				"Beijing Municipal Committee of the Chinese People's Political Consultative Conference",
				"Chinese People's Political Consultative Conference");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("GOVERNMENT_BODY"))))).containsExactly(
				"Hanoi People's Committee");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("MASS_ORGANISATION"))))).containsExactly(
				"Committees for the Defense of the Revolution", "National Liberation Front of South Vietnam",
				"Vietnam Fatherland Front", "Vietnam Fatherland Front Committee of Hanoi");
		assertThat(names(Map.of("first", 100, "filter", Map.of("kind", List.of("PARTY_COMMITTEE"))))).containsExactly(
				"Central Committee of the Communist Party of Cuba", "Central Committee of the Communist Party of Vietnam",
				"Hanoi Party Committee", "Havana Party Committee",
				"Organization Commission of the Hanoi Party Committee", "Politburo of the Communist Party of Vietnam");
		// An empty list restricts nothing.
		assertThat(count(Map.of("filter", Map.of("kind", List.of()))) ).isEqualTo(27);
	}

	@Test
	void theCountryFilterKeepsOrganisationsOfThatCountry() {
		assertThat(names(Map.of("filter", Map.of("country", GlobalId.encode("Country", "china"))))).containsExactly(
				"Beijing Municipal Committee of the Chinese People's Political Consultative Conference",
				"Chinese People's Political Consultative Conference");
		assertThat(count(Map.of("filter", Map.of("country", GlobalId.encode("Country", "vietnam"))))).isEqualTo(14);
		assertThat(names(Map.of("filter", Map.of("country", GlobalId.encode("Country", "cuba"))))).containsExactly(
				"Central Committee of the Communist Party of Cuba", "Committees for the Defense of the Revolution",
				"Communist Party of Cuba", "Embassy of Cuba in Vietnam", "Havana Party Committee",
				"Nguyen Van Troi School");
		assertThat(names(Map.of("filter", Map.of("country", GlobalId.encode("Country", "dominican-republic"))))).isEmpty();
	}

	@Test
	void theParentFilterKeepsDirectChaptersOnly() {
		assertThat(names(Map.of("filter", Map.of("parent", GlobalId.encode("Organisation", "communist-party-of-vietnam")))))
			.containsExactly("Central Committee of the Communist Party of Vietnam", "Hanoi Party Committee");
		assertThat(names(Map.of("filter", Map.of("parent", GlobalId.encode("Organisation", "cpv-central-committee")))))
			.containsExactly("Politburo of the Communist Party of Vietnam");
		assertThat(names(Map.of("filter", Map.of("parent", GlobalId.encode("Organisation", "united-nations")))))
			.containsExactly("United Nations Human Rights Council");
		assertThat(names(Map.of("filter", Map.of("parent", GlobalId.encode("Organisation", "viglacera"))))).isEmpty();
	}

	@Test
	void allConditionsOfAFilterMustHold() {
		Map<String, Object> filter = Map.of("name", "committee", "kind", List.of("PARTY_COMMITTEE"), "country",
				GlobalId.encode("Country", "cuba"));
		assertThat(names(Map.of("filter", filter))).containsExactly("Central Committee of the Communist Party of Cuba",
				"Havana Party Committee");
		assertThat(names(Map.of("filter", Map.of("name", "committee", "parent",
				GlobalId.encode("Organisation", "communist-party-of-cuba"), "kind", List.of("PARTY_COMMITTEE"), "country",
				GlobalId.encode("Country", "cuba")))))
			.containsExactly("Central Committee of the Communist Party of Cuba", "Havana Party Committee");
		assertThat(names(Map.of("filter", Map.of("kind", List.of("EMBASSY"), "country", GlobalId.encode("Country", "china")))))
			.isEmpty();
	}

	@Test
	void aFilteredConnectionCountsAndPagesOnlyWhatMatches() {
		Map<String, Object> vietnamese = Map.of("filter", Map.of("country", GlobalId.encode("Country", "vietnam")));
		List<String> forward = Paging.forward(paged(vietnamese), "organisations", 5);
		assertThat(forward).hasSize(14).startsWith(GlobalId.encode("Organisation", "agri-vma"),
				GlobalId.encode("Organisation", "cpv-central-committee"));
		assertThat(Paging.backward(paged(vietnamese), "organisations", 5)).containsExactlyElementsOf(forward);
	}

	@Test
	void anOrganisationWithItsParentChaptersPostsAndQuotes() {
		GraphQlTester.Response response = details("hanoi-party-committee");
		response.path("node").matchesJson("""
				{
				  "__typename": "Organisation",
				  "id": "T3JnYW5pc2F0aW9uOmhhbm9pLXBhcnR5LWNvbW1pdHRlZQ",
				  "name": "Hanoi Party Committee",
				  "aliases": [ "Hanoi municipal Party Committee" ],
				  "kind": "PARTY_COMMITTEE",
				  "country": { "id": "Q291bnRyeTp2aWV0bmFt", "name": "Vietnam" },
				  "parent": { "id": "T3JnYW5pc2F0aW9uOmNvbW11bmlzdC1wYXJ0eS1vZi12aWV0bmFt",
				              "name": "Communist Party of Vietnam", "parent": null },
				  "children": [ { "id": "T3JnYW5pc2F0aW9uOmhhbm9pLXBhcnR5LW9yZ2FuaXphdGlvbi1jb21taXNzaW9u",
				                  "name": "Organization Commission of the Hanoi Party Committee" } ]
				}""");
		response.path("node.positions[*].id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Position", "bui-thi-minh-hoai/secretary-hanoi-party-committee"),
					GlobalId.encode("Position", "dinh-tien-dung/secretary-hanoi-party-committee"),
					GlobalId.encode("Position", "ngo-thi-thanh-hang/vice-secretary"));
		response.path("node.positions[*].title").entityList(String.class).containsExactly("Secretary", "Secretary",
				"Vice Secretary");
		response.path("node.positions[*].person.name")
			.entityList(String.class)
			.containsExactly("Bùi Thị Minh Hoài", "Đinh Tiến Dũng", "Ngô Thị Thanh Hằng");
		response.path("node.positions[*].organisation.name")
			.entityList(String.class)
			.containsExactly("Hanoi Party Committee", "Hanoi Party Committee", "Hanoi Party Committee");
		response.path("node.evidence[*].quote")
			.entityList(String.class)
			.containsExactly("Secretary of the Hanoi Party Committee Bui Thi Minh Hoai",
					"Secretary of the Hanoi Party Committee Dinh Tien Dung",
					"Vice Secretary of the Hanoi municipal Party Committee Ngo Thi Thanh Hang");
		response.path("node.evidence[*].article.id")
			.entityList(String.class)
			.containsExactly(GlobalId.encode("Article", "hanoi-cuba-localities-partnership-2025"),
					GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09"),
					GlobalId.encode("Article", "hanoi-promotes-sustainable-relations-with-beijing"));
	}

	@Test
	void aPartyWithItsChaptersInNameOrder() {
		GraphQlTester.Response response = details("communist-party-of-vietnam");
		response.path("node.aliases").entityList(String.class).containsExactly("CPV", "Communist Party of Việt Nam");
		response.path("node.kind").entity(String.class).isEqualTo("PARTY");
		response.path("node.parent").valueIsNull();
		response.path("node.children[*].name")
			.entityList(String.class)
			.containsExactly("Central Committee of the Communist Party of Vietnam", "Hanoi Party Committee");
		response.path("node.positions").entityList(Object.class).hasSize(0);
	}

	@Test
	void aBodyOfSeveralStatesHasNoCountry() {
		GraphQlTester.Response response = details("un-human-rights-council");
		response.path("node.kind").entity(String.class).isEqualTo("INTERGOVERNMENTAL_BODY");
		response.path("node.country").valueIsNull();
		response.path("node.parent.name").entity(String.class).isEqualTo("United Nations");
		response.path("node.aliases").entityList(String.class).hasSize(0);
		response.path("node.children").entityList(Object.class).hasSize(0);
		response.path("node.evidence[*].quote")
			.entityList(String.class)
			.containsExactly("candidacy for the United Nations Human Rights Council");
	}

	@Test
	void anEmbassyBelongsToTheCountryThatSendsIt() {
		GraphQlTester.Response response = details("vietnamese-embassy-in-cuba");
		response.path("node.country.name").entity(String.class).isEqualTo("Vietnam");
		response.path("node.positions[*].person.name").entityList(String.class).containsExactly("Lê Quang Long");
		response.path("node.evidence[*].quote")
			.entityList(String.class)
			.containsExactly("With the connection of the Vietnamese Embassy in Cuba",
					"the Ambassador and Embassy staff are warmly welcomed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "first", "last" })
	void aPageSizeMustBeBetweenOneAndAHundred(String argument) {
		for (int size : new int[] { 0, -1, 101 }) {
			assertErrors(organisations(Map.of(argument, size)), badRequest("`" + argument + "` must be between 1 and 100, got " + size, "organisations"));
		}
	}

	@Test
	void firstAndLastTogetherAreRejected() {
		assertErrors(organisations(Map.of("first", 1, "last", 1)), badRequest("Passing both `first` and `last` to paginate a connection is not supported",
					"organisations"));
	}

	@Test
	void aMalformedCursorIsRejected() {
		assertErrors(organisations(Map.of("before", "bm90IGEgY3Vyc29y")), badRequest("`before` is not a valid cursor: 'bm90IGEgY3Vyc29y'; pass a cursor returned by this "
					+ "connection", "organisations"));
	}

	@Test
	void aCursorOfAnotherOrderingIsRejected() {
		String descending = Paging.page(organisations(Map.of("first", 1, "orderBy", NAME_DESC)), "organisations")
			.pageInfo()
			.endCursor();
		assertErrors(organisations(Map.of("after", descending, "orderBy", Map.of("field", "NAME"))), badRequest("`after` is a cursor for the ordering NAME_DESC, but this connection is ordered by "
					+ "NAME_ASC; start again without a cursor", "organisations"));
	}

	@Test
	void anIdOfTheWrongTypeInTheFilterIsRejected() {
		String toLam = GlobalId.encode("Person", "to-lam");
		String hanoi = GlobalId.encode("Place", "hanoi");
		assertErrors(organisations(Map.of("filter", Map.of("parent", toLam))), badRequest("`filter.parent` must be the ID of an Organisation, but '" + toLam
					+ "' is the ID of a Person", "organisations"));
		assertErrors(organisations(Map.of("filter", Map.of("country", hanoi))), badRequest("`filter.country` must be the ID of a Country, but '" + hanoi
					+ "' is the ID of a Place", "organisations"));
		assertErrors(organisations(Map.of("filter", Map.of("parent", "communist-party-of-vietnam"))), badRequest("`filter.parent` is not a valid ID: 'communist-party-of-vietnam'", "organisations"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "–", "(-)" })
	void aNameFilterWithoutLettersOrDigitsIsRejected(String name) {
		assertErrors(organisations(Map.of("filter", Map.of("name", name))), badRequest("`filter.name` must contain at least one letter or digit", "organisations"));
	}

	private GraphQlTester.Response details(String slug) {
		return this.graphQl.documentName("organisationDetails")
			.variable("id", GlobalId.encode("Organisation", slug))
			.execute();
	}

	private GraphQlTester.Response organisations(Map<String, Object> variables) {
		return this.graphQl.documentName("organisationsPage").variables(variables).execute();
	}

	private List<String> names(Map<String, Object> variables) {
		return organisations(variables).path("organisations.nodes[*].name").entityList(String.class).get();
	}

	private int count(Map<String, Object> variables) {
		return organisations(variables).path("organisations.totalCount").entity(Integer.class).get();
	}

	private Function<Map<String, Object>, GraphQlTester.Response> paged(Map<String, Object> variables) {
		return (paging) -> this.graphQl.documentName("organisationsPage")
			.variables(variables)
			.variables(paging)
			.execute();
	}

	private static List<String> ids(List<String> slugs) {
		return slugs.stream().map((slug) -> GlobalId.encode("Organisation", slug)).toList();
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

}
