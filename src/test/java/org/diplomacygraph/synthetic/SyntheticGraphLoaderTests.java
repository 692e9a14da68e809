package org.diplomacygraph.synthetic;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.match.Candidate;
import org.diplomacygraph.match.EntityQuery;
import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.match.MeetingQuery;
import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic profile at a small scale: the graph has the sizes the scale promises and obeys the
 * corpus rules (every quote stands verbatim at its offsets), the article corpus is not loaded, and
 * the API and search answer from it.
 */
@WriteApiTest
class SyntheticGraphLoaderTests {

	/** Scale 0.01, seed 7, in the store of the write tests for this class alone. */
	@BeforeAll
	static void syntheticGraph(@Autowired ApplicationContext context) throws SQLException {
		SyntheticFixture.generate(context, "0.01", 7, "0");
	}

	@AfterAll
	static void testCorpus(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	Matcher matcher;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/** Patient: the first requests of a fresh context on two busy cores may take seconds. */
	@BeforeEach
	void patientTester() {
		this.graphQlTester = this.graphQlTester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void theGraphHasTheSizesOfItsScaleAndNoArticleOfTheCorpus() {
		SyntheticGraph.Counts counts = SyntheticGraph.Counts.of(new BigDecimal("0.01"));
		assertThat(count("person")).isEqualTo(counts.people()).isEqualTo(100);
		assertThat(count("organisation")).isEqualTo(counts.organisations()).isEqualTo(20);
		assertThat(count("meeting")).isEqualTo(counts.meetings()).isEqualTo(1000);
		assertThat(count("agreement")).isEqualTo(counts.agreements()).isEqualTo(200);
		assertThat(count("participant")).isBetween(2L * 1000, 8L * 1000);
		assertThat(count("person_position")).isBetween(100L, 300L);
		assertThat(this.jdbc.queryForObject("select count(*) from article where id not like 'synthetic-%'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select fingerprint from corpus_state", String.class))
			.isEqualTo("synthetic:" + SyntheticGraph.VERSION + ":scale=0.01:seed=7");
	}

	@Test
	void everyFactHasEvidenceQuotedVerbatimAtItsOffsets() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from evidence e join article a on a.id = e.article_id
				where substring(a.text, e.start_offset + 1, e.end_offset - e.start_offset) <> e.quote""", Long.class))
			.isZero();
		for (String[] subject : new String[][] { { "MEETING", "meeting" }, { "PARTICIPANT", "participant" },
				{ "PERSON", "person" }, { "POSITION", "person_position" }, { "AGREEMENT", "agreement" },
				{ "SIGNATORY", "signatory" }, { "AGREEMENT_PARTY", "agreement_party" },
				{ "ORGANISATION", "organisation" } }) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + subject[1]
					+ " s where not exists (select 1 from evidence e where e.subject_type = ? and e.subject_id = s.id)",
					Long.class, subject[0]))
				.as(subject[1] + " without evidence")
				.isZero();
		}
	}

	@Test
	void theApiAndSearchAnswerFromTheSyntheticGraph() {
		String name = this.jdbc.queryForObject("select alias from person_alias where person_id = 'person-0000000'",
				String.class);
		this.graphQlTester.document("{ search(query: \"" + name + "\", types: [PERSON], first: 5) { matched } }")
			.execute()
			.path("search[*].matched")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).isNotEmpty());
		this.graphQlTester.document("{ meetings(first: 3) { nodes { title participants { person { name } } } } }")
			.execute()
			.path("meetings.nodes[*].participants")
			.entityList(Object.class)
			.hasSize(3);
	}

	@Test
	void theMatcherFindsSyntheticRecordsThroughTheIndexInAFewStatements() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		String person = "person-0000000";
		String name = this.jdbc.queryForObject("select name from person where id = ?", String.class, person);
		statistics.clear();
		Ranking people = this.matcher.entities(EntityQuery.named(RecordType.PERSON, name), 5);
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(6);
		assertThat(people.candidates()).extracting(Candidate::id).contains(person);
		assertThat(people.best().get().score()).isEqualTo(100);
		String meeting = this.jdbc.queryForObject(
				"select meeting_id from participant where person_id = ? order by meeting_id limit 1", String.class, person);
		String day = this.jdbc.queryForObject("select held_on from meeting where id = ?", String.class, meeting);
		statistics.clear();
		Ranking meetings = this.matcher.meetings(new MeetingQuery(null, null, PartialDate.parse(day), null, null, null,
				Set.of(person), Set.of()), 5);
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(12);
		assertThat(meetings.candidates()).extracting(Candidate::id).contains(meeting);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
