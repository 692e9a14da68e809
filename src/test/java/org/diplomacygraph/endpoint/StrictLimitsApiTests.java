package org.diplomacygraph.endpoint;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.introspection.Introspection;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.diplomacygraph.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.GraphQlHttp.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits as an operator may set them: a small rate limit, introspection switched off, and a browser
 * origin allowed to call the API with GET and POST; with the {@code dev} profile, which lets a
 * front-end dev server on any port of localhost call it too.
 */
@ActiveProfiles("dev")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplomacy.limits.points-per-minute=100", "diplomacy.limits.max-cost=50",
				"spring.graphql.schema.introspection.enabled=false",
				"diplomacy.cors.allowed-origins=https://app.example" })
class StrictLimitsApiTests {

	// 1 + 20 requested; 1 + 16 people returned.
	static final String PEOPLE = "{ people { nodes { name } } }";

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	GraphQlHttp http;

	// Spring Boot switches introspection off JVM-wide (graphql-java has no other switch it uses);
	// the test classes after this one share the JVM and expect it on.
	@AfterAll
	static void introspectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	@Test
	void aClientOverItsPointsIsRefusedWith429AndARetryHintUntilTheBucketRefills() {
		String key = "Authorization";
		// A configured key is a client of its own (a made-up key is refused, see ApiKeyApiTests).
		String client = TestKeys.bearer(TestKeys.READER);
		Reply first = this.http.query(PEOPLE, Map.of(), null, key, client);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.cost().path("requested").asLong()).isEqualTo(21);
		assertThat(first.cost().path("actual").asLong()).isEqualTo(17);
		assertThat(first.cost().path("throttle").path("currentlyAvailable").asLong()).isBetween(83L, 84L);

		Reply reply = first;
		for (int i = 0; i < 10 && reply.status() == 200; i++) {
			reply = this.http.query(PEOPLE, Map.of(), null, key, client);
		}
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		Reply refused = this.http.query(PEOPLE, Map.of(), null, key, client);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.classification()).isEqualTo("RATE_LIMITED");
		long retryAfter = refused.body().path("errors").get(0).path("extensions").path("retryAfter").asLong();
		assertThat(retryAfter).isBetween(1L, 13L);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue(String.valueOf(retryAfter));
		assertThat(refused.error()).isEqualTo("This request may cost 21 points, more than the client has left of its "
				+ "100 per minute (`diplomacy.limits.points-per-minute`); retry after " + retryAfter + " seconds");
		assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(before);

		Reply otherClient = this.http.query(PEOPLE, Map.of(), null, key, TestKeys.bearer(TestKeys.EDITOR));
		assertThat(otherClient.status()).isEqualTo(200);
	}

	@Test
	void theReconciliationApiSpendsTheSameBudget() {
		String key = "Authorization";
		String client = TestKeys.bearer(TestKeys.OPERATOR);
		// One query that may return 50 candidates: 51 points of the 100.
		String batch = "{\"q0\": {\"query\": \"Tô Lâm\", \"limit\": 50}}";
		Reply reconciled = this.http.send(reconcile(batch), key, client);
		assertThat(reconciled.status()).isEqualTo(200);
		assertThat(this.http.query(PEOPLE, Map.of(), null, key, client).status()).isEqualTo(200);

		Reply refused = this.http.send(reconcile(batch), key, client);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.classification()).isEqualTo("RATE_LIMITED");
		long retryAfter = refused.body().path("errors").get(0).path("extensions").path("retryAfter").asLong();
		assertThat(refused.headers().firstValue("Retry-After")).hasValue(String.valueOf(retryAfter));
		assertThat(refused.error()).isEqualTo("This request may cost 51 points, more than the client has left of its "
				+ "100 per minute (`diplomacy.limits.points-per-minute`); retry after " + retryAfter + " seconds");
	}

	@Test
	void theReconciliationApiAnswersTheAllowedOriginsToo() {
		Reply preflight = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/reconcile"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://app.example",
				"Access-Control-Request-Method", "POST");
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
		Reply manifest = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/reconcile/suggest/type?prefix=pe")).GET(), "Origin", "https://app.example");
		assertThat(manifest.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
		Reply evil = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/reconcile"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://evil.example",
				"Access-Control-Request-Method", "POST");
		assertThat(evil.status()).isEqualTo(403);
	}

	private HttpRequest.Builder reconcile(String queries) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/reconcile"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8)));
	}

	@Test
	void introspectionCanBeSwitchedOff() {
		Reply reply = this.http.query("{ __schema { types { name } } }");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("Introspection has been disabled for this request");
		assertThat(reply.classification()).isNotEmpty();
	}

	@Test
	void anAllowedOriginMayQueryWithGetAndPost() {
		for (String method : new String[] { "GET", "POST" }) {
			Reply preflight = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://app.example",
					"Access-Control-Request-Method", method, "Access-Control-Request-Headers", "content-type");

			assertThat(preflight.status()).as(method).isEqualTo(200);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains(method);
		}
		Reply get = this.http.get(Map.of("query", "{ __typename }"), "Origin", "https://app.example");
		assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
	}

	@Test
	void anotherOriginIsNotAllowed() {
		Reply preflight = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", "https://evil.example",
				"Access-Control-Request-Method", "POST");

		assertThat(preflight.status()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:5173", "http://localhost:3000", "http://127.0.0.1:8081" })
	void theDevProfileAllowsAFrontEndDevServerOnAnyPortOfLocalhost(String origin) {
		Reply preflight = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", origin,
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");

		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
		Reply post = this.http.query("{ __typename }", Map.of(), null, "Origin", origin);
		assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://localhost:5173", "http://localhost.evil.example:5173", "http://192.168.1.2:5173" })
	void theDevProfileAllowsNoOtherHostOrScheme(String origin) {
		Reply preflight = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "Origin", origin,
				"Access-Control-Request-Method", "POST");

		assertThat(preflight.status()).isEqualTo(403);
	}

}
