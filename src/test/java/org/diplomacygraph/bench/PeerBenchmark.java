package org.diplomacygraph.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side-by-side part of the benchmark ({@code -Dbench.peer=false} skips it): on a PostgreSQL
 * server of its own ({@code src/test/bench/setup peer}, port {@code bench.pg.port}, default 55451),
 * the synthetic graph of the scale is loaded by the server itself (profiles {@code synthetic} and
 * {@code postgres}); then the shallow and nested pages are measured, with the same external load,
 * against this server on PostgreSQL, the JDBC baseline on PostgreSQL, and PostGraphile v5 over the
 * same database, one after the other, each alone on the machine. Before measuring, the JDBC
 * baseline's answers must equal the server's, and PostGraphile's must hold the same rows, fields and
 * order (IDs, names, titles, dates, roles).
 */
final class PeerBenchmark {

	static final String GRAPHQL = "GraphQL on PostgreSQL";

	static final String JDBC = "JDBC on PostgreSQL";

	static final String PEER = "PostGraphile";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LoadDriver load;

	private final LoadGenerator checks;

	private final int clients;

	private final List<ServerBenchmark.Row> rows;

	private final List<String> notes;

	private final String port = System.getProperty("bench.pg.port", "55451");

	PeerBenchmark(LoadDriver load, LoadGenerator checks, int clients, List<ServerBenchmark.Row> rows,
			List<String> notes) {
		this.load = load;
		this.checks = checks;
		this.clients = clients;
		this.rows = rows;
		this.notes = notes;
	}

	void measure(BigDecimal scale, Path out) throws Exception {
		String failed = setup("peer");
		if (failed != null) {
			this.notes.add("scale " + scale + ": PostgreSQL and PostGraphile skipped: " + failed);
			return;
		}
		try {
			Map<String, IntFunction<String>> ours = Map.of("shallow page",
					(i) -> ServerBenchmark.body(ServerBenchmark.MEETINGS, Map.of("first", 50)), "nested page",
					(i) -> ServerBenchmark.body(ServerBenchmark.NESTED, Map.of("first", 50)));
			Map<String, IntFunction<String>> peer = Map.of("shallow page",
					(i) -> ServerBenchmark.body(PostGraphile.SHALLOW, Map.of("first", 50)), "nested page",
					(i) -> ServerBenchmark.body(PostGraphile.NESTED, Map.of("first", 50)));
			Map<String, String> jdbc = Map.of("shallow page", "meetings", "nested page", "nested");
			List<String> queries = List.of("shallow page", "nested page");
			Map<String, JsonNode> answers = new HashMap<>();
			long start = System.nanoTime();
			try (BenchServer server = BenchServer.start(scale, true, out.resolve("data"),
					"jdbc:postgresql://127.0.0.1:" + this.port + "/diplomacy_bench")) {
				this.notes.add("scale " + scale + ": server on PostgreSQL up (graph generated into PostgreSQL, index built) in "
						+ (System.nanoTime() - start) / 1_000_000 + " ms");
				server.jdbc().execute(PostGraphile.ROLE_RANK);
				server.jdbc().execute("vacuum analyze");
				for (String query : queries) {
					JsonNode graphQl = JSON.readTree(this.checks.post(server.uri("/graphql"), ours.get(query).apply(0)));
					JsonNode baseline = JSON
						.readTree(this.checks.post(server.uri("/bench/jdbc/" + jdbc.get(query)), ours.get(query).apply(0)));
					assertThat(baseline.get("data")).as(query + ": JDBC baseline vs GraphQL on PostgreSQL")
						.isEqualTo(graphQl.get("data"));
					answers.put(query, PostGraphile.plainIds(graphQl.get("data")));
				}
				for (String query : queries) {
					this.load.warm(server.uri("/graphql"), ours.get(query), this.clients);
					this.load.warm(server.uri("/bench/jdbc/" + jdbc.get(query)), ours.get(query), this.clients);
				}
				for (String query : queries) {
					this.rows.add(new ServerBenchmark.Row(query, scale, GRAPHQL,
							this.load.run(server.uri("/graphql"), ours.get(query), this.clients, false, server::statements)));
					this.rows.add(new ServerBenchmark.Row(query, scale, JDBC, this.load.run(
							server.uri("/bench/jdbc/" + jdbc.get(query)), ours.get(query), this.clients, false,
							server::statements)));
				}
			}
			try (PostGraphile postGraphile = PostGraphile.start(
					"postgres://postgres@127.0.0.1:" + this.port + "/diplomacy_bench", out.resolve("postgraphile.log"))) {
				for (String query : queries) {
					JsonNode answer = JSON.readTree(this.checks.post(postGraphile.uri(), peer.get(query).apply(0)));
					assertThat(PostGraphile.asOurs(answer.get("data"))).as(query + ": PostGraphile vs GraphQL")
						.isEqualTo(answers.get(query));
				}
				for (String query : queries) {
					this.load.warm(postGraphile.uri(), peer.get(query), this.clients);
				}
				for (String query : queries) {
					this.rows.add(new ServerBenchmark.Row(query, scale, PEER,
							this.load.run(postGraphile.uri(), peer.get(query), this.clients, false, null)));
				}
			}
			this.notes.add("scale " + scale + ": PostGraphile " + PostGraphile.version()
					+ " (Amber preset, one Node process, pool of 16) answered the same rows, fields and order as the server");
		}
		finally {
			setup("stop");
		}
	}

	/** Runs {@code src/test/bench/setup}; null when it worked, else the reason it gave. */
	private String setup(String what) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("src/test/bench/setup", what).redirectErrorStream(true);
		builder.environment().put("PG_PORT", this.port);
		Process setup = builder.start();
		String output = new String(setup.getInputStream().readAllBytes()).strip();
		if (!setup.waitFor(900, TimeUnit.SECONDS) || setup.exitValue() != 0) {
			setup.destroyForcibly();
			return output.isEmpty() ? "src/test/bench/setup " + what + " failed"
					: output.lines().reduce((a, b) -> b).orElse(output);
		}
		return null;
	}

}
