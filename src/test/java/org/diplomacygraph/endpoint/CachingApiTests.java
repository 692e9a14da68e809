package org.diplomacygraph.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.GraphQlHttp.Reply;
import org.diplomacygraph.TestKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apollo's automatic persisted queries (the `PersistedQueryNotFound` round trip, over GET and
 * POST), HTTP caching of GET queries (ETag, Cache-Control, 304), and the cache of parsed and
 * validated documents, which never lets a document past the limits.
 */
@ApiTest
class CachingApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DocumentCache documentCache;

	GraphQlHttp http;

	Statistics statistics;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	// Each test uses queries of its own (by operation name): the server's caches outlive a test.
	private static String extensions(String hash) {
		return JSON.writeValueAsString(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
	}

	private Reply postPersisted(String query, String hash) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (query != null) {
			body.put("query", query);
		}
		body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		return this.http.post("application/json", JSON.writeValueAsString(body), "Accept", GraphQlHttp.GRAPHQL_RESPONSE);
	}

	@Test
	void aPersistedQueryIsNotFoundThenRegisteredWithItsTextThenServedByHashOverGet() {
		String query = "query ApqRoundTrip { meetings(first: 2) { totalCount nodes { title } } }";
		String hash = PersistedQueries.sha256(query);
		long before = this.statistics.getPrepareStatementCount();

		Reply unknown = this.http.get(Map.of("extensions", extensions(hash)), "Accept", GraphQlHttp.GRAPHQL_RESPONSE);

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.error()).isEqualTo("PersistedQueryNotFound");
		assertThat(unknown.classification()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(unknown.body().path("errors").get(0).path("extensions").path("code").asString())
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(unknown.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);

		Reply registered = postPersisted(query, hash);
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.body().path("data").path("meetings").path("totalCount").asInt()).isEqualTo(9);

		Reply byHash = this.http.get(Map.of("extensions", extensions(hash)), "Accept", GraphQlHttp.GRAPHQL_RESPONSE);
		assertThat(byHash.status()).isEqualTo(200);
		assertThat(byHash.body().path("data")).isEqualTo(registered.body().path("data"));
		assertThat(byHash.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(byHash.headers().firstValue("ETag")).isPresent();

		Reply byHashPost = postPersisted(null, hash);
		assertThat(byHashPost.body().path("data")).isEqualTo(registered.body().path("data"));
		assertThat(byHashPost.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void theLegacyMediaTypeGetsPersistedQueryNotFoundWith200() {
		String hash = PersistedQueries.sha256("query ApqLegacy { __typename }");

		Reply reply = this.http.post("application/json", JSON.writeValueAsString(Map.of("extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)))), "Accept", "application/json");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.error()).isEqualTo("PersistedQueryNotFound");
	}

	@Test
	void aPersistedMutationIsRefusedOverGetBeforeAnythingRuns() {
		String mutation = "mutation ApqMutation { addAlias(input: {id: \"x\", alias: \"y\"}) { userErrors { message } } }";
		String hash = PersistedQueries.sha256(mutation);
		// Registered once it validates, whether or not it may run (here: no key, UNAUTHORIZED).
		assertThat(postPersisted(mutation, hash).status()).isEqualTo(200);
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.get(Map.of("extensions", extensions(hash)));

		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.error())
			.isEqualTo("Only queries may be sent with GET; send mutations and subscriptions with POST");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);
	}

	@Test
	void aDocumentThatDoesNotValidateIsNotRegistered() {
		String invalid = "query ApqInvalid { nope }";
		String hash = PersistedQueries.sha256(invalid);

		assertThat(postPersisted(invalid, hash).classification()).isEqualTo("ValidationError");

		assertThat(postPersisted(null, hash).error()).isEqualTo("PersistedQueryNotFound");
	}

	static Stream<Arguments> malformedPersistedQueries() {
		String query = "query ApqMalformed { __typename }";
		String hash = PersistedQueries.sha256(query);
		String other = PersistedQueries.sha256("something else");
		return Stream.of(
				Arguments.of(Map.of("query", query, "extensions", Map.of("persistedQuery", "abc")),
						"`extensions.persistedQuery` must be a JSON object with `version` 1 and a `sha256Hash`"),
				Arguments.of(Map.of("query", query, "extensions", Map.of("persistedQuery",
						Map.of("version", 2, "sha256Hash", hash))), "`extensions.persistedQuery.version` must be 1, got 2"),
				Arguments.of(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "abc"))),
						"`extensions.persistedQuery.sha256Hash` must be the SHA-256 of the query in 64 hexadecimal digits"),
				Arguments.of(Map.of("query", query, "extensions", Map.of("persistedQuery",
						Map.of("version", 1, "sha256Hash", other))), "The query's SHA-256 hash is " + hash
								+ ", not the `sha256Hash` of `extensions.persistedQuery`, " + other));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("malformedPersistedQueries")
	void aMalformedPersistedQueryIs400(Map<String, Object> body, String message) {
		Reply reply = this.http.post("application/json", JSON.writeValueAsString(body));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo(message);
		assertThat(reply.classification()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aGetQueryHasAnEtagOfItsDataAndA304WhenTheClientHasIt() {
		Map<String, String> get = Map.of("query", "query EtagMeetings { meetings(first: 3) { nodes { title } } }");

		Reply first = this.http.get(get);
		Reply second = this.http.get(get);

		assertThat(first.status()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		// The cost extension differs from one answer to the next; the ETag does not.
		assertThat(second.headers().firstValue("ETag")).hasValue(etag);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(first.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept", "Authorization"));

		for (String ifNoneMatch : new String[] { etag, "W/" + etag, "\"other\", " + etag, "*" }) {
			Reply notModified = this.http.get(get, "If-None-Match", ifNoneMatch);
			assertThat(notModified.status()).as(ifNoneMatch).isEqualTo(304);
			assertThat(notModified.body()).isNull();
			assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
			assertThat(notModified.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		}
		assertThat(this.http.get(get, "If-None-Match", "\"stale\"").status()).isEqualTo(200);
		// Another media type is another representation: another ETag.
		assertThat(this.http.get(get, "Accept", GraphQlHttp.GRAPHQL_RESPONSE).headers().firstValue("ETag"))
			.isPresent()
			.isNotEqualTo(Optional.of(etag));
		assertThat(this.http.get(Map.of("query", "query EtagOther { meetings(first: 1) { nodes { title } } }"))
			.headers()
			.firstValue("ETag")).isNotEqualTo(Optional.of(etag));
	}

	@Test
	void aGetWithAnApiKeyIsPrivate() {
		Reply reply = this.http.get(Map.of("query", "query EtagPrivate { meetings(first: 1) { totalCount } }"),
				"Authorization", "Bearer " + TestKeys.READER);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Cache-Control")).hasValue("private, max-age=60");
	}

	@Test
	void anAnswerWithErrorsIsNotStoredAndPostIsNotCached() {
		Reply notFound = this.http.get(Map.of("query", "query EtagNotFound { node(id: \"bogus\") { id } }"));
		assertThat(notFound.classification()).isEqualTo("NOT_FOUND");
		assertThat(notFound.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(notFound.headers().firstValue("ETag")).isEmpty();

		Reply post = this.http.query("query EtagPost { meetings(first: 1) { totalCount } }");
		assertThat(post.headers().firstValue("Cache-Control")).isEmpty();
		assertThat(post.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aDocumentSentAgainIsKeptOnceAndCostsTheSame() {
		String query = "query CachedTwice { meetings(first: 4) { nodes { title participants { person { name } } } } }";
		Reply first = this.http.query(query);
		int kept = this.documentCache.size();

		Reply second = this.http.query(query);

		assertThat(this.documentCache.size()).isEqualTo(kept);
		assertThat(second.body().path("data")).isEqualTo(first.body().path("data"));
		assertThat(second.cost().path("requested")).isEqualTo(first.cost().path("requested"));
	}

	@Test
	void aCachedDocumentIsHeldToTheLimitsForTheOperationThatRuns() {
		// meetings > nodes > participants > person, four times over, then name: 17 levels.
		String deep = "{" + "meetings { nodes { participants { person { ".repeat(4) + "name" + " }".repeat(17);
		String document = "query Shallow { __typename } query Deep " + deep;
		Reply shallow = this.http.query(document, Map.of(), "Shallow");
		assertThat(shallow.status()).as(shallow.body().toString()).isEqualTo(200);
		int kept = this.documentCache.size();
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.query(document, Map.of(), "Deep");

		assertThat(this.documentCache.size()).as("served from the cache").isEqualTo(kept);
		assertThat(reply.error()).isEqualTo("The query nests fields 17 levels deep; at most 15 are allowed "
				+ "(`diplomacy.limits.max-depth`)");
		assertThat(reply.classification()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);
	}

}
