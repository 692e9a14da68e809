package org.diplomacygraph.system;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.diplomacygraph.model.GlobalId;
import org.diplomacygraph.system.GraphQlHttp.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or mistaken input over HTTP that is well-formed GraphQL: IDs of no or the wrong type in
 * {@code node}, and search strings that look like SQL or Lucene syntax. Each gets a clear answer,
 * nothing in the graph changes, and the server keeps serving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputApiTests {

	static final String COUNTS = "select (select count(*) from person) + (select count(*) from meeting) "
			+ "+ (select count(*) from evidence)";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	GraphQlHttp http;

	long rows;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		this.rows = this.jdbc.queryForObject(COUNTS, Long.class);
	}

	@AfterEach
	void nothingChangedAndStillServing() {
		assertThat(this.jdbc.queryForObject(COUNTS, Long.class)).isEqualTo(this.rows);
		assertThat(this.http.query("{ people(first: 1) { totalCount } }").status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"; drop table person; --", "'; delete from person where '1'='1", "name:* OR 1=1",
			"{!lucene}hanoi", "hanoi\\", "lam) OR (1=1", "<script>alert(1)</script> lam" })
	void injectionLikeSearchStringsAreOnlyWords(String query) {
		Reply reply = this.http.query("query($q: String!) { search(query: $q) { node { id } matched } }",
				Map.of("q", query), null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().has("errors")).as(reply.body().toString()).isFalse();
		assertThat(reply.body().path("data").path("search").isArray()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Evidence:1", "Meeting:no-such-meeting", "Nation:vietnam", "Person" })
	void anIdOfNoOrAnUnknownNodeTypeIsNotFound(String raw) {
		String id = GlobalId.encode(raw.contains(":") ? raw.substring(0, raw.indexOf(':')) : raw,
				raw.contains(":") ? raw.substring(raw.indexOf(':') + 1) : "");

		Reply reply = this.http.query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id), null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("data").path("node").isNull()).isTrue();
		assertThat(reply.error()).isEqualTo("Could not resolve to a node with the global id of '" + id + "'");
		assertThat(reply.classification()).isEqualTo("NOT_FOUND");
	}

}
