package org.diplomacygraph.curation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.CorpusRewrite;
import org.diplomacygraph.TestKeys;
import org.diplomacygraph.ingest.CorpusProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of writes share: the testers of each kind of caller, and a snapshot of every table
 * a write may touch, to prove that a refused write changed nothing.
 */
public final class WriteFixture {

	private static final List<String> TABLES = List.of("audit_entry", "curation_action", "entity_redirect", "person",
			"person_alias", "person_position", "participant", "signatory", "organisation", "organisation_alias",
			"meeting_organisation", "agreement_party", "place", "place_alias", "place_enclosure", "country",
			"country_alias", "meeting", "meeting_organisation", "meeting_topic", "agreement", "agreement_field",
			"article", "ingested_article", "evidence", "claim", "article_version");

	/** The tables of records that evidence and claims are about, by subject type. */
	private static final Map<String, String> SUBJECT_TABLES = Map.of("PERSON", "person", "ORGANISATION", "organisation",
			"PLACE", "place", "COUNTRY", "country", "POSITION", "person_position", "MEETING", "meeting", "PARTICIPANT",
			"participant", "AGREEMENT", "agreement", "AGREEMENT_PARTY", "agreement_party", "SIGNATORY", "signatory");

	private WriteFixture() {
	}

	/**
	 * Brings the store of the write tests back to a corpus alone, as a database of one test class
	 * would be, in the one context they share: everything written through the API is deleted (merges,
	 * redirects, ingested articles, their earlier versions, editors' claims, the audit log), then the
	 * corpus at the location is written and the search index rebuilt ({@link CorpusRewrite#load}). For
	 * tests whose records the other write tests would merge or extend, and for tests of another corpus
	 * (which end with a fresh store of the corpus the contexts load again).
	 */
	public static void freshStore(ApplicationContext context, String location) {
		clearWrites(context);
		context.getBean(CorpusRewrite.class).load(location);
	}

	/**
	 * Deletes everything written through the API (merges, redirects, ingested articles, their
	 * earlier versions, editors' claims, the audit log) and the fingerprint of the stored corpus, so
	 * that the next corpus load rewrites the store; the graph stays until then.
	 */
	public static void clearWrites(ApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
			for (String table : List.of("claim", "article_version", "ingested_article", "curation_action",
					"entity_redirect", "audit_entry", "corpus_state")) {
				jdbc.update("delete from " + table);
			}
		});
	}

	/** {@link #freshStore(ApplicationContext, String)} of the test corpus the contexts load. */
	public static void freshStore(ApplicationContext context) {
		freshStore(context, context.getBean(CorpusProperties.class).location());
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

	/**
	 * The participations, signatures and agreement parties whose ID is not the one their two ends
	 * derive ({@code Participant.idOf}, {@code Signatory.idOf}, {@code AgreementParty.idOf}): the
	 * ingest compiler finds stored rows by that ID, so after any merge there must be none.
	 */
	public static List<String> underivedIds(JdbcTemplate jdbc) {
		List<String> ids = new ArrayList<>();
		ids.addAll(jdbc.queryForList("select id from participant where id <> meeting_id || '#' || person_id", String.class));
		ids.addAll(jdbc.queryForList("select id from signatory where id <> agreement_id || '#' || person_id", String.class));
		ids.addAll(jdbc.queryForList("select id from agreement_party where id <> agreement_id || '#' || case when "
				+ "organisation_id is not null then 'organisation:' || organisation_id else 'country:' || country_id end",
				String.class));
		return ids;
	}

	/** Evidence rows and claims about records that are not stored (e.g. left behind by a merge), as type:id. */
	public static List<String> orphans(JdbcTemplate jdbc) {
		List<String> orphans = new ArrayList<>();
		SUBJECT_TABLES.forEach((type, table) -> {
			for (String rows : List.of("evidence", "claim")) {
				orphans.addAll(jdbc.queryForList("select '" + rows + " of ' || subject_type || ':' || subject_id from " + rows
						+ " r where subject_type = ? and not exists (select 1 from " + table + " t where t.id = r.subject_id)",
						String.class, type));
			}
		});
		return orphans;
	}

	/**
	 * Runs a write that must be refused: it answers with exactly this user error and a null node, and
	 * nothing is written (every row of every table a write may touch is as before).
	 */
	public static void assertRefused(GraphQlTester editor, JdbcTemplate jdbc, String document, String operation,
			Map<String, Object> input, String field, List<String> path, String message, String code) {
		var before = snapshot(jdbc);
		GraphQlTester.Response response = run(editor, document, operation, Map.of("input", input));
		response.errors().verify();
		response.path(field + ".node").valueIsNull();
		response.path(field + ".userErrors").entityList(Map.class).hasSize(1);
		response.path(field + ".userErrors[0].field").entityList(String.class).isEqualTo(path);
		response.path(field + ".userErrors[0].message").entity(String.class).isEqualTo(message);
		response.path(field + ".userErrors[0].code").entity(String.class).isEqualTo(code);
		assertThat(snapshot(jdbc)).isEqualTo(before);
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
