package org.diplomacygraph.endpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.GraphQlHttp.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adversarial corpus ({@code src/test/resources/adversarial/}): documents built to make the
 * server's checks themselves expensive — fragment bombs (wide, deep, inline, through interfaces),
 * overlapping-field explosions, directive and alias floods, introspection cycles, long fragment
 * chains, huge and deep variables, long strings. Each file says in its {@code # expect:} line the
 * classification (and limit) it must be refused with.
 * <p>
 * Each is refused over HTTP with that one clear error, no SQL, and the server answers a simple query
 * right after; and, run through the same handler from this thread, its refusal costs under 50 ms of
 * CPU time and under 32 MB of allocation (the best of five runs, so that neither the JIT's
 * warm-up nor a collection counts). CPU time of the threads that did the work, not the clock: other
 * work on the machine does not make it fail.
 */
@ApiTest
class AdversarialApiTests {

	static final long MAX_CPU_NANOS = 50_000_000;

	static final long MAX_ALLOCATED_BYTES = 32L << 20;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	WebGraphQlHandler handler;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	GraphQlHttp http;

	Statistics statistics;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	static Stream<String> corpus() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:adversarial/*.graphql");
		return Arrays.stream(files).map(Resource::getFilename).map((name) -> name.replace(".graphql", "")).sorted();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRefusedCheaplyWithOneClearErrorAndTheServerGoesOn(String name) {
		Attack attack = Attack.read(name);
		long statements = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.query(attack.document(), attack.variables(), null);

		assertThat(reply.body().path("errors").size()).as(reply.body().toString()).isBetween(1, 100);
		JsonNode error = reply.body().path("errors").get(0);
		assertThat(error.path("extensions").path("classification").asString()).as(error.toString())
			.isEqualTo(attack.classification());
		if (attack.limit() != null) {
			assertThat(error.path("extensions").path("limit").asString()).isEqualTo(attack.limit());
			assertThat(reply.body().has("data")).isFalse();
		}
		reply.body().path("errors").forEach((each) -> assertThat(each.path("message").asString()).hasSizeLessThan(400));
		assertThat(reply.body().toString()).hasSizeLessThan(64 * 1024);
		assertThat(this.statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(statements);

		Cost cost = Cost.ofBestOfFive(() -> handle(attack));
		assertThat(cost.cpuNanos()).as("CPU time of the refusal, ns").isLessThan(MAX_CPU_NANOS);
		assertThat(cost.allocatedBytes()).as("bytes allocated by the refusal").isLessThan(MAX_ALLOCATED_BYTES);

		Reply simple = this.http.query("{ people(first: 1) { totalCount } }");
		assertThat(simple.status()).isEqualTo(200);
		assertThat(simple.body().has("errors")).isFalse();
	}

	private void handle(Attack attack) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", attack.document());
		body.put("variables", attack.variables());
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				null, null, Map.of(), body, "adversarial", null);
		ExecutionGraphQlResponse response = this.handler.handleRequest(request).block();
		assertThat(response.getErrors()).extracting(ResponseError::getMessage).isNotEmpty();
	}

	/** One file of the corpus: the document, its variables (a {@code .variables.json} beside it). */
	record Attack(String document, Map<String, Object> variables, String classification, String limit) {

		static Attack read(String name) {
			String document = text("adversarial/" + name + ".graphql");
			String expect = document.lines()
				.filter((line) -> line.startsWith("# expect: "))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(name + " has no '# expect:' line"))
				.substring("# expect: ".length());
			String[] words = expect.split(" ");
			ClassPathResource variables = new ClassPathResource("adversarial/" + name + ".variables.json");
			@SuppressWarnings("unchecked")
			Map<String, Object> values = variables.exists()
					? JSON.readValue(text("adversarial/" + name + ".variables.json"), Map.class) : Map.of();
			return new Attack(document, values, words[0], (words.length > 1) ? words[1] : null);
		}

		private static String text(String path) {
			try {
				return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * CPU time and allocation, while a task runs, of this thread and of the threads that run GraphQL
	 * executions (the server is otherwise idle in this test).
	 */
	record Cost(long cpuNanos, long allocatedBytes) {

		static Cost ofBestOfFive(Runnable task) {
			long bestCpu = Long.MAX_VALUE;
			long bestBytes = Long.MAX_VALUE;
			for (int i = 0; i < 5; i++) {
				Map<Long, long[]> before = sample();
				task.run();
				long cpu = 0;
				long bytes = 0;
				for (Map.Entry<Long, long[]> after : sample().entrySet()) {
					long[] start = before.getOrDefault(after.getKey(), new long[2]);
					cpu += after.getValue()[0] - start[0];
					bytes += after.getValue()[1] - start[1];
				}
				bestCpu = Math.min(bestCpu, cpu);
				bestBytes = Math.min(bestBytes, bytes);
			}
			return new Cost(bestCpu, bestBytes);
		}

		// Per thread: CPU time and bytes allocated so far.
		private static Map<Long, long[]> sample() {
			var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
			Map<Long, long[]> sample = new HashMap<>();
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread == Thread.currentThread()
						|| thread.getName().startsWith(LimitsInterceptor.EXECUTION_THREADS)) {
					long id = thread.getId();
					sample.put(id, new long[] { threads.getThreadCpuTime(id), threads.getThreadAllocatedBytes(id) });
				}
			}
			return sample;
		}

	}
}
