package org.diplomacygraph.web;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.GraphQlHttp.Reply;
import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.values.GlobalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or mistaken input over HTTP that is well-formed GraphQL: IDs of no or the wrong type in
 * {@code node}, and search strings that look like SQL or Lucene syntax. Each gets a clear answer,
 * nothing in the graph changes, and the server keeps serving.
 */
@ApiTest
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
	@ValueSource(strings = { "\"; drop table article; --", "text_en:rice OR 1=1", "{!lucene}rice", "rice\\",
			"gift) OR (1=1", "rice~ gift* /re.+/ [a TO z] ^2 && || !", "<script>alert(1)</script> rice" })
	void injectionLikeArticleSearchStringsAreOnlyWords(String query) {
		Reply reply = this.http.query("query($q: String!) { searchArticles(query: $q) { nodes { sentence } } }",
				Map.of("q", query), null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().has("errors")).as(reply.body().toString()).isFalse();
		assertThat(reply.body().path("data").path("searchArticles").path("nodes").isArray()).isTrue();
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

	static Stream<Arguments> overLongOrInvisibleArguments() {
		String huge = "x".repeat(60_000);
		String longId = "A".repeat(60_000);
		String bogus = "b".repeat(150);
		String cut = "b".repeat(100) + "… (150 characters)";
		return Stream.of(
				Arguments.of("query($v: ID!) { node(id: $v) { id } }", longId, "BAD_REQUEST",
						"`id` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: ID!) { nodes(ids: [\"UGVyc29uOnRvLWxhbQ\", $v]) { id } }", longId, "BAD_REQUEST",
						"`ids[1]` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: ID!) { node(id: $v) { id } }", "UGVy\u200bc29u", "BAD_REQUEST",
						"`id` must not contain the format character U+200B (at offset 4)"),
				Arguments.of("query($v: ID!) { node(id: $v) { id } }", bogus, "NOT_FOUND",
						"Could not resolve to a node with the global id of '" + cut + "'"),
				Arguments.of("query($v: String) { people(filter: {name: $v}) { totalCount } }", huge, "BAD_REQUEST",
						"`filter.name` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: String) { organisations(filter: {name: $v}) { totalCount } }", huge, "BAD_REQUEST",
						"`filter.name` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: String) { people(filter: {name: $v}) { totalCount } }", "\u00a0\u3000", "BAD_REQUEST",
						"`filter.name` must contain at least one letter or digit"),
				Arguments.of("query($v: String) { people(filter: {name: $v}) { totalCount } }", "\u200b", "BAD_REQUEST",
						"`filter.name` must contain at least one letter or digit"),
				Arguments.of("query($v: String) { organisations(filter: {name: $v}) { totalCount } }", "Ha\u200fnoi",
						"BAD_REQUEST", "`filter.name` must not contain the format character U+200F (at offset 2)"),
				Arguments.of("query($v: String!) { search(query: $v) { matched } }", huge, "BAD_REQUEST",
						"`query` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: String!) { search(query: $v) { matched } }", "Ha\u0000noi", "BAD_REQUEST",
						"`query` must not contain the control character U+0000 (at offset 2)"),
				Arguments.of("query($v: String!) { search(query: $v) { matched } }", "Hanoi\ud800", "BAD_REQUEST",
						"`query` must not contain the unpaired surrogate U+D800 (at offset 5)"),
				Arguments.of("query($v: String!) { searchArticles(query: $v) { nodes { sentence } } }", huge,
						"BAD_REQUEST", "`query` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: String!) { searchArticles(query: $v) { nodes { sentence } } }", "Ha\u0000noi",
						"BAD_REQUEST", "`query` must not contain the control character U+0000 (at offset 2)"),
				Arguments.of("query($v: String) { searchArticles(query: \"rice\", language: $v) { nodes { sentence } } }",
						huge, "BAD_REQUEST", "`language` may have at most 20 characters, got 60000"),
				Arguments.of("query($v: String) { searchArticles(query: \"rice\", after: $v) { nodes { sentence } } }",
						huge, "BAD_REQUEST", "`after` may have at most 4096 characters, got 60000"),
				Arguments.of("query($v: String) { searchArticles(query: \"rice\", after: $v) { nodes { sentence } } }",
						bogus, "BAD_REQUEST", "`after` is not a valid cursor: '" + cut
								+ "'; pass a cursor returned by this connection"),
				Arguments.of("query($v: ID) { meetings(filter: {participant: $v}) { totalCount } }", longId, "BAD_REQUEST",
						"`filter.participant` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: ID) { meetings(filter: {country: $v}) { totalCount } }", bogus, "BAD_REQUEST",
						"`filter.country` is not a valid ID: '" + cut + "'"),
				Arguments.of("query($v: ID) { agreements(filter: {party: $v}) { totalCount } }", longId, "BAD_REQUEST",
						"`filter.party` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: String) { articles(filter: {language: $v}) { totalCount } }", huge, "BAD_REQUEST",
						"`filter.language` may have at most 20 characters, got 60000"),
				Arguments.of("query($v: String) { articles(filter: {publisher: $v}) { totalCount } }", huge, "BAD_REQUEST",
						"`filter.publisher` may have at most 200 characters, got 60000"),
				Arguments.of("query($v: String) { people(after: $v) { totalCount } }", huge, "BAD_REQUEST",
						"`after` may have at most 4096 characters, got 60000"),
				Arguments.of("query($v: String) { meetings(before: $v, last: 1) { totalCount } }", bogus, "BAD_REQUEST",
						"`before` is not a valid cursor: '" + cut + "'; pass a cursor returned by this connection"),
				// graphql-java's own messages: quoted values cut short too.
				Arguments.of("query($v: PartialDate) { meetings(filter: {date: {from: $v}}) { totalCount } }", "0000",
						"ValidationError", "impossible date '0000': there is no year 0000, years start at 0001"),
				Arguments.of("query($v: PartialDate) { meetings(filter: {date: {from: $v}}) { totalCount } }", huge,
						"ValidationError", "malformed date '" + "x".repeat(100) + "… (60000 characters)'"),
				Arguments.of("query($v: PersonOrderField!) { people(orderBy: {field: $v}) { totalCount } }", huge,
						"ValidationError", "'" + "x".repeat(100) + "… (60000 characters)'"));
	}

	@ParameterizedTest(name = "{3}")
	@MethodSource("overLongOrInvisibleArguments")
	void anOverLongOrInvisibleArgumentIsRefusedWithAShortMessage(String query, String value, String classification,
			String message) {
		// Written by hand, every character outside ASCII as a JSON escape, so that a lone surrogate
		// arrives as JSON's "\\ud800" (a client's UTF-8 encoder would turn it into '?').
		String body = "{\"query\": " + json(query) + ", \"variables\": {\"v\": " + json(value) + "}}";
		Reply reply = this.http.post("application/json", body, "Accept", GraphQlHttp.GRAPHQL_RESPONSE);

		assertThat(reply.classification()).isEqualTo(classification);
		if (classification.equals("ValidationError")) {
			assertThat(reply.error()).contains(message);
		}
		else {
			assertThat(reply.error()).isEqualTo(message);
		}
		assertThat(reply.error()).hasSizeLessThan(300);
	}

	private static String json(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7e) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
