package org.diplomacygraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.diplomacygraph.TestKeys;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.values.GlobalId;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark, run by {@code ./mvnw -B -Pbench verify} (never by the default build): measures
 * start-up and heap of the packaged application on the real corpus; for each scale, starts the
 * server on the synthetic graph, drives five queries over HTTP with batching on, with batching off
 * (the naive baseline) and against the hand-written JDBC baseline; then, on PostgreSQL, the shallow
 * and nested pages against this server, the JDBC baseline and PostGraphile ({@link PeerBenchmark}).
 * The load comes from wrk in a process of its own ({@link WrkLoad}). Prints the tables and writes
 * them to {@code target/bench/results.md}.
 * <p>
 * Settings (system properties): {@code bench.scales} (default {@code 0.1,1}; add 10 for a million
 * meetings), {@code bench.seconds} (10 per run) and {@code bench.warmup.seconds} (3 before each),
 * {@code bench.concurrency} (4), {@code bench.load} ({@code wrk}, or {@code jvm} for the in-JVM load
 * generator of the earlier runs, with {@code bench.requests} (600; naive a tenth) and
 * {@code bench.warmup} (150)), {@code bench.seed} ({@code false} skips the seed scale),
 * {@code bench.peer} ({@code false} skips PostgreSQL and PostGraphile), {@code bench.peer.scales}
 * (default 0.1), {@code bench.pg.port} (55451), {@code bench.jar} (the packaged application, set by
 * the Maven profile).
 */
class ServerBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path OUT = Path.of("target", "bench");

	/** SHA-256 of {@link TestKeys#OPERATOR}: the packaged server's Prometheus endpoint needs an operator's key. */
	private static final String OPERATOR_DIGEST = "df2fd269a6a20b3c3a544b2e5520993ffc625fd45e44a3f99b10c821019d46c7";

	static final String MEETINGS = """
			query Meetings($first: Int!, $after: String) {
			  meetings(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id title date kind } }
			}""";

	static final String NESTED = """
			query Nested($first: Int!) {
			  meetings(first: $first) { nodes { id title date participants { role person { id name
			    positions { title organisation { id name country { id name } } } } } } }
			}""";

	private static final String SEARCH = """
			query Search($query: String!) {
			  search(query: $query, types: [PERSON], first: 10) { matched node { id ... on Person { name } } }
			}""";

	private static final String NODE = """
			query Node($id: ID!) { node(id: $id) { id ... on Meeting { title date kind } } }""";

	/** The server column of the one-client latency runs. */
	private static final String ALONE = "GraphQL, 1 client";

	/** Query name → depth of relationship fields below the root (for the depth + 1 target). */
	private static final Map<String, Integer> DEPTH = Map.of("shallow page", 0, "nested page", 5, "deep page", 0,
			"search", 1, "node", 0);

	private final int concurrency = Integer.getInteger("bench.concurrency", 4);

	/** Single checked requests (and the in-JVM load, if chosen). */
	private final LoadGenerator checks = new LoadGenerator(Integer.getInteger("bench.requests", 600),
			Integer.getInteger("bench.warmup", 150));

	/** The measured load: wrk unless {@code -Dbench.load=jvm} or wrk cannot be installed (then noted). */
	private LoadDriver load;

	private final List<Row> rows = new ArrayList<>();

	/** The machine's one-minute load average before the benchmark started anything. */
	private final double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

	private final List<String> notes = new ArrayList<>();

	@Test
	void run() throws Exception {
		Files.createDirectories(OUT);
		this.load = this.checks;
		if (!"jvm".equals(System.getProperty("bench.load", "wrk"))) {
			String unavailable = WrkLoad.unavailable();
			if (unavailable == null) {
				this.load = new WrkLoad(OUT.resolve("wrk"), Integer.getInteger("bench.seconds", 10),
						Integer.getInteger("bench.warmup.seconds", 3));
			}
			else {
				this.notes.add("wrk unavailable (" + unavailable + "): the in-JVM load generator measured instead");
			}
		}
		Seed seed = null;
		if (Boolean.parseBoolean(System.getProperty("bench.seed", "true"))) {
			try {
				seed = seedScale();
			}
			catch (IllegalStateException ex) {
				// The synthetic scales are still worth measuring.
				this.notes.add("seed scale: " + ex.getMessage());
			}
		}
		for (String scale : System.getProperty("bench.scales", "0.1,1").split(",")) {
			if (scale.isBlank()) {
				continue; // -Dbench.scales= measures the seed scale alone
			}
			measure(new BigDecimal(scale.strip()));
			// Written after every scale, so that a run cut short still leaves its figures.
			Files.writeString(OUT.resolve("results.md"), report(seed));
		}
		if (Boolean.parseBoolean(System.getProperty("bench.peer", "true"))) {
			PeerBenchmark peer = new PeerBenchmark(this.load, this.checks, this.concurrency, this.rows, this.notes);
			for (String scale : System.getProperty("bench.peer.scales", "0.1").split(",")) {
				if (!scale.isBlank()) {
					peer.measure(new BigDecimal(scale.strip()), OUT);
					Files.writeString(OUT.resolve("results.md"), report(seed));
				}
			}
		}
		String report = report(seed);
		System.out.println(report);
		Files.writeString(OUT.resolve("results.md"), report);
	}

	private void measure(BigDecimal scale) throws Exception {
		Path data = OUT.resolve("data");
		Inputs inputs;
		long start = System.nanoTime();
		try (BenchServer server = BenchServer.start(scale, true, data)) {
			this.notes.add("scale " + scale + ": batched server up (generation or reuse, index build) in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
			inputs = Inputs.of(server);
			checkSameJson(server, inputs);
			flatInPageSize(server, scale);
			// Every query warms the freshly started server before any is measured, so that the first
			// one measured does not pay for the JIT compiling the code all of them share.
			for (Query query : queries(inputs)) {
				this.load.warm(server.uri("/graphql"), query.graphQl(), this.concurrency);
				if (query.jdbc() != null) {
					this.load.warm(server.uri("/bench/jdbc/" + query.jdbc()), query.graphQl(), this.concurrency);
				}
			}
			for (Query query : queries(inputs)) {
				this.rows.add(new Row(query.name(), scale, "GraphQL", this.load.run(server.uri("/graphql"), query.graphQl(),
						this.concurrency, false, server::statements)));
				// One client, for the latency targets: with several concurrent clients on two cores, a
				// request's latency is mostly its wait for a core, and p50 measures the queue, not the query.
				this.rows.add(new Row(query.name(), scale, ALONE,
						this.load.run(server.uri("/graphql"), query.graphQl(), 1, false, server::statements)));
				if (query.jdbc() != null) {
					this.rows.add(new Row(query.name(), scale, "JDBC", this.load.run(server.uri("/bench/jdbc/" + query.jdbc()),
							query.graphQl(), this.concurrency, false, server::statements)));
				}
			}
		}
		try (BenchServer server = BenchServer.start(scale, false, data)) {
			// Fewer requests (in-JVM load): the naive server is orders of magnitude slower on nested queries.
			for (Query query : queries(inputs)) {
				this.rows.add(new Row(query.name(), scale, "GraphQL naive", this.load.run(server.uri("/graphql"),
						query.graphQl(), this.concurrency, true, server::statements)));
			}
		}
	}

	private List<Query> queries(Inputs inputs) {
		return List.of(new Query("shallow page", (i) -> body(MEETINGS, Map.of("first", 50)), "meetings"),
				new Query("nested page", (i) -> body(NESTED, Map.of("first", 50)), "nested"),
				new Query("deep page", (i) -> body(MEETINGS, Map.of("first", 50, "after", inputs.deepCursor())),
						"meetings"),
				new Query("search", (i) -> body(SEARCH, Map.of("query", inputs.names().get(i % inputs.names().size()))),
						null),
				new Query("node", (i) -> body(NODE, Map.of("id", inputs.nodeIds().get(i % inputs.nodeIds().size()))),
						"node"));
	}

	/** The JDBC baseline must answer exactly what GraphQL answers, or the comparison means nothing. */
	private void checkSameJson(BenchServer server, Inputs inputs) throws Exception {
		for (Query query : queries(inputs)) {
			if (query.jdbc() != null) {
				String graphQl = this.checks.post(server.uri("/graphql"), query.graphQl().apply(0));
				String jdbc = this.checks.post(server.uri("/bench/jdbc/" + query.jdbc()), query.graphQl().apply(0));
				// The data must match; GraphQL's extensions (the request's cost) have no JDBC counterpart.
				assertThat(JSON.readTree(graphQl).has("errors")).as(query.name() + ": GraphQL errors").isFalse();
				assertThat(JSON.readTree(jdbc).get("data")).as(query.name() + ": JDBC baseline vs GraphQL")
					.isEqualTo(JSON.readTree(graphQl).get("data"));
			}
		}
	}

	/** The nested page at sizes 1 and 50 must cost the same statements. */
	private void flatInPageSize(BenchServer server, BigDecimal scale) throws Exception {
		long[] counts = new long[2];
		int[] sizes = { 1, 50 };
		for (int i = 0; i < 2; i++) {
			long before = server.statements();
			this.checks.post(server.uri("/graphql"), body(NESTED, Map.of("first", sizes[i])));
			counts[i] = server.statements() - before;
		}
		this.notes.add("scale " + scale + ": nested page statements at first: 1 = " + counts[0] + ", first: 50 = "
				+ counts[1]);
	}

	/**
	 * The packaged application on the real five-article corpus, in a fresh data directory: launched
	 * as {@code java -jar}, and as the production launch of src/docs/operations.md (Faster start-up) (the jar extracted, with a CDS archive of
	 * the classes a training run loaded), alternately, the better of two starts each.
	 */
	private Seed seedScale() throws Exception {
		String jar = System.getProperty("bench.jar");
		if (jar == null || !Files.exists(Path.of(jar))) {
			this.notes.add("seed scale: skipped, no packaged jar (bench.jar=" + jar + ")");
			return null;
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path cds = OUT.resolve("cds");
		FileSystemUtils.deleteRecursively(cds);
		Files.createDirectories(cds);
		Path extracted = cds.resolve("app").toAbsolutePath();
		Path archive = cds.resolve("app.jsa").toAbsolutePath();
		launch(List.of(java, "-Djarmode=tools", "-jar", jar, "extract", "--destination", extracted.toString()), cds);
		launch(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
				extracted.resolve(Path.of(jar).getFileName()).toString(),
				"--diplomacy.data-dir=" + Files.createTempDirectory(cds, "training-").toAbsolutePath()), cds);
		List<String> plain = List.of(java, "-jar", jar);
		List<String> withCds = List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar",
				extracted.resolve(Path.of(jar).getFileName()).toString());
		Start first = startToFirstAnswer(plain);
		Start second = startToFirstAnswer(withCds);
		Start third = startToFirstAnswer(plain);
		Start fourth = startToFirstAnswer(withCds);
		return new Seed(Math.min(first.seconds(), third.seconds()), Math.min(second.seconds(), fourth.seconds()),
				Math.max(Math.max(first.heap(), second.heap()), Math.max(third.heap(), fourth.heap())));
	}

	/** Runs a preparation step of the seed scale to its end (extraction, CDS training run). */
	private static void launch(List<String> command, Path dir) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("prepare.log").toFile())
			.start();
		if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("'" + String.join(" ", command) + "' failed; see " + dir.resolve("prepare.log"));
		}
	}

	/** Seconds from launch to the first right answer, and heap after a full GC. */
	private Start startToFirstAnswer(List<String> launch) throws Exception {
		Path data = Files.createTempDirectory(Files.createDirectories(OUT), "seed-");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(launch);
		command.addAll(List.of("--server.port=" + port, "--diplomacy.data-dir=" + data.toAbsolutePath(),
				"--management.endpoints.web.exposure.include=health,prometheus", "--diplomacy.search.sync-interval=1h",
				"--diplomacy.security.api-keys=bench-operator:operator:" + OPERATOR_DIGEST));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(OUT.resolve("seed-server.log").toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		try {
			HttpClient client = HttpClient.newHttpClient();
			URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
			String body = body("{ meetings(first: 5) { nodes { title participants { person { name } } } } }", Map.of());
			double startup = -1;
			while (startup < 0) {
				if (!process.isAlive() || System.nanoTime() - start > TimeUnit.SECONDS.toNanos(300)) {
					throw new IllegalStateException("The packaged server did not answer within 300 s; see " + OUT.resolve("seed-server.log"));
				}
				try {
					HttpResponse<String> response = client.send(HttpRequest.newBuilder(graphql)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("Talks")) {
						startup = (System.nanoTime() - start) / 1e9;
					}
				}
				catch (IOException ex) {
					Thread.sleep(20);
				}
			}
			new ProcessBuilder("jcmd", String.valueOf(process.pid()), "GC.run").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor(30, TimeUnit.SECONDS);
			String metrics = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
				.header("Authorization", TestKeys.bearer(TestKeys.OPERATOR))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			long heap = metrics.lines()
				.filter((line) -> line.startsWith("jvm_memory_used_bytes{area=\"heap\""))
				.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
			return new Start(startup, heap);
		}
		finally {
			process.destroy();
			process.waitFor(20, TimeUnit.SECONDS);
		}
	}

	private String report(Seed seed) {
		StringBuilder out = new StringBuilder();
		out.append("Date ").append(LocalDate.now()).append(", commit ").append(System.getProperty("bench.commit", "?"))
			.append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", max heap ")
			.append(Runtime.getRuntime().maxMemory() >> 20).append(" MB; load: ").append(this.load.describe())
			.append(", ").append(this.concurrency)
			// Other work on the machine shows in absolute figures; the reader should know it was there.
			.append(" concurrent; load average ").append(String.format(Locale.ROOT, "%.1f", this.loadBefore))
			.append(" before the run (other work: the benchmark had not started yet).\n\n");
		out.append("| query | scale | server | SQL statements / request | req/s | p50 ms | p99 ms | peak heap MB |\n");
		out.append("|---|---|---|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			LoadGenerator.Result r = row.result();
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.0f | %.2f | %.2f | %s |%n", row.query(),
					row.scale().toPlainString(), row.server(),
					Double.isNaN(r.statements()) ? "–" : String.format(Locale.ROOT, "%.1f", r.statements()),
					r.throughput(), r.p50(), r.p99(), (r.peakHeap() < 0) ? "– (own process)" : String.valueOf(r.peakHeap() >> 20)));
		}
		out.append("\n| query | scale | throughput batched / naive | throughput GraphQL / JDBC | p50 GraphQL / JDBC |\n");
		out.append("|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			if (row.server().equals("GraphQL")) {
				Row naive = find(row.query(), row.scale(), "GraphQL naive");
				Row jdbc = find(row.query(), row.scale(), "JDBC");
				out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", row.query(),
						row.scale().toPlainString(),
						(naive != null) ? ratio(row.result().throughput() / naive.result().throughput()) : "–",
						(jdbc != null) ? percent(row.result().throughput() / jdbc.result().throughput()) : "n/a (Lucene)",
						(jdbc != null) ? ratio(row.result().p50() / jdbc.result().p50()) : "n/a"));
			}
		}
		peerTable(out);
		if (this.rows.stream().anyMatch((row) -> row.server().equals(ALONE))) {
			out.append("\nScaling (GraphQL, batched, one client), p50 ms by scale, and the deep page against the first:\n\n");
			List<BigDecimal> scales = this.rows.stream().map(Row::scale).distinct().toList();
			out.append("| query |");
			scales.forEach((scale) -> out.append(" scale ").append(scale.toPlainString()).append(" |"));
			out.append("\n|---|").append("---|".repeat(scales.size())).append('\n');
			for (String query : DEPTH.keySet().stream().sorted().toList()) {
				out.append("| ").append(query).append(" |");
				for (BigDecimal scale : scales) {
					Row row = find(query, scale, ALONE);
					out.append(String.format(Locale.ROOT, " %.2f |", (row != null) ? row.result().p50() : Double.NaN));
				}
				out.append('\n');
			}
			out.append("| deep / first page p50 |");
			for (BigDecimal scale : scales) {
				Row deep = find("deep page", scale, ALONE);
				Row first = find("shallow page", scale, ALONE);
				out.append((deep != null && first != null) ? ratio(deep.result().p50() / first.result().p50()) : "–")
					.append(" |");
			}
			out.append("\n\n");
		}
		if (seed != null) {
			out.append(String.format(Locale.ROOT,
					"Seed scale (the packaged jar on the five articles, fresh database): start to first answer %.2f s with `java -jar`, %.2f s extracted with a CDS archive (%s); heap after a full GC %d MB.%n%n",
					seed.startup(), seed.cdsStartup(), ratio(seed.cdsStartup() / seed.startup()), seed.heap() >> 20));
		}
		out.append("Statements ≤ depth + 1 (GraphQL, batched): ");
		List<String> checks = new ArrayList<>();
		for (Row row : this.rows) {
			if (row.server().equals("GraphQL")) {
				int bound = DEPTH.get(row.query()) + 1;
				checks.add(String.format(Locale.ROOT, "%s@%s %.1f ≤ %d%s", row.query(), row.scale().toPlainString(),
						row.result().statements(), bound, (row.result().statements() <= bound) ? "" : " (NOT MET)"));
			}
		}
		out.append(String.join("; ", checks)).append(checks.isEmpty() ? "no H2 scale measured.\n\n" : ".\n\n");
		this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		return out.toString();
	}

	/** The side-by-side table of {@link PeerBenchmark}: the three on PostgreSQL, and the ratios. */
	private void peerTable(StringBuilder out) {
		List<Row> peers = this.rows.stream().filter((row) -> row.server().equals(PeerBenchmark.PEER)).toList();
		if (peers.isEmpty()) {
			return;
		}
		out.append("\nOn PostgreSQL, side by side (req/s, p50 ms, p99 ms; ").append(this.concurrency)
			.append(" concurrent):\n\n| query | scale | GraphQL (this server) | PostGraphile | JDBC | throughput GraphQL / PostGraphile | p50 GraphQL / PostGraphile | throughput GraphQL / JDBC |\n")
			.append("|---|---|---|---|---|---|---|---|\n");
		for (Row peer : peers) {
			Row ours = find(peer.query(), peer.scale(), PeerBenchmark.GRAPHQL);
			Row jdbc = find(peer.query(), peer.scale(), PeerBenchmark.JDBC);
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", peer.query(),
					peer.scale().toPlainString(), figures(ours), figures(peer), figures(jdbc),
					ratio(ours.result().throughput() / peer.result().throughput()),
					ratio(ours.result().p50() / peer.result().p50()),
					percent(ours.result().throughput() / jdbc.result().throughput())));
		}
		out.append('\n');
	}

	private static String figures(Row row) {
		LoadGenerator.Result r = row.result();
		return String.format(Locale.ROOT, "%.0f, %.2f, %.2f", r.throughput(), r.p50(), r.p99());
	}

	private Row find(String query, BigDecimal scale, String server) {
		return this.rows.stream()
			.filter((row) -> row.query().equals(query) && row.scale().equals(scale) && row.server().equals(server))
			.findFirst()
			.orElse(null);
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.2f×", value);
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.0f%%", value * 100);
	}

	static String body(String query, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		return JSON.writeValueAsString(body);
	}

	/** A benchmark query: its GraphQL request bodies, by request number, and its JDBC baseline, if any. */
	private record Query(String name, IntFunction<String> graphQl, String jdbc) {
	}

	/** One measured run. */
	record Row(String query, BigDecimal scale, String server, LoadGenerator.Result result) {
	}

	/** Start-up seconds (java -jar; extracted with CDS) and heap bytes after a full GC at seed scale. */
	private record Seed(double startup, double cdsStartup, long heap) {
	}

	/** One start of the packaged application: seconds to the first answer, heap bytes after a full GC. */
	private record Start(double seconds, long heap) {
	}

	/**
	 * What the queries need from the graph: a cursor 90% into the meetings by date, meeting IDs for
	 * {@code node}, and people's names folded (without diacritics) for search.
	 */
	private record Inputs(String deepCursor, List<String> nodeIds, List<String> names) {

		static Inputs of(BenchServer server) {
			long meetings = server.jdbc().queryForObject("select count(*) from meeting", Long.class);
			String deep = server.jdbc()
				.queryForObject("select date_sort, id from meeting order by date_sort, id offset ? rows fetch next 1 rows only",
						(rs, n) -> new Cursor("DATE_ASC", String.valueOf(rs.getLong(1)), rs.getString(2)).encode(),
						meetings * 9 / 10);
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				ids.add(GlobalId.encode("Meeting", String.format("meeting-%08d", (int) ((i * 7919L) % meetings))));
			}
			List<String> names = server.jdbc()
				.queryForList("select alias from person_alias where mod(cast(substring(person_id, 8) as int), 97) = 0 order by person_id",
						String.class);
			return new Inputs(deep, ids, names);
		}

	}

}
