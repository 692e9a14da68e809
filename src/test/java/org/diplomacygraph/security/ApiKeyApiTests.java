package org.diplomacygraph.security;

import java.util.Map;

import org.diplomacygraph.GraphQlHttp.Reply;
import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.TestKeys;
import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API keys over plain HTTP, as any client sends them: reads need none, mutations need an editor's;
 * a missing key is UNAUTHORIZED, a reader's FORBIDDEN, a wrong one refused with 401 before anything
 * runs, and none of these writes anything. A write with the editor's key succeeds, which proves that
 * the caller found by the filter reaches the mutation's data fetcher through the timeout of
 * {@code LimitsInterceptor}.
 */
// The tester is not used; the annotation makes the context the one the other tests of writes share.
@WriteApiTest
class ApiKeyApiTests {

	static final String ALIAS = GraphQlHttp.document("curation");

	static final Map<String, Object> INPUT = Map.of("input",
			Map.of("id", GlobalId.encode("Person", "ngo-thi-thanh-hang"), "alias", "Hang Ngo"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	@Test
	void readsNeedNoKey() {
		Reply reply = this.http.query("{ people(first: 1) { totalCount } }");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("errors").isMissingNode()).isTrue();
	}

	@Test
	void readsWithAValidKeyOfAnyRoleAnswer() {
		for (String key : new String[] { TestKeys.READER, TestKeys.EDITOR }) {
			Reply reply = this.http.query("{ people(first: 1) { totalCount } }", Map.of(), null, "Authorization",
					TestKeys.bearer(key));
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.body().path("data").path("people").path("totalCount").asInt()).isPositive();
		}
	}

	@Test
	void aMutationWithoutAKeyIsUnauthorizedAndWritesNothing() {
		var before = WriteFixture.snapshot(this.jdbc);
		Reply reply = this.http.query(ALIAS, INPUT, "AddAlias");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.error()).isEqualTo(
				"This operation needs the header `Authorization: Bearer <api key>` with the key of an editor");
		assertThat(reply.classification()).isEqualTo("UNAUTHORIZED");
		assertThat(reply.body().path("errors").get(0).path("path").get(0).asString()).isEqualTo("addAlias");
		assertThat(reply.body().path("data").isNull()).isTrue();
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aMutationWithAReadersKeyIsForbiddenAndWritesNothing() {
		var before = WriteFixture.snapshot(this.jdbc);
		Reply reply = this.http.query(ALIAS, INPUT, "AddAlias", "Authorization", TestKeys.bearer(TestKeys.READER));

		assertThat(reply.error())
			.isEqualTo("The API key 'test-reader' has the role reader; this operation needs the role editor");
		assertThat(reply.classification()).isEqualTo("FORBIDDEN");
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aWrongKeyIsRefusedWith401BeforeAnythingRunsForMutationsAndReads() {
		var before = WriteFixture.snapshot(this.jdbc);
		for (String query : new String[] { ALIAS, "{ people(first: 1) { totalCount } }" }) {
			Reply reply = this.http.query(query, query.equals(ALIAS) ? INPUT : Map.of(),
					query.equals(ALIAS) ? "AddAlias" : null, "Authorization", "Bearer " + TestKeys.EDITOR + "x");

			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
			assertThat(reply.error()).isEqualTo("The API key in the Authorization header is not valid");
			assertThat(reply.classification()).isEqualTo("UNAUTHORIZED");
		}
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void anAuthorizationHeaderOfAnotherSchemeIsRefused() {
		Reply reply = this.http.query(ALIAS, INPUT, "AddAlias", "Authorization", "Basic dGVzdDp0ZXN0");

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.error()).isEqualTo("The Authorization header must be `Bearer <api key>`");
		assertThat(reply.classification()).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void aMutationWithAnEditorsKeyWritesAndIsAuditedUnderTheKeysName() {
		long audited = WriteFixture.auditEntries(this.jdbc);
		Map<String, Object> input = Map.of("input",
				Map.of("id", GlobalId.encode("Person", "ngo-thi-thanh-hang"), "alias", "Audited Hang"));
		Reply reply = this.http.query(ALIAS, input, "AddAlias", "Authorization", TestKeys.bearer(TestKeys.EDITOR));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("errors").isMissingNode()).as(reply.body().toString()).isTrue();
		assertThat(reply.body().path("data").path("addAlias").path("node").path("aliases").toString())
			.contains("Audited Hang");
		assertThat(WriteFixture.auditEntries(this.jdbc)).isEqualTo(audited + 1);
		assertThat(this.jdbc.queryForObject("select actor from audit_entry order by id desc limit 1", String.class))
			.isEqualTo("test-editor");
	}

	@Test
	void sessionsAndCookiesAreNeverMade() {
		Reply reply = this.http.query(ALIAS, INPUT, "AddAlias", "Authorization", TestKeys.bearer(TestKeys.EDITOR));
		assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
	}

}
