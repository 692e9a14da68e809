package org.diplomacygraph.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.graphql.execution.ErrorType;

/**
 * Apollo's automatic persisted queries and the allow-list: a request whose
 * {@code extensions.persistedQuery} holds {@code version} 1 and the {@code sha256Hash} of its query
 * may leave the query out once the server knows it. The first time, the server answers
 * {@code PersistedQueryNotFound}; the client sends the query with its hash, and the query is
 * registered once it has parsed, passed the limits and validated ({@link DocumentCache}), in a
 * bounded store that forgets the least recently used first. With an allow-list, the queries are
 * those of the list, fixed at start-up, and no other runs.
 */
final class PersistedQueries {

	/** The key of {@code extensions} that names a persisted query. */
	static final String EXTENSION = "persistedQuery";

	private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

	private final boolean enabled;

	private final BoundedCache<String> registered;

	/** Hash to query text; null when any operation may run. */
	private final Map<String, String> allowList;

	PersistedQueries(PersistedQueryProperties properties, JsonMapper json) {
		this.enabled = properties.enabled();
		this.registered = new BoundedCache<>(properties.maxCharacters());
		this.allowList = (properties.allowList() != null) ? manifest(properties.allowList(), json) : null;
	}

	/** Whether only the allow-list's operations run. */
	boolean locked() {
		return this.allowList != null;
	}

	/**
	 * Puts the query of a persisted query into {@code fields} (a request's {@code query},
	 * {@code extensions}, ...), or checks the query given against its hash and the allow-list; a
	 * refusal if the request cannot run, else {@code null}. Fields of the wrong type are left for the
	 * endpoint's own checks.
	 */
	GraphQLError resolve(Map<String, Object> fields) {
		Object query = fields.get("query");
		String text = (query instanceof String string && !string.isBlank()) ? string : null;
		Object persisted = (fields.get("extensions") instanceof Map<?, ?> extensions) ? extensions.get(EXTENSION) : null;
		if (persisted == null) {
			return (this.allowList != null && text != null && !this.allowList.containsKey(sha256(text)))
					? notInAllowList("The query is not on the allow-list") : null;
		}
		if (!(persisted instanceof Map<?, ?> persistedQuery)) {
			return badRequest("`extensions.persistedQuery` must be a JSON object with `version` 1 and a `sha256Hash`");
		}
		if (!(persistedQuery.get("version") instanceof Number version) || version.doubleValue() != 1) {
			return badRequest("`extensions.persistedQuery.version` must be 1, got " + persistedQuery.get("version"));
		}
		if (!(persistedQuery.get("sha256Hash") instanceof String given) || !SHA_256.matcher(given).matches()) {
			return badRequest("`extensions.persistedQuery.sha256Hash` must be the SHA-256 of the query in 64 "
					+ "hexadecimal digits");
		}
		String hash = given.toLowerCase(Locale.ROOT);
		if (text != null) {
			String actual = sha256(text);
			if (!actual.equals(hash)) {
				return badRequest("The query's SHA-256 hash is " + actual + ", not the `sha256Hash` of "
						+ "`extensions.persistedQuery`, " + hash);
			}
			return (this.allowList != null && !this.allowList.containsKey(hash))
					? notInAllowList("The query is not on the allow-list") : null;
		}
		String stored;
		if (this.allowList != null) {
			stored = this.allowList.get(hash);
			if (stored == null) {
				return notInAllowList("The persisted query " + hash + " is not on the allow-list");
			}
		}
		else if (!this.enabled) {
			return Refusal.PERSISTED_QUERY_NOT_SUPPORTED.error("PersistedQueryNotSupported",
					Map.of("code", Refusal.PERSISTED_QUERY_NOT_SUPPORTED.name()));
		}
		else {
			stored = this.registered.get(hash);
			if (stored == null) {
				return Refusal.PERSISTED_QUERY_NOT_FOUND.error("PersistedQueryNotFound",
						Map.of("code", Refusal.PERSISTED_QUERY_NOT_FOUND.name()));
			}
		}
		fields.put("query", stored);
		return null;
	}

	/**
	 * Registers the query of a request that asked for it by hash once it has passed the limits and
	 * validated; with persisted queries off or an allow-list, nothing is registered.
	 */
	void register(ExecutionInput input) {
		if (!this.enabled || this.allowList != null
				|| !(input.getExtensions().get(EXTENSION) instanceof Map<?, ?> persistedQuery)
				|| !(persistedQuery.get("sha256Hash") instanceof String hash)) {
			return;
		}
		// The endpoint checked that the hash is the query's.
		this.registered.put(hash.toLowerCase(Locale.ROOT), input.getQuery(), input.getQuery().length());
	}

	/** The registered queries, for tests and operators. */
	int registeredCount() {
		return this.registered.size();
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GraphQLError notInAllowList(String what) {
		return Refusal.NOT_IN_ALLOW_LIST.error(what + "; only its operations run (`"
				+ PersistedQueryProperties.ALLOW_LIST_PROPERTY + "`)", Map.of("code", Refusal.NOT_IN_ALLOW_LIST.name()));
	}

	private static GraphQLError badRequest(String message) {
		return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST).build();
	}

	/** Reads an Apollo persisted query manifest; start-up fails on anything else. */
	private static Map<String, String> manifest(Resource resource, JsonMapper json) {
		String where = PersistedQueryProperties.ALLOW_LIST_PROPERTY + " (" + resource.getDescription() + ")";
		JsonNode manifest;
		try (InputStream in = resource.getInputStream()) {
			manifest = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + where, ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(where + " is not JSON: " + ex.getOriginalMessage());
		}
		if (!"apollo-persisted-query-manifest".equals(manifest.path("format").asString(null))
				|| manifest.path("version").asInt(0) != 1 || !manifest.path("operations").isArray()) {
			throw new IllegalStateException(where + " is no Apollo persisted query manifest: it needs "
					+ "\"format\": \"apollo-persisted-query-manifest\", \"version\": 1 and \"operations\"");
		}
		Map<String, String> operations = new LinkedHashMap<>();
		for (JsonNode operation : manifest.path("operations")) {
			String id = operation.path("id").asString("");
			String body = operation.path("body").asString(null);
			if (body == null || !sha256(body).equals(id)) {
				throw new IllegalStateException(where + ": operation " + operation.path("name").asString("(unnamed)")
						+ " has the id '" + id + "', which is not the SHA-256 of its body"
						+ ((body != null) ? " (" + sha256(body) + ")" : " (it has none)"));
			}
			operations.put(id, body);
		}
		return Map.copyOf(operations);
	}

}
