package org.diplomacygraph.synthetic;

import java.sql.SQLException;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diplomacy.synthetic.summit-share}: about that share of the meetings has 20–60 participants,
 * the others 2–8, and the fingerprint names the share (a graph without summits keeps its old one).
 */
@WriteApiTest
class SyntheticSummitTests {

	/** Scale 0.01, seed 7, a summit share of 0.2, in the store of the write tests for this class alone. */
	@BeforeAll
	static void syntheticGraph(@Autowired ApplicationContext context) throws SQLException {
		SyntheticFixture.generate(context, "0.01", 7, "0.2");
	}

	@AfterAll
	static void testCorpus(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aShareOfTheMeetingsAreSummitsOfTwentyToSixty() {
		Long summits = this.jdbc.queryForObject(
				"select count(*) from (select meeting_id from participant group by meeting_id having count(*) >= 20) summits",
				Long.class);
		assertThat(summits).isBetween(150L, 250L);
		assertThat(this.jdbc.queryForObject(
				"select max(n) from (select count(*) n from participant group by meeting_id) sizes", Integer.class))
			.isBetween(20, 60);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select meeting_id from participant group by meeting_id having count(*) between 9 and 19) middling",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select fingerprint from corpus_state", String.class))
			.isEqualTo("synthetic:" + SyntheticGraph.VERSION + ":scale=0.01:seed=7:summits=0.2");
	}

}
