package org.diplomacygraph.curation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.TestKeys;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the tests of writes share: the testers of each kind of caller, and a snapshot of every table
 * a write may touch, to prove that a refused write changed nothing.
 */
public final class WriteFixture {

	/**
	 * Writes go to a database of their own, so that no other test class sees a merged graph; every
	 * test class of writes names exactly these properties, so they share one application context.
	 * Under {@code -Ppostgres} that is the server's second database ({@code DIPLOMACY_TEST_WRITES_DB_URL},
	 * made by src/test/postgres/start), so the writes are tested on PostgreSQL too.
	 */
	public static final String DATABASE = "spring.datasource.url=${diplomacy.test.writes-db-url:jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1}";

	private static final List<String> TABLES = List.of("audit_entry", "curation_action", "entity_redirect", "person",
			"person_alias", "person_position", "participant", "signatory", "organisation", "organisation_alias",
			"meeting_organisation", "agreement_party", "place", "place_alias", "place_enclosure", "country",
			"country_alias", "meeting", "meeting_organisation", "meeting_topic", "agreement", "agreement_field",
			"article", "ingested_article", "evidence", "claim");

	private WriteFixture() {
	}

	/** Without a key; patient, since the first request of a fresh context on two busy cores takes seconds. */
	public static HttpGraphQlTester anonymous(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	public static HttpGraphQlTester editor(HttpGraphQlTester tester) {
		return anonymous(tester).mutate().header("Authorization", TestKeys.bearer(TestKeys.EDITOR)).build();
	}

	public static HttpGraphQlTester reader(HttpGraphQlTester tester) {
		return anonymous(tester).mutate().header("Authorization", TestKeys.bearer(TestKeys.READER)).build();
	}

	/** Every row of every table a write may touch. */
	public static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc) {
		Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table, jdbc.queryForList("select * from " + table + " order by 1, 2"));
		}
		return rows;
	}

	public static long auditEntries(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
	}

	/** Runs an operation of a test document with variables (errors are the caller's to check). */
	public static GraphQlTester.Response run(GraphQlTester tester, String document, String operation,
			Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.documentName(document).operationName(operation);
		variables.forEach(request::variable);
		return request.execute();
	}

}
