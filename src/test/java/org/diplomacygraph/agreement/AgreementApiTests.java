package org.diplomacygraph.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.Paging;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agreements}, the fields of {@code Agreement}, and an organisation's agreements, over HTTP. */
@ApiTest
class AgreementApiTests {

	private static final Map<String, Object> TITLE_DESC = Map.of("field", "TITLE", "direction", "DESC");

	private static final String HANOI_PARTY_COMMITTEE = GlobalId.encode("Organisation", "hanoi-party-committee");

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.tester);
	}

	@Test
	void agreementsByPartyStatusKindAndSigningDate() {
		assertThat(agreements(Map.of("party", GlobalId.encode("Organisation", "hanoi-party-committee"))))
			.containsExactly("Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
					"Handover of 2,000 tonnes of rice as Hanoi's gift to Havana");
		assertThat(agreements(Map.of("party", GlobalId.encode("Country", "cuba")))).hasSize(4);
		assertThat(agreements(Map.of("status", List.of("PLANNED"))))
			.containsExactly("Memorandum of Understanding on the development of a high-tech zone in Cuba");
		assertThat(agreements(Map.of("kind", List.of("MINUTES")))).hasSize(1);
		assertThat(agreements(Map.of("signedOn", Map.of("from", "2025")))).hasSize(2);
		// Both were signed following the talks of June 9, 2023.
		assertThat(agreements(Map.of("signedOn", Map.of("from", "2023-06-01", "to", "2023-06-30"))))
			.containsExactly("Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
					"Handover of 2,000 tonnes of rice as Hanoi's gift to Havana");
		assertThat(agreements(Map.of("signedOn", Map.of("from", "2023-06-10", "to", "2023-06-30")))).isEmpty();
	}

	@Test
	void agreementsWithoutASigningDateComeLastInEitherDirection() {
		List<String> undated = List.of("Memorandum of Understanding on the development of a high-tech zone in Cuba",
				"Vietnam–Cuba rice development cooperation project (2002–2025)",
				"Cuba's five socio-economic projects aiding Vietnam's post-war reconstruction");
		for (String direction : List.of("ASC", "DESC")) {
			GraphQlTester.Response response = this.api.run("api-connections", "Agreements",
					Map.of("first", 100, "orderBy", Map.of("field", "SIGNED_ON", "direction", direction)));
			List<String> dates = response.path("agreements.nodes[*].signedOn").entityList(String.class).get();
			assertThat(dates).as(direction).hasSize(7);
			assertThat(dates.subList(4, 7)).as(direction).containsOnlyNulls();
			assertThat(dates.subList(0, 4)).as(direction)
				.containsExactlyElementsOf(direction.equals("ASC") ? List.of("2023-06-09", "2023-06-09", "2025-09", "2025-09")
						: List.of("2025-09", "2025-09", "2023-06-09", "2023-06-09"));
			assertThat(response.path("agreements.nodes[*].name").entityList(String.class).get().subList(4, 7))
				.as(direction)
				.containsExactlyInAnyOrderElementsOf(undated);
		}
	}

	@Test
	void theAgreementToldByTwoArticlesWithItsPartiesMeetingAndEvidence() {
		GraphQlTester.Response response = this.api.run("api-features", "AgreementRelations",
				Map.of("filter", Map.of("kind", List.of("COOPERATION_AGREEMENT"))));
		response.path("agreements.nodes[0].status").entity(String.class).isEqualTo("IN_FORCE");
		response.path("agreements.nodes[0].signedOn").entity(String.class).isEqualTo("2023-06-09");
		response.path("agreements.nodes[0].validFrom").entity(String.class).isEqualTo("2023");
		response.path("agreements.nodes[0].validUntil").entity(String.class).isEqualTo("2028");
		response.path("agreements.nodes[0].parties[*].__typename")
			.entityList(String.class)
			.containsExactly("Organisation", "Organisation");
		response.path("agreements.nodes[0].meeting.title")
			.entity(String.class)
			.isEqualTo("Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar");
		response.path("agreements.nodes[0].signatories").entityList(Object.class).hasSize(0);
		response.path("agreements.nodes[0].evidence[*].article.id").entityList(String.class).contains(
				GlobalId.encode("Article", "hanoi-cuba-localities-partnership-2025"),
				GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09"));

		GraphQlTester.Response countries = this.api.run("api-features", "AgreementRelations",
				Map.of("filter", Map.of("kind", List.of("MINUTES"))));
		countries.path("agreements.nodes[0].parties[*].__typename")
			.entityList(String.class)
			.containsExactly("Country", "Country");
	}

	@Test
	void anOrganisationsMeetingsAndAgreementsAreFilteredConnections() {
		GraphQlTester.Response response = this.api.run("api-features", "OrganisationRelations",
				Map.of("name", "hanoi party committee"));
		response.path("organisations.nodes[0].name").entity(String.class).isEqualTo("Hanoi Party Committee");
		response.path("organisations.nodes[0].kind").entity(String.class).isEqualTo("PARTY_COMMITTEE");
		response.path("organisations.nodes[0].parent.name").entity(String.class).isEqualTo("Communist Party of Vietnam");
		response.path("organisations.nodes[0].children[*].name")
			.entityList(String.class)
			.containsExactly("Organization Commission of the Hanoi Party Committee");
		response.path("organisations.nodes[0].positions[*].person.name")
			.entityList(String.class)
			.contains("Bùi Thị Minh Hoài", "Đinh Tiến Dũng", "Ngô Thị Thanh Hằng")
			.hasSize(3);
		response.path("organisations.nodes[0].meetings.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("organisations.nodes[0].agreements.totalCount").entity(Integer.class).isEqualTo(2);

		GraphQlTester.Response filtered = this.api.run("api-features", "OrganisationRelations",
				Map.of("name", "hanoi party committee", "meetingsFilter", Map.of("kind", List.of("TALKS")),
						"agreementsFilter", Map.of("kind", List.of("HANDOVER_DOCUMENT"))));
		filtered.path("organisations.nodes[0].meetings.totalCount").entity(Integer.class).isEqualTo(1);
		filtered.path("organisations.nodes[0].agreements.nodes[*].title")
			.entityList(String.class)
			.containsExactly("Handover of 2,000 tonnes of rice as Hanoi's gift to Havana");
	}

	@Test
	void organisationsByNameKindCountryAndParent() {
		assertThat(organisations(Map.of("name", "cpv"))).containsExactly(
				"Central Committee of the Communist Party of Vietnam", "Communist Party of Vietnam");
		assertThat(organisations(Map.of("kind", List.of("EMBASSY")))).hasSize(2);
		assertThat(organisations(Map.of("kind", List.of("COMPANY"), "country", GlobalId.encode("Country", "vietnam"))))
			.containsExactly("Agri VMA", "Thai Binh", "Viglacera");
		assertThat(organisations(Map.of("parent", GlobalId.encode("Organisation", "communist-party-of-vietnam"))))
			.containsExactly("Central Committee of the Communist Party of Vietnam", "Hanoi Party Committee");
	}

	private List<String> agreements(Map<String, Object> filter) {
		return this.api.names("Agreements", "agreements", Map.of("first", 100, "filter", filter));
	}

	private List<String> organisations(Map<String, Object> filter) {
		return this.api.names("Organisations", "organisations", Map.of("first", 100, "filter", filter));
	}

	@Test
	void aCursorWhoseKeyIsNoDayNumberIsABadRequestAtTheOrganisationsAgreementsEvenWithNothingToPage() {
		String date = new Cursor("SIGNED_ON_ASC", "2023-06-09", "hanoi-havana-cooperation-2023-2028").encode();
		String message = "`after` is not a valid cursor: '" + date + "'; pass a cursor returned by this connection";
		assertThat(this.api.error("api-features", "OrganisationAgreements",
				Map.of("name", "hanoi party committee", "after", date)))
			.isEqualTo(new Api.Error(message, "BAD_REQUEST", "organisations.nodes[0].agreements"));
		this.api.run("api-features", "OrganisationAgreements", Map.of("name", "vietnam red cross"))
			.path("organisations.nodes[0].agreements.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		assertThat(this.api.error("api-features", "OrganisationAgreements",
				Map.of("name", "vietnam red cross", "after", date)))
			.isEqualTo(new Api.Error(message, "BAD_REQUEST", "organisations.nodes[0].agreements"));
	}

	// Ported from e2e-tests: an organisation's agreements paged both ways, and batched per organisation.

	@Test
	void anOrganisationsAgreementsInEveryOrderAndPagedBothWays() {
		List<String> bySigning = Stream.of("hanoi-havana-cooperation-2023-2028", "hanoi-havana-rice-handover-2023")
			.map((slug) -> GlobalId.encode("Agreement", slug))
			.toList();
		List<String> reversed = new ArrayList<>(bySigning);
		Collections.reverse(reversed);
		Map<String, Object> signedOnDesc = Map.of("field", "SIGNED_ON", "direction", "DESC");
		// Both were signed on June 9, 2023: the ID breaks the tie, in the order's direction.
		Map<Map<String, Object>, List<String>> orders = Map.of(Map.of("field", "SIGNED_ON"), bySigning, signedOnDesc,
				reversed, Map.of("field", "TITLE", "direction", "ASC"), bySigning, TITLE_DESC, reversed);
		orders.forEach((order, expected) -> {
			for (int size = 1; size <= 3; size++) {
				assertThat(Paging.forward(hanoiAgreementsPaged(Map.of("orderBy", order)), "node.agreements", size))
					.as("%s forward by %d", order, size)
					.containsExactlyElementsOf(expected);
				assertThat(Paging.backward(hanoiAgreementsPaged(Map.of("orderBy", order)), "node.agreements", size))
					.as("%s backward by %d", order, size)
					.containsExactlyElementsOf(expected);
			}
		});
	}

	@Test
	void everyOrganisationsNestedAgreementsAreItsOwnWhenLoadedTogether() {
		GraphQlTester.Response response = this.tester.documentName("agreementsOfEveryOrganisation")
			.variable("first", 1)
			.variable("orderBy", TITLE_DESC)
			.execute();
		List<String> organisations = response.path("organisations.nodes[*].id").entityList(String.class).get();
		assertThat(organisations).hasSize(27);
		for (int i = 0; i < organisations.size(); i++) {
			String path = "organisations.nodes[" + i + "].agreements";
			String id = organisations.get(i);
			boolean hanoiOrHavana = id.equals(HANOI_PARTY_COMMITTEE)
					|| id.equals(GlobalId.encode("Organisation", "havana-party-committee"));
			response.path(path + ".totalCount").entity(Integer.class).isEqualTo(hanoiOrHavana ? 2 : 0);
			response.path(path + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(hanoiOrHavana);
			response.path(path + ".nodes[*].id")
				.entityList(String.class)
				.containsExactly(hanoiOrHavana
						? new String[] { GlobalId.encode("Agreement", "hanoi-havana-rice-handover-2023") }
						: new String[0]);
		}
	}

	private Function<Map<String, Object>, GraphQlTester.Response> hanoiAgreementsPaged(Map<String, Object> variables) {
		return (paging) -> this.tester.documentName("organisationAgreementsPage")
			.variable("id", HANOI_PARTY_COMMITTEE)
			.variables(variables)
			.variables(paging)
			.execute();
	}

}
