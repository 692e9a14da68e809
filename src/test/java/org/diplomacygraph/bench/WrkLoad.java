package org.diplomacygraph.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * The load from outside: wrk (Debian's package, installed by {@code src/test/bench/setup wrk}) in a
 * process of its own, one thread, HTTP/1.1 keep-alive on loopback, for a fixed time after a warm-up
 * of its own, with {@code src/test/bench/bench.lua}: the request bodies cycled from a file, every
 * answer checked (a non-200 or a body with GraphQL errors fails the run), and the rate, p50 and p99
 * printed on one line that this class reads. wrk is written in C and waits on epoll, so the server
 * (and its JVM) has nearly the whole machine, unlike the in-JVM {@link LoadGenerator}.
 */
final class WrkLoad implements LoadDriver {

	private static final Path SCRIPT = Path.of("src", "test", "bench", "bench.lua");

	/** Distinct request bodies written per run (search names and node IDs cycle through fewer). */
	private static final int BODIES = 1000;

	/** Answers a warm-up waits for (as the in-JVM generator's 150 warm-up requests), within a minute. */
	private static final int WARM_REQUESTS = 150;

	private final Path dir;

	private final int seconds;

	private final int warmupSeconds;

	WrkLoad(Path dir, int seconds, int warmupSeconds) {
		this.dir = dir;
		this.seconds = seconds;
		this.warmupSeconds = warmupSeconds;
	}

	@Override
	public String describe() {
		return "wrk (own process, 1 thread, keep-alive), " + this.seconds + " s per run after a warm-up of "
				+ this.warmupSeconds + " s runs until " + WARM_REQUESTS + " answers (at most a minute)";
	}

	/**
	 * Warms for {@code warmupSeconds}, again and again until {@link #WARM_REQUESTS} answers have come
	 * back or a minute has passed: on a busy machine a few seconds are a handful of requests, too few
	 * for the JIT of a JVM server, and the comparison with a peer that warms faster would be unfair.
	 */
	@Override
	public void warm(URI uri, IntFunction<String> bodies, int clients) throws Exception {
		long deadline = System.nanoTime() + 60_000_000_000L;
		int answered = 0;
		while (answered < WARM_REQUESTS && System.nanoTime() < deadline) {
			answered += Integer.parseInt(wrk(uri, bodies, clients, this.warmupSeconds, false).get("requests"));
		}
	}

	@Override
	public LoadGenerator.Result run(URI uri, IntFunction<String> bodies, int clients, boolean light,
			LongSupplier statements) throws Exception {
		if (light) {
			// The naive server: one warm-up run, as its nested page takes seconds.
			wrk(uri, bodies, clients, this.warmupSeconds, false);
		}
		else {
			warm(uri, bodies, clients);
		}
		LoadGenerator.Heap heap = (statements != null) ? LoadGenerator.Heap.reset() : null;
		long before = (statements != null) ? statements.getAsLong() : 0;
		Map<String, String> result = wrk(uri, bodies, clients, this.seconds, true);
		int requests = Integer.parseInt(result.get("requests"));
		double perRequest = (statements != null) ? (double) (statements.getAsLong() - before) / requests : Double.NaN;
		return new LoadGenerator.Result(requests, Double.parseDouble(result.get("rps")),
				Double.parseDouble(result.get("p50_ms")), Double.parseDouble(result.get("p99_ms")), perRequest,
				(heap != null) ? heap.peak() : -1);
	}

	/**
	 * Runs wrk to its end; the RESULT line's figures, or an exception naming the first bad answer. A
	 * warm-up may end before its first answer (a slow first request on a cold server); a measured run
	 * may not.
	 */
	private Map<String, String> wrk(URI uri, IntFunction<String> bodies, int clients, int duration, boolean measured)
			throws Exception {
		Files.createDirectories(this.dir);
		Path file = this.dir.resolve("bodies.txt");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < BODIES; i++) {
			lines.add(bodies.apply(i));
		}
		Files.write(file, lines.stream().allMatch(lines.get(0)::equals) ? lines.subList(0, 1) : lines);
		Path out = this.dir.resolve("wrk.txt");
		ProcessBuilder builder = new ProcessBuilder("wrk", "-t1", "-c" + clients, "-d" + duration + "s", "--timeout",
				"60s", "--latency", "-s", SCRIPT.toAbsolutePath().toString(), uri.toString())
			.redirectErrorStream(true)
			.redirectOutput(out.toFile());
		builder.environment().put("BENCH_BODIES", file.toAbsolutePath().toString());
		Process process = builder.start();
		if (!process.waitFor(duration + 120L, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("wrk did not end; see " + out);
		}
		List<String> output = Files.readAllLines(out);
		String line = output.stream()
			.filter((l) -> l.startsWith("RESULT "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("wrk printed no result: " + String.join("\n", output)));
		Map<String, String> result = new LinkedHashMap<>();
		for (String pair : line.substring("RESULT ".length()).split(" ")) {
			result.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		if (!result.get("non200").equals("0") || !result.get("graphql_errors").equals("0")
				|| !result.get("socket_errors").equals("0") || (measured && result.get("requests").equals("0"))) {
			String first = output.stream().filter((l) -> l.startsWith("FIRST ")).findFirst().orElse("");
			throw new IllegalStateException(uri + ": " + line + " " + first);
		}
		return result;
	}

	/** Whether wrk can be run here, after {@code src/test/bench/setup wrk} tried to install it. */
	static String unavailable() throws Exception {
		Process setup = new ProcessBuilder("src/test/bench/setup", "wrk").redirectErrorStream(true).start();
		String output = new String(setup.getInputStream().readAllBytes()).strip();
		if (!setup.waitFor(600, TimeUnit.SECONDS) || setup.exitValue() != 0) {
			return output.isEmpty() ? "src/test/bench/setup wrk failed" : output.lines().reduce((a, b) -> b).get();
		}
		return null;
	}

}
