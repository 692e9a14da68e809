package org.diplomacygraph.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.Api;
import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code node} and {@code nodes} for every entity type, over HTTP. */
@ApiTest
class NodeApiTests {

	@Autowired
	HttpGraphQlTester tester;

	Api api;

	@BeforeEach
	void api() {
		// The first search of a JVM (Lucene's automata for typos) takes more than the default 5 s on a
		// busy machine, and it may be this class's.
		this.tester = this.tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.api = new Api(this.tester);
	}

	@ParameterizedTest
	@CsvSource({ "Person, to-lam, Tô Lâm", "Position, to-lam/general-secretary, General Secretary",
			"Organisation, vff-hanoi, Vietnam Fatherland Front Committee of Hanoi", "Place, hanoi, Hanoi",
			"Country, cuba, Cuba", "Meeting, hang-yu-luming-reception, Reception of Yu Luming by Ngô Thị Thanh Hằng",
			"Agreement, cuba-high-tech-zone-mou, Memorandum of Understanding on the development of a high-tech zone in Cuba" })
	void everyEntityTypeIsANodeReachableByItsStableId(String type, String slug, String name) {
		String id = GlobalId.encode(type, slug);
		var response = this.api.run("api-features", "Node", Map.of("id", id));
		response.path("node.__typename").entity(String.class).isEqualTo(type);
		response.path("node.id").entity(String.class).isEqualTo(id);
		response.path("node.name").entity(String.class).isEqualTo(name);
	}

	@Test
	void anArticleIsANode() {
		String id = GlobalId.encode("Article", "hanoi-promotes-sustainable-relations-with-beijing");
		this.api.run("api-features", "Node", Map.of("id", id))
			.path("node.title")
			.entity(String.class)
			.isEqualTo("Hanoi promotes sustainable relations with Beijing");
	}

	@Test
	void anUnknownIdIsNullAndNotFound() {
		Api.Error error = this.api.error("api-features", "Node", Map.of("id", GlobalId.encode("Person", "nobody")));
		assertThat(error).isEqualTo(new Api.Error("Could not resolve to a node with the global id of '"
				+ GlobalId.encode("Person", "nobody") + "'", "NOT_FOUND", "node"));
	}

	@Test
	void nodesKeepsTheOrderAndReportsEachUnknownIdAtItsPlace() {
		List<String> ids = List.of(GlobalId.encode("Country", "cuba"), "not-an-id", GlobalId.encode("Person", "to-lam"),
				GlobalId.encode("Meeting", "to-lam"));
		Api.Error first = this.api.error("api-features", "Nodes", Map.of("ids", ids.subList(0, 3)));
		assertThat(first).isEqualTo(new Api.Error("Could not resolve to a node with the global id of 'not-an-id'",
				"NOT_FOUND", "nodes[1]"));
		this.tester.documentName("api-features")
			.operationName("Nodes")
			.variable("ids", ids)
			.execute()
			.errors()
			.expect((error) -> error.getPath().equals("nodes[1]") || error.getPath().equals("nodes[3]"))
			.verify()
			.path("nodes[*].__typename")
			.entityList(String.class)
			.containsExactly("Country", "Person");
	}

	@Test
	void atMostOneHundredIds() {
		List<String> ids = new ArrayList<>(Collections.nCopies(101, GlobalId.encode("Person", "to-lam")));
		assertThat(this.api.error("api-features", "Nodes", Map.of("ids", ids)))
			.isEqualTo(new Api.Error("`ids` may hold at most 100 IDs, got 101", "BAD_REQUEST", "nodes"));
	}

	@Test
	void oneFragmentLabelsEveryNodeType() {
		List<String> ids = List.of(GlobalId.encode("Person", "to-lam"), GlobalId.encode("Position", "to-lam/general-secretary"),
				GlobalId.encode("Organisation", "vff-hanoi"), GlobalId.encode("Place", "hanoi"),
				GlobalId.encode("Country", "cuba"), GlobalId.encode("Meeting", "hang-yu-luming-reception"),
				GlobalId.encode("Agreement", "cuba-high-tech-zone-mou"),
				GlobalId.encode("Article", "hanoi-promotes-sustainable-relations-with-beijing"),
				GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09"));
		this.api.run("api-explore", "Labels", Map.of("ids", ids)).path("nodes").matchesJsonStrictly("""
				[
				  { "__typename": "Person", "label": "Tô Lâm" },
				  { "__typename": "Position", "label": "General Secretary" },
				  { "__typename": "Organisation", "label": "Vietnam Fatherland Front Committee of Hanoi",
				    "organisationKind": "MASS_ORGANISATION" },
				  { "__typename": "Place", "label": "Hanoi", "placeKind": "CITY" },
				  { "__typename": "Country", "label": "Cuba" },
				  { "__typename": "Meeting", "label": "Reception of Yu Luming by Ngô Thị Thanh Hằng",
				    "meetingKind": "RECEPTION" },
				  { "__typename": "Agreement", "label": "Memorandum of Understanding on the development of a high-tech zone in Cuba",
				    "agreementKind": "MEMORANDUM_OF_UNDERSTANDING" },
				  { "__typename": "Article", "label": "Hanoi promotes sustainable relations with Beijing" },
				  { "__typename": "Article", "label": "date 2023-06-09 Hanoi wants to expand and promote its comprehensive cooperation…" }
				]""");
	}

	/** Selecting {@code kind} on Organisation and Place in one selection is a FieldsConflict; the typed kinds are not. */
	@Test
	void searchResultsOfEveryTypeRenderWithOneSelection() {
		var response = this.api.run("api-explore", "SearchLabels", Map.of("query", "hanoi"));
		response.path("search[*].node.__typename").entityList(String.class)
			.contains("Place", "Organisation", "Meeting", "Agreement");
		response.path("search[0].node").matchesJsonStrictly("""
				{ "__typename": "Place", "id": "UGxhY2U6aGFub2k", "label": "Hanoi", "placeKind": "CITY" }""");
		response.path("search[1].node.organisationKind").entity(String.class).isEqualTo("PARTY_COMMITTEE");
	}

}
