package org.diplomacygraph.system;

import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.diplomacygraph.model.GlobalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batching promise, field by field: a query's SQL statement count depends on its shape, never
 * on how many rows it returns. Each relationship field is selected under a root page of one item
 * (filtered to an item that has the relationship, so every level runs) and of up to 100 items.
 * Statements are counted by Hibernate's statistics, which count globally, across the threads batch
 * loaders may run on.
 */
@SpringBootTest
@AutoConfigureGraphQlTester
class BatchingTests {

	private static final Map<String, Object> TO_LAM = Map.of("name", "to lam");

	private static final Map<String, Object> HANOI_PARTY_COMMITTEE = Map.of("name", "hanoi party committee");

	private static final Map<String, Object> IN_HANOI = Map.of("place", GlobalId.encode("Place", "hanoi"));

	private static final Map<String, Object> AT_THE_PALACE = Map.of("place",
			GlobalId.encode("Place", "palace-of-the-revolution"));

	private static final Map<String, Object> OF_THE_HANOI_PARTY_COMMITTEE = Map.of("party",
			GlobalId.encode("Organisation", "hanoi-party-committee"));

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void statistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	static Stream<Arguments> fields() {
		return Stream.of(
				// operation, filter for the one-item page, statements: root page + one per level
				Arguments.of("PersonAliases", TO_LAM, 2), Arguments.of("PersonNationality", TO_LAM, 2),
				Arguments.of("PersonPositions", TO_LAM, 2), Arguments.of("PersonMeetings", TO_LAM, 2),
				Arguments.of("PersonAgreements", TO_LAM, 3), Arguments.of("PersonCounterparts", TO_LAM, 2),
				Arguments.of("PersonEvidence", TO_LAM, 2), Arguments.of("PositionPerson", TO_LAM, 3),
				Arguments.of("PositionOrganisation", TO_LAM, 3), Arguments.of("PositionCountry", TO_LAM, 3),
				Arguments.of("PositionEvidence", TO_LAM, 3), Arguments.of("CountryAliases", TO_LAM, 3),
				Arguments.of("CountryEvidence", TO_LAM, 3),
				Arguments.of("OrganisationAliases", HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("OrganisationCountry", HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("OrganisationParent", HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("OrganisationChildren", HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("OrganisationPositions", HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("OrganisationMeetings", HANOI_PARTY_COMMITTEE, 3),
				Arguments.of("OrganisationAgreements", HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("OrganisationEvidence", HANOI_PARTY_COMMITTEE, 2), Arguments.of("MeetingPlace", IN_HANOI, 2),
				Arguments.of("MeetingCountry", IN_HANOI, 2), Arguments.of("MeetingParticipants", IN_HANOI, 2),
				Arguments.of("MeetingOrganisations", IN_HANOI, 3), Arguments.of("MeetingAgreements", IN_HANOI, 2),
				Arguments.of("MeetingTopics", IN_HANOI, 2), Arguments.of("MeetingEvidence", IN_HANOI, 2),
				Arguments.of("PlaceAliases", IN_HANOI, 3), Arguments.of("PlaceCountry", IN_HANOI, 3),
				Arguments.of("PlaceWithin", AT_THE_PALACE, 3), Arguments.of("PlaceEvidence", IN_HANOI, 3),
				Arguments.of("ParticipantPerson", IN_HANOI, 3), Arguments.of("ParticipantCapacity", IN_HANOI, 3),
				Arguments.of("ParticipantEvidence", IN_HANOI, 3),
				Arguments.of("AgreementParties", OF_THE_HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("AgreementSignatories", OF_THE_HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("AgreementMeeting", OF_THE_HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("AgreementFields", OF_THE_HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("AgreementEvidence", OF_THE_HANOI_PARTY_COMMITTEE, 2),
				Arguments.of("ArticleEvidence", Map.of(), 2), Arguments.of("EvidenceArticle", Map.of(), 3));
	}

	@ParameterizedTest(name = "{0}: {2} statements")
	@MethodSource("fields")
	void statementsDoNotDependOnThePageSize(String operation, Map<String, Object> filter, long expected) {
		long one = statements(operation, 1, filter);
		long hundred = statements(operation, 100, null);

		assertThat(one).as("statements for a page of one").isEqualTo(expected);
		assertThat(hundred).as("statements for a page of up to 100").isEqualTo(expected);
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
