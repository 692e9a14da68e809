package org.diplomacygraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * A bounded load generator in the benchmark's JVM ({@code -Dbench.load=jvm}): a fixed number of POST
 * requests over HTTP/1.1 on loopback from a fixed number of threads, after a warm-up, each answer
 * checked (200, no GraphQL errors). It shares the JVM, and the two cores, with the server; wrk
 * ({@link WrkLoad}) is the default. Also sends the benchmark's single checked requests ({@link #post}).
 */
final class LoadGenerator implements LoadDriver {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int requests;

	private final int warmup;

	/** Measured requests and warm-up requests per run. */
	LoadGenerator(int requests, int warmup) {
		this.requests = requests;
		this.warmup = warmup;
	}

	@Override
	public String describe() {
		return "in-JVM load generator (java.net.http, sharing the server's JVM), " + this.requests
				+ " requests (naive: " + light(this.requests) + ") after " + this.warmup + " warm-up";
	}

	/** The naive server's share of requests. */
	static int light(int requests) {
		return Math.max(20, requests / 10);
	}

	/** One request, for checks. */
	String post(URI uri, String body) throws Exception {
		HttpResponse<String> response = this.client.send(request(uri, body), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	@Override
	public void warm(URI uri, IntFunction<String> bodies, int clients) throws Exception {
		drive(uri, bodies, this.warmup, clients);
	}

	@Override
	public Result run(URI uri, IntFunction<String> bodies, int clients, boolean light, LongSupplier statements)
			throws Exception {
		int requests = light ? light(this.requests) : this.requests;
		drive(uri, bodies, light ? light(this.warmup) : this.warmup, clients);
		Heap heap = Heap.reset();
		long before = statements.getAsLong();
		long start = System.nanoTime();
		long[] latencies = drive(uri, bodies, requests, clients);
		double seconds = (System.nanoTime() - start) / 1e9;
		long executed = statements.getAsLong() - before;
		Arrays.sort(latencies);
		return new Result(requests, requests / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
				(double) executed / requests, heap.peak());
	}

	private long[] drive(URI uri, IntFunction<String> bodies, int requests, int concurrency) throws Exception {
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < concurrency; w++) {
				running.add(workers.submit(() -> {
					for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
						HttpRequest request = request(uri, bodies.apply(i));
						long sent = System.nanoTime();
						HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
						latencies[i] = System.nanoTime() - sent;
						if (response.statusCode() != 200 || response.body().startsWith("{\"errors\"")
								|| response.body().contains("\"errors\":[")) {
							throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
									+ response.body().substring(0, Math.min(500, response.body().length())));
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : running) {
				worker.get();
			}
		}
		finally {
			workers.shutdownNow();
		}
		return latencies;
	}

	private static HttpRequest request(URI uri, String body) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.timeout(Duration.ofSeconds(60))
			.build();
	}

	private static double percentile(long[] sorted, double fraction) {
		int at = (int) Math.ceil(fraction * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(at, sorted.length - 1))] / 1e6;
	}

	/**
	 * What one run measured.
	 *
	 * @param requests measured requests
	 * @param throughput requests per second
	 * @param p50 median latency in ms
	 * @param p99 99th percentile latency in ms
	 * @param statements SQL statements per request ({@code NaN} for a server outside the JVM)
	 * @param peakHeap peak heap during the run (the sum of the heap pools' peaks), bytes ({@code -1}
	 * for a server outside the JVM)
	 */
	record Result(int requests, double throughput, double p50, double p99, double statements, long peakHeap) {
	}

	/** The heap pools of this JVM, their peaks reset after a full GC: {@link #peak} is the run's peak heap. */
	record Heap(List<MemoryPoolMXBean> pools) {

		static Heap reset() {
			System.gc();
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.toList();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			return new Heap(heap);
		}

		long peak() {
			return this.pools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		}

	}

}
