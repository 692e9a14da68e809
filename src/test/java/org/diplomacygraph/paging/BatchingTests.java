package org.diplomacygraph.paging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.Statements;
import org.diplomacygraph.values.GlobalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batching promise, field by field: a query's SQL statement count depends on its shape, never
 * on how many rows it returns. Each relationship field is selected under a root page of one item
 * (filtered to an item that has the relationship, so every level runs) and of up to 100 items.
 * Statements are counted by Hibernate's statistics, which count globally, across the threads batch
 * loaders may run on. The guard: depth + 1 statements, flat in page size.
 */
@ApiTest
class BatchingTests {

	private static final Map<String, Object> TO_LAM = Map.of("name", "to lam");

	private static final Map<String, Object> HANOI_PARTY_COMMITTEE = Map.of("name", "hanoi party committee");

	private static final Map<String, Object> IN_HANOI = Map.of("place", GlobalId.encode("Place", "hanoi"));

	private static final Map<String, Object> AT_THE_PALACE = Map.of("place",
			GlobalId.encode("Place", "palace-of-the-revolution"));

	private static final Map<String, Object> OF_DUNG = Map.of("participant",
			GlobalId.encode("Person", "dinh-tien-dung"));

	private static final Map<String, Object> OF_TORRES_IRIBAR = Map.of("participant",
			GlobalId.encode("Person", "luis-antonio-torres-iribar"));

	private static final Map<String, Object> OF_THE_HANOI_PARTY_COMMITTEE = Map.of("party",
			GlobalId.encode("Organisation", "hanoi-party-committee"));

	/**
	 * Levels the look-ahead loads joined with their parents (paging/Joins): a list field whose
	 * selection asks for a to-one relation of its items (a participant's person or post, a post's
	 * person, organisation, the organisation's country, or country) loads it in the list's statement,
	 * so those shapes take that many statements fewer than depth + 1.
	 */
	private static final Map<String, Integer> JOINED_LEVELS = Map.of("PositionPerson", 1, "PositionOrganisation", 1,
			"PositionCountry", 1, "ParticipantPerson", 1, "ParticipantCapacity", 1,
			// participants with their person, then positions with their organisation and its country
			"MeetingParticipantPositionCountry", 3);

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	/** Once, before the first test: statistics count the background work of a fresh context too. */
	static boolean quiet;

	@BeforeEach
	void statistics() {
		// Over HTTP: the first requests of a fresh context on two busy cores may take more than 5 s.
		this.graphQlTester = this.graphQlTester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		if (!quiet) {
			Statements.awaitQuiet(this.statistics);
			quiet = true;
		}
	}

	static Stream<Arguments> fields() {
		return Stream.of(
				// operation, filter for the one-item page, depth: levels of relationship fields below the root
				Arguments.of("PersonAliases", TO_LAM, 1), Arguments.of("PersonNationality", TO_LAM, 1),
				Arguments.of("PersonPositions", TO_LAM, 1), Arguments.of("PersonMeetings", TO_LAM, 1),
				Arguments.of("PersonAgreements", TO_LAM, 1), Arguments.of("PersonCounterparts", TO_LAM, 1),
				Arguments.of("PersonEvidence", TO_LAM, 1), Arguments.of("PositionPerson", TO_LAM, 2),
				Arguments.of("PositionOrganisation", TO_LAM, 2), Arguments.of("PositionCountry", TO_LAM, 2),
				Arguments.of("PositionEvidence", TO_LAM, 2), Arguments.of("CountryAliases", TO_LAM, 2),
				Arguments.of("CountryEvidence", TO_LAM, 2),
				Arguments.of("OrganisationAliases", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("OrganisationCountry", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("OrganisationParent", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("OrganisationChildren", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("OrganisationPositions", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("OrganisationMeetings", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("OrganisationAgreements", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("OrganisationEvidence", HANOI_PARTY_COMMITTEE, 1), Arguments.of("MeetingPlace", IN_HANOI, 1),
				Arguments.of("MeetingCountry", IN_HANOI, 1), Arguments.of("MeetingParticipants", IN_HANOI, 1),
				Arguments.of("MeetingOrganisations", IN_HANOI, 1), Arguments.of("MeetingAgreements", IN_HANOI, 1),
				Arguments.of("MeetingTopics", IN_HANOI, 1), Arguments.of("MeetingEvidence", IN_HANOI, 1),
				Arguments.of("PlaceAliases", IN_HANOI, 2), Arguments.of("PlaceCountry", IN_HANOI, 2),
				Arguments.of("PlaceWithin", AT_THE_PALACE, 2), Arguments.of("PlaceEvidence", IN_HANOI, 2),
				Arguments.of("ParticipantPerson", IN_HANOI, 2), Arguments.of("ParticipantCapacity", IN_HANOI, 2),
				Arguments.of("ParticipantEvidence", IN_HANOI, 2),
				Arguments.of("AgreementParties", OF_THE_HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("AgreementSignatories", OF_THE_HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("AgreementMeeting", OF_THE_HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("AgreementFields", OF_THE_HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("AgreementEvidence", OF_THE_HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("ArticleEvidence", Map.of(), 1), Arguments.of("EvidenceArticle", Map.of(), 2),
				Arguments.of("EvidenceSentence", Map.of(), 2),
				// the benchmark's nested page: meetings, participants, person, positions, organisation, country
				Arguments.of("MeetingParticipantPositionCountry", IN_HANOI, 5),
				// claims of every kind of record that has them, and a claim's article and quotes
				Arguments.of("MeetingClaims", IN_HANOI, 1),
				Arguments.of("AgreementClaims", OF_THE_HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("PersonClaims", TO_LAM, 1), Arguments.of("OrganisationClaims", HANOI_PARTY_COMMITTEE, 1),
				Arguments.of("PositionClaims", TO_LAM, 2), Arguments.of("PlaceClaims", IN_HANOI, 2),
				Arguments.of("ParticipantClaims", IN_HANOI, 2), Arguments.of("ClaimArticle", IN_HANOI, 2),
				Arguments.of("ClaimEvidence", IN_HANOI, 2), Arguments.of("NameClaimEvidence", TO_LAM, 2),
				// events with structure: the 9 June 2023 talks (Dinh Tien Dung's one meeting) were part of
				// Torres Iribar's visit (his first meeting)
				Arguments.of("MeetingPartOf", OF_DUNG, 1), Arguments.of("MeetingParts", OF_TORRES_IRIBAR, 1),
				Arguments.of("MeetingPartsPartOf", OF_TORRES_IRIBAR, 2),
				// places and countries as root connections; labels and typed kinds cost nothing
				Arguments.of("PlacesCountry", Map.of("namePrefix", "hanoi"), 1),
				Arguments.of("PlacesWithin", Map.of("namePrefix", "palace"), 1),
				Arguments.of("CountriesAliases", Map.of("namePrefix", "vietnam"), 1),
				Arguments.of("MeetingLabels", IN_HANOI, 1));
	}

	/**
	 * Depth + 1 statements at most (the root page, then one per level, whatever the number of sources
	 * on that level), and exactly as many for a page of one as for a page of 100: a naive resolver
	 * would take 1 + N (+ N·M ...) statements.
	 */
	@ParameterizedTest(name = "{0}: depth {2}, at most {2} + 1 statements")
	@MethodSource("fields")
	void statementsAreAtMostDepthPlusOneWhateverThePageSize(String operation, Map<String, Object> filter,
			int depth) {
		long one = statements(operation, 1, filter);
		long hundred = statements(operation, 100, null);

		assertThat(one).as("statements for a page of one").isLessThanOrEqualTo(depth + 1);
		assertThat(hundred).as("statements for a page of up to 100").isEqualTo(one);
		// Every level runs under the one-item page (its filter picks an item that has the relation),
		// in a statement of its own unless the look-ahead joins it with its parent's.
		assertThat(one).as("statements for a page of one")
			.isEqualTo(depth + 1 - JOINED_LEVELS.getOrDefault(operation, 0));
	}

	/**
	 * The meetings of each pair of {@code activityByCountryPair}: one statement for the pairs of the
	 * response together (the corpus has two), then one per level below, as any relationship (the
	 * participants with their person in one, see {@link #JOINED_LEVELS}).
	 */
	@Test
	void theMeetingsOfEveryCountryPairAreOneStatementWhateverThePairsThenOnePerLevel() {
		long counts = statements("PairActivity");
		assertThat(this.graphQlTester.documentName("batching").operationName("PairActivity").execute()
			.path("activityByCountryPair").entityList(Object.class).get()).as("pairs").hasSizeGreaterThan(1);

		assertThat(statements("PairMeetings")).isEqualTo(counts + 1);
		assertThat(statements("PairMeetingsParticipants")).isEqualTo(counts + 2);
	}

	/**
	 * The nodes quoted within the sentences of article search hits: after the root (the index, then
	 * one statement for the articles), one statement for the quotes of all the hits' articles, then
	 * one per type of node among the entities, whatever the number of hits.
	 */
	@Test
	void theEntitiesOfArticleSearchHitsAreOneStatementThenOnePerNodeType() {
		for (int first : new int[] { 1, 100 }) {
			this.statistics.clear();
			List<String> types = this.graphQlTester.documentName("batching")
				.operationName("ArticleSearchEntities")
				.variable("first", first)
				.execute()
				.path("searchArticles.nodes[*].entities[*].__typename")
				.entityList(String.class)
				.get();
			if (first == 100) {
				assertThat(types).as("entities of the hits of a page of " + first).hasSizeGreaterThan(10);
				assertThat(types.stream().distinct().count()).as("their node types").isGreaterThan(1);
			}
			assertThat(this.statistics.getPrepareStatementCount()).as("statements for a page of " + first)
				.isEqualTo(2 + types.stream().distinct().count());
		}
	}

	/**
	 * The nodes of the change feed's changes (here the corpus loaded at start-up: every node created):
	 * one statement per node type among them; their audit entries none, for a caller who is no
	 * editor, and the corpus's changes have none (the feed itself is one JDBC statement, not counted).
	 */
	@Test
	void theNodesAndAuditEntriesOfChangesAreOneStatementPerNodeType() {
		List<String> types = this.graphQlTester.documentName("batching")
			.operationName("ChangeNodes")
			.execute()
			.path("changes.nodes[*].node.id")
			.entityList(String.class)
			.get()
			.stream()
			.map((id) -> org.diplomacygraph.values.GlobalId.decode(id).orElseThrow().type())
			.distinct()
			.toList();
		assertThat(types).as("node types among the first 100 changes").hasSizeGreaterThan(1);
		assertThat(statements("ChangeNodes")).isEqualTo(types.size());
		assertThat(statements("ChangeAudits")).isZero();
	}

	private long statements(String operation) {
		this.statistics.clear();
		this.graphQlTester.documentName("batching").operationName(operation).execute().errors().verify();
		return this.statistics.getPrepareStatementCount();
	}

	private long statements(String operation, int first, Map<String, Object> filter) {
		this.statistics.clear();
		this.graphQlTester.documentName("batching")
			.operationName(operation)
			.variable("first", first)
			.variable("filter", filter)
			.execute()
			.errors()
			.verify();
		return this.statistics.getPrepareStatementCount();
	}

}
