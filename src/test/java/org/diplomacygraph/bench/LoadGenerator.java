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
 * A bounded load generator: a fixed number of POST requests over HTTP/1.1 on loopback from a fixed
 * number of threads, after a warm-up, each answer checked (200, no GraphQL errors).
 */
final class LoadGenerator {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int concurrency;

	LoadGenerator(int concurrency) {
		this.concurrency = concurrency;
	}

	/** One request, for checks. */
	String post(URI uri, String body) throws Exception {
		HttpResponse<String> response = this.client.send(request(uri, body), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** Requests that are not measured. */
	void warm(URI uri, IntFunction<String> bodies, int requests) throws Exception {
		drive(uri, bodies, requests);
	}

	Result run(URI uri, IntFunction<String> bodies, int warmup, int requests, LongSupplier statements)
			throws Exception {
		drive(uri, bodies, warmup);
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long before = statements.getAsLong();
		long start = System.nanoTime();
		long[] latencies = drive(uri, bodies, requests);
		double seconds = (System.nanoTime() - start) / 1e9;
		long executed = statements.getAsLong() - before;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		Arrays.sort(latencies);
		return new Result(requests, requests / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
				(double) executed / requests, peak);
	}

	private long[] drive(URI uri, IntFunction<String> bodies, int requests) throws Exception {
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(this.concurrency);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < this.concurrency; w++) {
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
	 * @param statements SQL statements per request
	 * @param peakHeap peak heap during the run (the sum of the heap pools' peaks), bytes
	 */
	record Result(int requests, double throughput, double p50, double p99, double statements, long peakHeap) {
	}

}
