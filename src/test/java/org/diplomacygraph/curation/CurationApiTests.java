package org.diplomacygraph.curation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/**
 * {@code addAlias} and {@code mergeEntities} over HTTP with the editor's key: what they change,
 * what they refuse (each refusal with its exact user error and nothing written), and that a merged
 * ID keeps resolving. Each test works on entities no other test of the class touches.
 */
@WriteApiTest
class CurationApiTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	HttpGraphQlTester editor;

	@BeforeEach
	void testers() {
		this.editor = WriteFixture.editor(this.tester);
		this.tester = WriteFixture.anonymous(this.tester);
	}

	static String person(String slug) {
		return GlobalId.encode("Person", slug);
	}

	// addAlias

	@Test
	void anAddedAliasIsListedSearchableAndFilterableAtOnce() {
		GraphQlTester.Response response = run(this.editor, "curation", "AddAlias",
				Map.of("input", Map.of("id", person("dinh-tien-dung"), "alias", "  Zyxwv Dũng  ")));
		response.errors().verify();
		response.path("addAlias.userErrors").entityList(Object.class).hasSize(0);
		response.path("addAlias.node.id").entity(String.class).isEqualTo(person("dinh-tien-dung"));
		assertThat(response.path("addAlias.node.aliases").entityList(String.class).get()).endsWith("Zyxwv Dũng");

		GraphQlTester.Response search = run(this.tester, "curation", "Search", Map.of("query", "zyxwv dung"));
		search.path("search[0].node.id").entity(String.class).isEqualTo(person("dinh-tien-dung"));
		search.path("search[0].matched").entity(String.class).isEqualTo("Zyxwv Dũng");
		run(this.tester, "curation", "PeopleNamed", Map.of("name", "zyxwv"))
			.path("people.nodes[*].id")
			.entityList(String.class)
			.containsExactly(person("dinh-tien-dung"));
	}

	@Test
	void anAliasTheEntityHasAlreadyChangesNothingAndIsNotAudited() {
		List<String> before = run(this.tester, "curation", "PersonFacts", Map.of("id", person("nguyen-manh-quyen")))
			.path("node.aliases")
			.entityList(String.class)
			.get();
		var snapshot = WriteFixture.snapshot(this.jdbc);
		String existing = before.isEmpty() ? "Nguyễn Mạnh Quyền" : before.get(0);

		GraphQlTester.Response response = run(this.editor, "curation", "AddAlias",
				Map.of("input", Map.of("id", person("nguyen-manh-quyen"), "alias", existing)));

		response.errors().verify();
		response.path("addAlias.userErrors").entityList(Object.class).hasSize(0);
		response.path("addAlias.node.aliases").entityList(String.class).isEqualTo(before);
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(snapshot);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badAliases")
	void anAliasThatBreaksTheRuleOfNamesIsRefused(String what, String alias, String message, String code) {
		assertRefused("AddAlias", Map.of("id", person("le-quang-long"), "alias", alias), "addAlias",
				List.of("input", "alias"), message, code);
	}

	static Stream<Arguments> badAliases() {
		String letter = "`alias` must contain at least one letter or digit";
		return Stream.of(Arguments.of("spaces", "   ", letter, "REQUIRED"),
				Arguments.of("NBSP only", "\u00a0\u00a0", letter, "REQUIRED"),
				Arguments.of("wide spaces only", "\u2003\u3000\u202f", letter, "REQUIRED"),
				Arguments.of("zero-width space", "\u200b", letter, "INVALID"),
				Arguments.of("right-to-left mark", "\u200f", letter, "INVALID"),
				Arguments.of("combining mark only", "\u0301", letter, "INVALID"),
				Arguments.of("too long", "x".repeat(201), "`alias` may have at most 200 characters, got 201", "INVALID"),
				Arguments.of("60,000 characters", "x".repeat(60_000),
						"`alias` may have at most 200 characters, got 60000", "INVALID"),
				Arguments.of("line break", "Le\nLong", "`alias` must not contain the control character U+000A (at offset 2)",
						"INVALID"),
				Arguments.of("NUL", "Le\u0000Long", "`alias` must not contain the control character U+0000 (at offset 2)",
						"INVALID"),
				Arguments.of("left-to-right mark", "Le\u200eLong",
						"`alias` must not contain the format character U+200E (at offset 2)", "INVALID"),
				Arguments.of("zero-width space inside", "Le\u200bLong",
						"`alias` must not contain the format character U+200B (at offset 2)", "INVALID"),
				Arguments.of("private use", "Le\ue000Long",
						"`alias` must not contain the private-use character U+E000 (at offset 2)", "INVALID"),
				Arguments.of("lone surrogate", "Le\ud800Long",
						"`alias` must not contain the unpaired surrogate U+D800 (at offset 2)", "INVALID"));
	}

	@Test
	void anAliasIsStoredInNfcWithoutTheUnicodeSpacesAroundIt() {
		GraphQlTester.Response response = run(this.editor, "curation", "AddAlias", Map.of("input",
				Map.of("id", person("le-quang-long"), "alias", "\u00a0\u3000Le Quang Lo\u0302ng Zq\u2009")));
		response.errors().verify();
		response.path("addAlias.userErrors").entityList(Object.class).hasSize(0);
		assertThat(response.path("addAlias.node.aliases").entityList(String.class).get()).endsWith("Le Quang Lông Zq");
	}

	@Test
	void aTooLongIdIsRefusedWithAShortMessage() {
		String id = "A".repeat(60_000);
		assertRefused("AddAlias", Map.of("id", id, "alias", "Long"), "addAlias", List.of("input", "id"),
				"`id` may have at most 200 characters, got 60000", "INVALID");
		String bogus = "B".repeat(150);
		assertRefused("MergeEntities", Map.of("keepId", bogus, "removeId", person("le-quang-long")), "mergeEntities",
				List.of("input", "keepId"), "`keepId` is not a valid ID: '" + "B".repeat(100) + "… (150 characters)'",
				"INVALID");
	}

	@Test
	void anAliasForAnUnknownIdIsNotFound() {
		assertRefused("AddAlias", Map.of("id", person("nobody"), "alias", "Nobody"), "addAlias", List.of("input", "id"),
				"`id` '" + person("nobody") + "' refers to no Person", "NOT_FOUND");
	}

	@Test
	void anAliasForAMeetingIsTheWrongType() {
		String meeting = GlobalId.encode("Meeting", "huong-yu-luming-talks");
		assertRefused("AddAlias", Map.of("id", meeting, "alias", "Talks"), "addAlias", List.of("input", "id"),
				"`id` must be the ID of a Person, an Organisation, a Place or a Country, but '" + meeting
						+ "' is the ID of a Meeting",
				"WRONG_TYPE");
	}

	@Test
	void anAliasForAMalformedIdIsInvalid() {
		assertRefused("AddAlias", Map.of("id", "bogus", "alias", "Bogus"), "addAlias", List.of("input", "id"),
				"`id` is not a valid ID: 'bogus'", "INVALID");
	}

	// mergeEntities

	@Test
	void aMergeMovesEveryFactOfAPersonAndTheOldIdResolvesToTheKeptOne() {
		String kept = person("to-lam");
		String removed = person("miguel-diaz-canel");
		Facts keptBefore = personFacts(kept);
		Facts removedBefore = personFacts(removed);
		assertThat(removedBefore.positions).isNotEmpty();
		assertThat(removedBefore.meetings).isNotEmpty();
		assertThat(removedBefore.agreements).isNotEmpty();
		// They met: shared meetings must end with one participation, the kept person's.
		assertThat(keptBefore.meetings).containsAnyElementsOf(removedBefore.meetings);

		GraphQlTester.Response response = run(this.editor, "curation", "MergeEntities",
				Map.of("input", Map.of("keepId", kept, "removeId", removed)));

		response.errors().verify();
		response.path("mergeEntities.userErrors").entityList(Object.class).hasSize(0);
		response.path("mergeEntities.node.id").entity(String.class).isEqualTo(kept);
		Facts after = personFacts(kept);
		assertThat(after.positions).containsAll(keptBefore.positions).containsAll(removedBefore.positions);
		assertThat(after.meetings).containsAll(keptBefore.meetings).containsAll(removedBefore.meetings);
		assertThat(after.agreements).containsAll(keptBefore.agreements).containsAll(removedBefore.agreements);
		assertThat(after.aliases).contains("Miguel Díaz-Canel Bermúdez").containsAll(removedBefore.aliases);
		assertThat(after.quotes).containsAll(keptBefore.quotes).containsAll(removedBefore.quotes);
		GraphQlTester.Response facts = run(this.tester, "curation", "PersonFacts", Map.of("id", kept));
		for (String participants : facts.path("node.meetings.nodes[*].participants[*].person.id")
			.entityList(String.class)
			.get()) {
			assertThat(participants).isNotEqualTo(removed);
		}
		// Every fact still points at its article's exact words.
		assertQuotesAreVerbatim(facts);
		// Participations, signatures and parties moved to the kept one keep the IDs ingest finds them by.
		assertThat(WriteFixture.underivedIds(this.jdbc)).isEmpty();
		assertThat(WriteFixture.orphans(this.jdbc)).isEmpty();

		run(this.tester, "curation", "Nodes", Map.of("ids", List.of(removed, kept)))
			.path("nodes[*].id")
			.entityList(String.class)
			.containsExactly(kept, kept);
		GraphQlTester.Response search = run(this.tester, "curation", "Search", Map.of("query", "diaz canel"));
		search.path("search[0].node.id").entity(String.class).isEqualTo(kept);
		assertThat(search.path("search[*].node.id").entityList(String.class).get()).doesNotContain(removed);
	}

	@Test
	void aMergeOfOrganisationsMovesChildrenPostsMeetingsAndParties() {
		String kept = GlobalId.encode("Organisation", "havana-party-committee");
		String removed = GlobalId.encode("Organisation", "hanoi-party-committee");
		GraphQlTester.Response keptBefore = run(this.tester, "curation", "OrganisationFacts", Map.of("id", kept));
		GraphQlTester.Response removedBefore = run(this.tester, "curation", "OrganisationFacts", Map.of("id", removed));
		List<String> children = removedBefore.path("node.children[*].id").entityList(String.class).get();
		List<String> positions = removedBefore.path("node.positions[*].id").entityList(String.class).get();
		List<String> meetings = removedBefore.path("node.meetings.nodes[*].id").entityList(String.class).get();
		List<String> agreements = removedBefore.path("node.agreements.nodes[*].id").entityList(String.class).get();
		assertThat(children).isNotEmpty();
		assertThat(positions).isNotEmpty();
		String keptParent = keptBefore.path("node.parent.id").entity(String.class).get();

		run(this.editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", kept, "removeId", removed)))
			.path("mergeEntities.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		GraphQlTester.Response after = run(this.tester, "curation", "OrganisationFacts", Map.of("id", kept));
		after.path("node.parent.id").entity(String.class).isEqualTo(keptParent);
		assertThat(after.path("node.children[*].id").entityList(String.class).get()).containsAll(children);
		assertThat(after.path("node.positions[*].id").entityList(String.class).get()).containsAll(positions);
		assertThat(after.path("node.meetings.nodes[*].id").entityList(String.class).get()).containsAll(meetings);
		assertThat(after.path("node.agreements.nodes[*].id").entityList(String.class).get()).containsAll(agreements);
		assertThat(after.path("node.aliases").entityList(String.class).get()).contains("Hanoi Party Committee");
		// An organisation named twice for one meeting, or a party twice to one agreement, is there once.
		for (String organisations : List.of("node.meetings.nodes[*].organisations[*].id",
				"node.agreements.nodes[*].parties[*].id")) {
			assertThat(after.path(organisations).entityList(String.class).get()).doesNotContain(removed);
		}
		after.path("node.meetings.nodes").entityList(Map.class).satisfies((nodes) -> nodes.forEach((meeting) -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> organisations = (List<Map<String, Object>>) meeting.get("organisations");
			Set<Object> distinct = new HashSet<>(organisations.stream().map((o) -> o.get("id")).toList());
			assertThat(distinct).hasSameSizeAs(organisations);
		}));
		assertQuotesAreVerbatim(after);
		// Participations, signatures and parties moved to the kept one keep the IDs ingest finds them by.
		assertThat(WriteFixture.underivedIds(this.jdbc)).isEmpty();
		assertThat(WriteFixture.orphans(this.jdbc)).isEmpty();
		run(this.tester, "curation", "Nodes", Map.of("ids", List.of(removed)))
			.path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(kept);
	}

	@Test
	void aMergeOfPlacesMovesPlacesWithinAndMeetings() {
		String kept = GlobalId.encode("Place", "hanoi");
		String removed = GlobalId.encode("Place", "havana");
		String palace = GlobalId.encode("Place", "palace-of-the-revolution");
		List<String> meetingsInHavana = run(this.tester, "curation", "MeetingsAt", Map.of("place", removed))
			.path("meetings.nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(meetingsInHavana).isNotEmpty();

		run(this.editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", kept, "removeId", removed)))
			.path("mergeEntities.node.aliases")
			.entityList(String.class)
			.contains("Havana");

		run(this.tester, "curation", "PlaceFacts", Map.of("id", palace)).path("node.within.id")
			.entity(String.class)
			.isEqualTo(kept);
		// The place filter follows the enclosures: meetings in the palace are meetings in the kept city.
		assertThat(run(this.tester, "curation", "MeetingsAt", Map.of("place", kept)).path("meetings.nodes[*].id")
			.entityList(String.class)
			.get()).containsAll(meetingsInHavana);
		assertQuotesAreVerbatim(run(this.tester, "curation", "PlaceFacts", Map.of("id", kept)));
	}

	@Test
	void aMergeOfCountriesMovesNationalitiesAndAgreementParties() {
		String kept = GlobalId.encode("Country", "dominican-republic");
		String removed = GlobalId.encode("Country", "cuba");
		GraphQlTester.Response before = run(this.tester, "curation", "CountryFacts", Map.of("id", removed));
		List<String> people = before.path("people.nodes[*].id").entityList(String.class).get();
		List<String> agreements = before.path("agreements.nodes[*].id").entityList(String.class).get();
		assertThat(people).isNotEmpty();
		assertThat(agreements).isNotEmpty();

		run(this.editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", kept, "removeId", removed)))
			.path("mergeEntities.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		GraphQlTester.Response after = run(this.tester, "curation", "CountryFacts", Map.of("id", kept));
		after.path("node.code").entity(String.class).isEqualTo("DO");
		assertThat(after.path("node.aliases").entityList(String.class).get()).contains("Cuba");
		assertThat(after.path("people.nodes[*].id").entityList(String.class).get()).containsAll(people);
		assertThat(after.path("agreements.nodes[*].id").entityList(String.class).get()).containsAll(agreements);
		assertQuotesAreVerbatim(after);
		// Participations, signatures and parties moved to the kept one keep the IDs ingest finds them by.
		assertThat(WriteFixture.underivedIds(this.jdbc)).isEmpty();
		assertThat(WriteFixture.orphans(this.jdbc)).isEmpty();
		run(this.tester, "curation", "Nodes", Map.of("ids", List.of(removed)))
			.path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(kept);
	}

	@Test
	void aChainOfMergesResolvesTheFirstIdToTheLastKeptEntity() {
		String first = person("raul-castro");
		String second = person("fidel-castro");
		String last = person("jose-marti");
		run(this.editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", second, "removeId", first)))
			.errors()
			.verify();
		run(this.editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", last, "removeId", second)))
			.errors()
			.verify();

		run(this.tester, "curation", "Nodes", Map.of("ids", List.of(first, second, last)))
			.path("nodes[*].id")
			.entityList(String.class)
			.containsExactly(last, last, last);
		assertThat(this.jdbc.queryForList("select new_id from entity_redirect where old_id in ('raul-castro', 'fidel-castro')",
				String.class)).containsOnly("jose-marti");
		// An ID merged away may be named in a later write: it stands for the entity it leads to.
		assertRefused("MergeEntities", Map.of("keepId", last, "removeId", first), "mergeEntities",
				List.of("input", "removeId"), "`keepId` and `removeId` lead to the same entity: '" + first
						+ "' was already merged into it; an entity cannot be merged into itself",
				"INVALID");
	}

	@Test
	void mergingAnEntityWithItselfIsInvalid() {
		String id = person("ha-minh-hai");
		assertRefused("MergeEntities", Map.of("keepId", id, "removeId", id), "mergeEntities",
				List.of("input", "removeId"),
				"`keepId` and `removeId` are the same ID '" + id + "'; an entity cannot be merged into itself", "INVALID");
	}

	@Test
	void mergingEntitiesOfTwoTypesIsTheWrongType() {
		String country = GlobalId.encode("Country", "dominican-republic");
		assertRefused("MergeEntities", Map.of("keepId", person("ha-minh-hai"), "removeId", country), "mergeEntities",
				List.of("input", "removeId"),
				"`removeId` must be the ID of a Person like `keepId`, but '" + country + "' is the ID of a Country",
				"WRONG_TYPE");
	}

	@Test
	void mergingAnUnknownEntityIsNotFound() {
		assertRefused("MergeEntities", Map.of("keepId", person("ha-minh-hai"), "removeId", person("nobody")),
				"mergeEntities", List.of("input", "removeId"), "`removeId` '" + person("nobody") + "' refers to no Person",
				"NOT_FOUND");
		assertRefused("MergeEntities", Map.of("keepId", person("nobody"), "removeId", person("ha-minh-hai")),
				"mergeEntities", List.of("input", "keepId"), "`keepId` '" + person("nobody") + "' refers to no Person",
				"NOT_FOUND");
	}

	/** The mutation answers with exactly this user error and a null node, and nothing is written. */
	private void assertRefused(String operation, Map<String, Object> input, String field, List<String> path,
			String message, String code) {
		WriteFixture.assertRefused(this.editor, this.jdbc, "curation", operation, input, field, path, message, code);
	}

	private Facts personFacts(String id) {
		GraphQlTester.Response response = run(this.tester, "curation", "PersonFacts", Map.of("id", id));
		response.errors().verify();
		return new Facts(response.path("node.aliases").entityList(String.class).get(),
				response.path("node.positions[*].id").entityList(String.class).get(),
				response.path("node.meetings.nodes[*].id").entityList(String.class).get(),
				response.path("node.agreements[*].id").entityList(String.class).get(),
				response.path("node.evidence[*].quote").entityList(String.class).get());
	}

	@SuppressWarnings("unchecked")
	private static void assertQuotesAreVerbatim(GraphQlTester.Response response) {
		response.path("node.evidence").entityList(Map.class).satisfies((evidence) -> {
			assertThat(evidence).isNotEmpty();
			for (Map<String, Object> quote : evidence) {
				String text = (String) ((Map<String, Object>) quote.get("article")).get("text");
				assertThat(text.substring((Integer) quote.get("start"), (Integer) quote.get("end")))
					.isEqualTo(quote.get("quote"));
			}
		});
	}

	private record Facts(List<String> aliases, List<String> positions, List<String> meetings, List<String> agreements,
			List<String> quotes) {
	}

}
