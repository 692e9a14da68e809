package org.diplomacygraph.synthetic;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diplomacy.synthetic.summit-share}: about that share of the meetings has 20–60 participants,
 * the others 2–8, and the fingerprint names the share (a graph without summits keeps its old one).
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:summits;DB_CLOSE_DELAY=-1",
		"diplomacy.synthetic.scale=0.01", "diplomacy.synthetic.seed=7", "diplomacy.synthetic.summit-share=0.2" })
@ActiveProfiles("synthetic")
class SyntheticSummitTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aShareOfTheMeetingsAreSummitsOfTwentyToSixty() {
		Long summits = this.jdbc.queryForObject(
				"select count(*) from (select meeting_id from participant group by meeting_id having count(*) >= 20)",
				Long.class);
		assertThat(summits).isBetween(150L, 250L);
		assertThat(this.jdbc.queryForObject(
				"select max(n) from (select count(*) n from participant group by meeting_id)", Integer.class))
			.isBetween(20, 60);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from (select meeting_id from participant group by meeting_id having count(*) between 9 and 19)",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select fingerprint from corpus_state", String.class))
			.isEqualTo("synthetic:" + SyntheticGraph.VERSION + ":scale=0.01:seed=7:summits=0.2");
	}

}
