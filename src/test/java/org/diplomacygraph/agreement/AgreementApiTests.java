package org.diplomacygraph.agreement;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.model.Cursor;
import org.diplomacygraph.model.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agreements}, the fields of {@code Agreement}, and an organisation's agreements, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class AgreementApiTests {

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
		assertThat(agreements(Map.of("signedOn", Map.of("from", "2023-06-01", "to", "2023-06-30"))))
			.containsExactly("Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028");
	}

	@Test
	void theAgreementToldByTwoArticlesWithItsPartiesMeetingAndEvidence() {
		GraphQlTester.Response response = this.api.run("api-features", "AgreementRelations",
				Map.of("filter", Map.of("kind", List.of("COOPERATION_AGREEMENT"))));
		response.path("agreements.nodes[0].status").entity(String.class).isEqualTo("IN_FORCE");
		response.path("agreements.nodes[0].signedOn").entity(String.class).isEqualTo("2023-06");
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

}
