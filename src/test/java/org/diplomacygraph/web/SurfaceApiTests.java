package org.diplomacygraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.QuietConsole;
import org.diplomacygraph.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server shows besides GraphQL, over plain HTTP: Actuator's health is public but shows its
 * components only to an operator's key, Prometheus needs an operator's key, and every unknown path,
 * rejected request and {@code /error} itself is answered in GraphQL-shaped JSON without a stack
 * trace, class name or file of the server.
 */
@ApiTest
class SurfaceApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void healthShowsOnlyTheStatusToAnonymousCallers() {
		Response response = get("/actuator/health");

		assertThat(response.status()).isEqualTo(200);
		assertStatusOnly(response.json());
	}

	@Test
	void healthShowsOnlyTheStatusToAReaderOrAnEditor() {
		for (String key : new String[] { TestKeys.READER, TestKeys.EDITOR }) {
			Response response = get("/actuator/health", "Authorization", TestKeys.bearer(key));

			assertThat(response.status()).isEqualTo(200);
			assertStatusOnly(response.json());
		}
	}

	@Test
	void healthShowsTheDatabaseAndDiskSpaceToAnOperator() {
		Response response = get("/actuator/health", "Authorization", TestKeys.bearer(TestKeys.OPERATOR));

		assertThat(response.status()).isEqualTo(200);
		JsonNode components = response.json().path("components");
		assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
		assertThat(components.path("diskSpace").path("details").has("path")).isTrue();
	}

	@Test
	void aHealthComponentIsNotFoundForAnonymousCallers() {
		Response response = get("/actuator/health/diskSpace");

		// Actuator answers this 404 itself, without a body.
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).isEmpty();
	}

	@Test
	void infoIsPublic() {
		assertThat(get("/actuator/info").status()).isEqualTo(200);
	}

	@Test
	void prometheusWithoutAKeyIs401WithABearerChallenge() {
		Response response = get("/actuator/prometheus");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.json()).isEqualTo(error("This endpoint needs the header `Authorization: Bearer <api key>` "
				+ "with the key of an operator", "UNAUTHORIZED"));
	}

	@Test
	void prometheusWithAReadersKeyIs403() {
		Response response = get("/actuator/prometheus", "Authorization", TestKeys.bearer(TestKeys.READER));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json()).isEqualTo(
				error("The API key 'test-reader' has the role reader; this endpoint needs the role operator", "FORBIDDEN"));
	}

	@Test
	void prometheusWithAWrongKeyIs401LikeEveryOtherRequest() {
		Response response = get("/actuator/prometheus", "Authorization", "Bearer not-a-configured-key");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("errors").get(0).path("message").asString())
			.isEqualTo("The API key in the Authorization header is not valid");
	}

	@Test
	void prometheusWithAnOperatorsKeyAnswersTheMetrics() {
		Response response = get("/actuator/prometheus", "Authorization", TestKeys.bearer(TestKeys.OPERATOR));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/plain");
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void errorItselfIsNotFound() {
		for (String method : new String[] { "GET", "POST", "DELETE" }) {
			Response response = send(HttpRequest.newBuilder(uri("/error"))
				.method(method, HttpRequest.BodyPublishers.noBody()));

			assertThat(response.status()).as(method).isEqualTo(404);
			assertThat(response.header("Content-Type")).startsWith("application/json");
			assertThat(response.json()).isEqualTo(error("No such resource: /error", "NOT_FOUND"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/nope", "/actuator/env", "/actuator/heapdump", "/graphql/x" })
	void anUnknownPathIs404InJsonWhateverTheClientAccepts(String path) {
		Response response = get(path, "Accept", "text/html");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.json().path("errors").get(0).path("extensions").path("classification").asString())
			.isEqualTo("NOT_FOUND");
		assertThat(response.json().path("errors").get(0).path("message").asString()).startsWith("No such resource: /");
	}

	@Test
	void anUnknownPathIsNamedInTheMessage() {
		assertThat(get("/nope?x=1").json()).isEqualTo(error("No such resource: /nope", "NOT_FOUND"));
	}

	@Test
	void aLongPathIsCutInTheMessage() {
		String path = "/" + "a".repeat(300);

		Response response = get(path);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json()).isEqualTo(error("No such resource: " + path.substring(0, 200) + "…", "NOT_FOUND"));
	}

	@Test
	@ExtendWith(QuietConsole.class)
	void aMethodAnEndpointDoesNotTakeIs405(QuietConsole.Captured log) {
		Response response = send(HttpRequest.newBuilder(uri("/actuator/health"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json"));

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.json())
			.isEqualTo(error("This method is not allowed on /actuator/health (see the Allow header)", "BAD_REQUEST"));
		assertThat(response.header("Allow")).isEqualTo("GET");
		// Spring MVC notes a client's wrong method at WARN, one line, without a stack trace.
		assertThat(log.getOut()).contains("Request method 'POST' is not supported").doesNotContain("\tat ");
	}

	@Test
	void aPathTheFirewallRejectsIs400() {
		Response response = get("/graphql;jsessionid=1");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json()).isEqualTo(error("400 Bad Request: /graphql;jsessionid=1", "BAD_REQUEST"));
	}

	/** UP, and the names of the health groups (liveness, readiness), but no components or details. */
	private static void assertStatusOnly(JsonNode health) {
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.propertyNames()).isSubsetOf("status", "groups");
		assertThat(health.toString()).doesNotContain("path").doesNotContain("components").doesNotContain("details");
	}

	/** The one GraphQL-shaped error every refusal answers with. */
	private static JsonNode error(String message, String classification) {
		var error = JSON.createObjectNode().put("message", message);
		error.putObject("extensions").put("classification", classification);
		var body = JSON.createObjectNode();
		body.putArray("errors").add(error);
		return body;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private Response get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, java.net.http.HttpHeaders headers, String body) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
