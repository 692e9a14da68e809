package org.diplomacygraph.endpoint;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as the specification has it: media types, status codes, methods, and a
 * GraphQL-shaped error for every request that never reaches GraphQL; each bad request runs no SQL,
 * and the server keeps serving after it.
 */
@ApiTest
class HttpProtocolApiTests {

	static final String MEETINGS = "{ meetings(first: 1) { totalCount } }";

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	GraphQlHttp http;

	Statistics statistics;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@AfterEach
	void stillServing() {
		Reply reply = this.http.query(MEETINGS);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("data").path("meetings").path("totalCount").asInt()).isEqualTo(9);
	}

	static Stream<Arguments> malformedPosts() {
		return Stream.of(
				Arguments.of("application/json", "{\"query\": ", 400,
						"The request body is not valid JSON: Unexpected end-of-input within/between Object entries"),
				Arguments.of("application/json", "not json", 400,
						"The request body is not valid JSON: Unrecognized token 'not': was expecting "
								+ "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
				Arguments.of("application/json", "", 400, "The request body is empty; send a JSON object with a `query`"),
				Arguments.of("application/json", "  \n ", 400,
						"The request body is empty; send a JSON object with a `query`"),
				Arguments.of("application/json", "[{\"query\": \"" + MEETINGS + "\"}]", 400,
						"Batched requests (a JSON array) are not supported; send one JSON object per request"),
				Arguments.of("application/json", "\"" + MEETINGS + "\"", 400,
						"The request body must be a JSON object with a `query`"),
				Arguments.of("application/json", "{}", 400, "The request has no `query`"),
				Arguments.of("application/json", "{\"query\": 5}", 400, "`query` must be a non-empty string"),
				Arguments.of("application/json", "{\"query\": \" \"}", 400, "`query` must be a non-empty string"),
				Arguments.of("application/json", "{\"query\": \"" + MEETINGS + "\", \"variables\": \"x\"}", 400,
						"`variables` must be a JSON object or null"),
				Arguments.of("application/json", "{\"query\": \"" + MEETINGS + "\", \"variables\": [1]}", 400,
						"`variables` must be a JSON object or null"),
				Arguments.of("application/json", "{\"query\": \"" + MEETINGS + "\", \"operationName\": 1}", 400,
						"`operationName` must be a string or null"),
				Arguments.of("application/json", "{\"query\": \"" + MEETINGS + "\", \"extensions\": true}", 400,
						"`extensions` must be a JSON object or null"),
				Arguments.of("application/json", "{\"query\": \"" + MEETINGS + "\", \"operationName\": \"" + "Q".repeat(60_000)
						+ "\"}", 400, "`operationName` may have at most 200 characters, got 60000"),
				Arguments.of("text/plain", "{\"query\": \"" + MEETINGS + "\"}", 415,
						"A GraphQL POST request must have Content-Type: application/json, got 'text/plain'"),
				Arguments.of("application/graphql", MEETINGS, 415,
						"A GraphQL POST request must have Content-Type: application/json, got 'application/graphql'"),
				Arguments.of("application/x-www-form-urlencoded", "query=x", 415, "A GraphQL POST request must have "
						+ "Content-Type: application/json, got 'application/x-www-form-urlencoded'"),
				Arguments.of("not a media type", "{}", 415,
						"A GraphQL POST request must have Content-Type: application/json, got 'not a media type'"),
				Arguments.of(null, "{\"query\": \"" + MEETINGS + "\"}", 415,
						"A GraphQL POST request must have Content-Type: application/json, got none"));
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@MethodSource("malformedPosts")
	void aRequestThatIsNoGraphQlRequestGetsOneErrorAndRunsNothing(String contentType, String body, int status,
			String message) {
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.post(contentType, body, "Accept", GraphQlHttp.GRAPHQL_RESPONSE);

		assertThat(reply.status()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/json");
		assertThat(reply.error()).isEqualTo(message);
		assertThat(reply.classification()).isEqualTo("BAD_REQUEST");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);
	}

	static Stream<Arguments> notUtf8() {
		byte[] prefix = ("{\"query\": \"query($q: String!) { search(query: $q) { matched } }\", "
				+ "\"variables\": {\"q\": \"Ha").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return Stream.of(Arguments.of("a lone continuation byte", prefix, new byte[] { (byte) 0x80 }),
				Arguments.of("Latin-1 é", prefix, new byte[] { (byte) 0xE9, 'n' }),
				Arguments.of("an overlong slash", prefix, new byte[] { (byte) 0xC0, (byte) 0xAF }),
				Arguments.of("an encoded surrogate", prefix, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notUtf8")
	void aBodyThatIsNotUtf8Is400AndNothingRuns(String what, byte[] prefix, byte[] bad) {
		byte[] tail = "noi\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] body = new byte[prefix.length + bad.length + tail.length];
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		System.arraycopy(bad, 0, body, prefix.length, bad.length);
		System.arraycopy(tail, 0, body, prefix.length + bad.length, tail.length);
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.post("application/json", body, "Accept", GraphQlHttp.GRAPHQL_RESPONSE);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("The request body is not valid UTF-8: a malformed byte sequence at byte "
				+ prefix.length);
		assertThat(reply.classification()).isEqualTo("BAD_REQUEST");
		assertThat(reply.body().toString()).doesNotContain("\ufffd");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);
	}

	static Stream<Arguments> duplicateKeys() {
		return Stream.of(
				Arguments.of("{\"query\": \"{ __typename }\", \"query\": \"" + MEETINGS + "\"}", "query"),
				Arguments.of("{\"query\": \"query($n: Int) { meetings(first: $n) { totalCount } }\", "
						+ "\"variables\": {\"n\": 1, \"n\": 2}}", "n"),
				Arguments.of("{\"query\": \"" + MEETINGS + "\", \"extensions\": {\"a\": {\"b\": 1, \"b\": 1}}}", "b"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("duplicateKeys")
	void aKeyGivenTwiceInAnyObjectIs400InsteadOfTheLastOneWinning(String body, String key) {
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.post("application/json", body, "Accept", GraphQlHttp.GRAPHQL_RESPONSE);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("The request body is not valid JSON: Duplicate Object property \"" + key + "\"");
		assertThat(reply.classification()).isEqualTo("BAD_REQUEST");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);
	}

	@Test
	void getWithAKeyGivenTwiceInVariablesIs400() {
		Reply reply = this.http.get(Map.of("query", "query($n: Int) { meetings(first: $n) { totalCount } }",
				"variables", "{\"n\": 1, \"n\": 2}"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("The `variables` parameter is not valid JSON: Duplicate Object property \"n\"");
	}

	@Test
	void aSpecClientGetsGraphQlResponseJsonAndALegacyClientJson() {
		assertThat(this.http.query(MEETINGS).contentType()).isEqualTo(GraphQlHttp.GRAPHQL_RESPONSE);
		Reply legacy = this.http.post("application/json", "{\"query\": \"" + MEETINGS + "\"}", "Accept",
				"application/json");
		assertThat(legacy.status()).isEqualTo(200);
		assertThat(legacy.contentType()).isEqualTo("application/json");
		Reply noPreference = this.http.post("application/json", "{\"query\": \"" + MEETINGS + "\"}");
		assertThat(noPreference.contentType()).isEqualTo("application/json");
		Reply charset = this.http.post("application/json; charset=utf-8", "{\"query\": \"" + MEETINGS + "\"}");
		assertThat(charset.status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{ meetings { ", "{ nope }", "{ meetings(first: \"x\") { totalCount } }" })
	void aDocumentThatDoesNotParseOrValidateIs400ForSpecClientsAnd200ForLegacyOnes(String document) {
		Reply spec = this.http.query(document);
		assertThat(spec.status()).isEqualTo(400);
		assertThat(spec.body().has("data")).isFalse();

		Reply legacy = this.http.post("application/json", "{\"query\": \"" + document.replace("\"", "\\\"") + "\"}",
				"Accept", "application/json");
		assertThat(legacy.status()).isEqualTo(200);
		assertThat(legacy.body().path("errors").get(0).path("extensions").path("classification").asString())
			.isIn("InvalidSyntax", "ValidationError");
	}

	@Test
	void aFieldErrorWithDataIs200() {
		String unknown = GlobalId.encode("Person", "nobody");
		Reply reply = this.http.query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", unknown), null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("data").has("node")).isTrue();
		assertThat(reply.classification()).isEqualTo("NOT_FOUND");
	}

	@Test
	void getRunsAQueryWithVariablesAndOperationName() {
		Reply reply = this.http.get(Map.of("query", "query A { x: __typename } query B($n: Int) { meetings(first: $n) "
				+ "{ nodes { title } } }", "operationName", "B", "variables", "{\"n\": 2}"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("data").path("meetings").path("nodes").size()).isEqualTo(2);
		assertThat(reply.body().path("extensions").path("cost").path("requested").asLong()).isEqualTo(3);
	}

	@Test
	void getRefusesMutationsWith405BeforeAnythingRuns() {
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.get(Map.of("query", "mutation { ingestArticle { id } }"));

		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.headers().firstValue("Allow")).hasValue("POST");
		assertThat(reply.error())
			.isEqualTo("Only queries may be sent with GET; send mutations and subscriptions with POST");
		assertThat(reply.classification()).isEqualTo("BAD_REQUEST");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);
	}

	@Test
	void getWithVariablesThatAreNotJsonIs400() {
		Reply reply = this.http.get(Map.of("query", MEETINGS, "variables", "{n: 2}"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("The `variables` parameter is not valid JSON: Unexpected character "
				+ "('n' (code 110)): was expecting double-quote to start property name");
	}

	@Test
	void getWithoutAQueryIs400() {
		Reply reply = this.http.get(Map.of());

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("The request has no `query`");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "PUT", "DELETE", "PATCH" })
	void otherMethodsAre405(String method) {
		Reply reply = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method(method, HttpRequest.BodyPublishers.ofString("{\"query\": \"" + MEETINGS + "\"}"))
			.header("Content-Type", "application/json"));

		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.headers().firstValue("Allow")).hasValue("GET, POST");
		assertThat(reply.error()).isEqualTo("The GraphQL endpoint accepts GET (queries) and POST, not " + method);
	}

	@Test
	void aBodyOverTheLimitIs413BeforeItIsRead() {
		String body = "{\"query\": \"" + MEETINGS + "\", \"padding\": \"" + "x".repeat(70_000) + "\"}";

		Reply reply = this.http.post("application/json", body);

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.error()).isEqualTo("The request body has " + body.length() + " bytes; at most 65536 are "
				+ "allowed (`diplomacy.limits.max-request-size`)");
		assertThat(reply.classification()).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	void aBodyWithoutALengthIsCutOffAtTheLimit() {
		byte[] body = ("{\"query\": \"" + MEETINGS + "\", \"padding\": \"" + "x".repeat(70_000) + "\"}").getBytes();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.header("Content-Type", "application/json");

		Reply reply = this.http.send(request);

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.error()).isEqualTo("The request body has more than 65536 bytes; at most 65536 are "
				+ "allowed (`diplomacy.limits.max-request-size`)");
	}

}
