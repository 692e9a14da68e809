package org.diplomacygraph.endpoint;

import java.util.HashMap;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersistedQueriesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LISTED = "query MeetingCount { meetings { totalCount } }";

	private static PersistedQueries persistedQueries(boolean enabled, long maxCharacters, String allowList) {
		return new PersistedQueries(new PersistedQueryProperties(enabled, maxCharacters,
				(allowList != null) ? new ClassPathResource(allowList) : null), JSON);
	}

	private static Map<String, Object> request(String query, String hash) {
		Map<String, Object> fields = new HashMap<>();
		if (query != null) {
			fields.put("query", query);
		}
		if (hash != null) {
			fields.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		}
		return fields;
	}

	private static void register(PersistedQueries persistedQueries, String query) {
		persistedQueries.register(ExecutionInput.newExecutionInput(query)
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(query))))
			.build());
	}

	@Test
	void aRegisteredQueryIsFoundByItsHashInEitherCase() {
		PersistedQueries persistedQueries = persistedQueries(true, 10_000, null);
		String hash = PersistedQueries.sha256(LISTED);
		assertThat(persistedQueries.resolve(request(null, hash)).getMessage()).isEqualTo("PersistedQueryNotFound");

		register(persistedQueries, LISTED);
		Map<String, Object> fields = request(null, hash.toUpperCase());

		assertThat(persistedQueries.resolve(fields)).isNull();
		assertThat(fields).containsEntry("query", LISTED);
	}

	@Test
	void theStoreForgetsTheLeastRecentlyUsedBeyondItsCharacters() {
		// Room for two queries of about 30 characters with their overhead, not three.
		PersistedQueries persistedQueries = persistedQueries(true, 2 * (30 + BoundedCache.ENTRY_OVERHEAD) + 10, null);
		String a = "query A { meetings { totalCount } }";
		String b = "query B { meetings { totalCount } }";
		String c = "query C { meetings { totalCount } }";
		register(persistedQueries, a);
		register(persistedQueries, b);
		assertThat(persistedQueries.resolve(request(null, PersistedQueries.sha256(a)))).isNull();

		register(persistedQueries, c);

		assertThat(persistedQueries.registeredCount()).isEqualTo(2);
		assertThat(persistedQueries.resolve(request(null, PersistedQueries.sha256(b))).getMessage())
			.isEqualTo("PersistedQueryNotFound");
		assertThat(persistedQueries.resolve(request(null, PersistedQueries.sha256(a)))).isNull();
	}

	@Test
	void switchedOffAHashAloneIsNotSupportedAndAQueryWithItsHashRuns() {
		PersistedQueries persistedQueries = persistedQueries(false, 10_000, null);
		String hash = PersistedQueries.sha256(LISTED);

		GraphQLError error = persistedQueries.resolve(request(null, hash));
		assertThat(error.getMessage()).isEqualTo("PersistedQueryNotSupported");
		assertThat(error.getErrorType()).isEqualTo(Refusal.PERSISTED_QUERY_NOT_SUPPORTED);
		assertThat(error.getExtensions()).containsEntry("code", "PERSISTED_QUERY_NOT_SUPPORTED");
		assertThat(persistedQueries.resolve(request(LISTED, hash))).isNull();
		register(persistedQueries, LISTED);
		assertThat(persistedQueries.registeredCount()).isZero();
	}

	@Test
	void withAnAllowListOnlyItsOperationsRunByHashOrByText() {
		PersistedQueries persistedQueries = persistedQueries(true, 10_000, "persisted-queries/manifest.json");
		String hash = PersistedQueries.sha256(LISTED);
		Map<String, Object> byHash = request(null, hash);

		assertThat(persistedQueries.locked()).isTrue();
		assertThat(persistedQueries.resolve(byHash)).isNull();
		assertThat(byHash).containsEntry("query", LISTED);
		assertThat(persistedQueries.resolve(request(LISTED, null))).isNull();
		assertThat(persistedQueries.resolve(request(LISTED, hash))).isNull();

		String other = "query Other { meetings { totalCount } }";
		GraphQLError byText = persistedQueries.resolve(request(other, null));
		assertThat(byText.getMessage()).isEqualTo("The query is not on the allow-list; only its operations run "
				+ "(`diplomacy.persisted-queries.allow-list`)");
		assertThat(byText.getErrorType()).isEqualTo(Refusal.NOT_IN_ALLOW_LIST);
		String otherHash = PersistedQueries.sha256(other);
		assertThat(persistedQueries.resolve(request(null, otherHash)).getMessage()).isEqualTo("The persisted query "
				+ otherHash + " is not on the allow-list; only its operations run (`diplomacy.persisted-queries.allow-list`)");
		// Nothing can be registered past the list.
		register(persistedQueries, other);
		assertThat(persistedQueries.resolve(request(null, otherHash)).getErrorType()).isEqualTo(Refusal.NOT_IN_ALLOW_LIST);
	}

	@Test
	void anAllowListWhoseIdsAreNotTheHashesOfTheirBodiesStopsStartUp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> persistedQueries(true, 10_000, "persisted-queries/wrong-id.json"))
			.withMessage("diplomacy.persisted-queries.allow-list (class path resource [persisted-queries/wrong-id.json]): "
					+ "operation Typename has the id '" + "0".repeat(64) + "', which is not the SHA-256 of its body ("
					+ PersistedQueries.sha256("query Typename { __typename }") + ")");
		assertThatIllegalStateException()
			.isThrownBy(() -> persistedQueries(true, 10_000, "graphql-test/batching.graphql"))
			.withMessageStartingWith("diplomacy.persisted-queries.allow-list (class path resource "
					+ "[graphql-test/batching.graphql]) is not JSON: Unexpected character ('#'");
	}

}
