package org.diplomacygraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.diplomacygraph.values.GlobalId;

/**
 * The peer: PostGraphile v5 (npm project {@code src/test/bench/postgraphile}, installed by
 * {@code src/test/bench/setup peer}) as a Node process of its own over the benchmark's PostgreSQL
 * database, with the benchmark's shallow and nested pages written in its schema's shape, and the
 * translation of its answers into ours to check that both return the same data.
 */
final class PostGraphile implements AutoCloseable {

	static final Path PROJECT = Path.of("src", "test", "bench", "postgraphile");

	/**
	 * The order of participants (HOST, GUEST, ATTENDEE, then ID, as the server's Role enum): a
	 * computed column that PostGraphile exposes as {@code roleRank} and may order by (smart tag
	 * {@code @behavior +orderBy}).
	 */
	static final String ROLE_RANK = """
			create or replace function participant_role_rank(p participant) returns integer language sql immutable
			as $$ select case p.role when 'HOST' then 0 when 'GUEST' then 1 else 2 end $$;
			comment on function participant_role_rank(participant) is E'@behavior +orderBy';""";

	/** The shallow page: {@code meetings(first: 50) { pageInfo { ... } nodes { id title date kind } }}. */
	static final String SHALLOW = """
			query Meetings($first: Int!) {
			  allMeetings(first: $first, orderBy: [DATE_SORT_ASC, ROW_ID_ASC]) {
			    pageInfo { hasNextPage endCursor } nodes { rowId title heldOn kind } }
			}""";

	/** The nested page, the same rows, fields, order and page size as the server's. */
	static final String NESTED = """
			query Nested($first: Int!) {
			  allMeetings(first: $first, orderBy: [DATE_SORT_ASC, ROW_ID_ASC]) { nodes { rowId title heldOn
			    participantsByMeetingId(orderBy: [ROLE_RANK_ASC, ROW_ID_ASC]) { nodes { role personByPersonId { rowId name
			      personPositionsByPersonId(orderBy: ROW_ID_ASC) { nodes { title
			        organisationByOrganisationId { rowId name countryByCountryId { rowId name } } } } } } } } }
			}""";

	/**
	 * PostGraphile's field names → the server's; its connections become lists. (Its {@code id} is
	 * its global node ID; the column {@code id} is {@code rowId}.)
	 */
	private static final Map<String, String> NAMES = Map.of("rowId", "id", "allMeetings", "meetings", "heldOn", "date",
			"participantsByMeetingId", "participants", "personByPersonId", "person", "personPositionsByPersonId",
			"positions", "organisationByOrganisationId", "organisation", "countryByCountryId", "country");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final URI uri;

	private PostGraphile(Process process, URI uri) {
		this.process = process;
		this.uri = uri;
	}

	/** Starts PostGraphile on a free port over {@code database} (postgres://...) and waits for its first answer. */
	static PostGraphile start(String database, Path log) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(PROJECT.resolve("node_modules/.bin/node").toAbsolutePath().toString(),
				"server.mjs")
			.directory(PROJECT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("DATABASE_URL", database);
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().put("NODE_ENV", "production");
		PostGraphile peer = new PostGraphile(builder.start(), URI.create("http://127.0.0.1:" + port + "/graphql"));
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (true) {
			if (!peer.process.isAlive() || System.nanoTime() > deadline) {
				peer.close();
				throw new IllegalStateException("PostGraphile did not start: " + Files.readString(log));
			}
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(peer.uri)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return peer;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
	}

	URI uri() {
		return this.uri;
	}

	/** The installed PostGraphile's version, from its package.json. */
	static String version() {
		try {
			return JSON.readTree(PROJECT.resolve("node_modules/postgraphile/package.json").toFile())
				.path("version")
				.asString();
		}
		catch (RuntimeException ex) {
			return "?";
		}
	}

	/** PostGraphile's {@code data} in the server's shape: the server's names, connections as lists, no cursor. */
	static JsonNode asOurs(JsonNode peer) {
		if (peer.isArray()) {
			ArrayNode list = JSON.createArrayNode();
			peer.forEach((item) -> list.add(asOurs(item)));
			return list;
		}
		if (!peer.isObject()) {
			return peer;
		}
		ObjectNode out = JSON.createObjectNode();
		for (Map.Entry<String, JsonNode> field : peer.properties()) {
			if (field.getKey().equals("endCursor")) {
				continue; // the cursors' formats differ
			}
			String name = NAMES.getOrDefault(field.getKey(), field.getKey());
			JsonNode value = field.getValue();
			boolean list = !name.equals("meetings") && value.isObject() && value.size() == 1 && value.has("nodes");
			out.set(name, asOurs(list ? value.get("nodes") : value));
		}
		return out;
	}

	/** The server's {@code data} with its global IDs decoded to the rows' IDs, and no cursor. */
	static JsonNode plainIds(JsonNode ours) {
		if (ours.isArray()) {
			ArrayNode list = JSON.createArrayNode();
			ours.forEach((item) -> list.add(plainIds(item)));
			return list;
		}
		if (!ours.isObject()) {
			return ours;
		}
		ObjectNode out = JSON.createObjectNode();
		for (Iterator<Map.Entry<String, JsonNode>> it = ours.properties().iterator(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			if (field.getKey().equals("id") && field.getValue().isString()) {
				out.put("id", GlobalId.decode(field.getValue().asString()).map(GlobalId::id).orElse("?"));
			}
			else if (!field.getKey().equals("endCursor")) {
				out.set(field.getKey(), plainIds(field.getValue()));
			}
		}
		return out;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
