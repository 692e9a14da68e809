package org.diplomacygraph.ingest;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar on its default embedded H2 file database: an article ingested is still there
 * after the process is killed with SIGKILL right after the mutation answered, and restarted. Run by
 * Failsafe in {@code ./mvnw verify} after {@code package} (system property {@code it.jar}).
 */
class IngestDurabilityIT {

	/** The key of the editor this test configures; its SHA-256 is {@link #EDITOR_DIGEST}. */
	private static final String EDITOR_KEY = "durability-it-editor-key-5b7c1e9a";

	private static final String EDITOR_DIGEST = "034e2107228efa0e94f1b44c057daf674e4791c63298e17ed526aa4b68d5771c";

	/** Generous: start-up on two busy cores takes tens of seconds. */
	private static final Duration START_UP = Duration.ofMinutes(4);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@TempDir
	Path dataDir;

	@Test
	void anIngestedArticleSurvivesAKillNineRightAfterTheAnswer() throws Exception {
		int port = freePort();
		Process first = start(port, "first");
		String response;
		try {
			response = post(port, """
					{"query":"mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } created { id } userErrors { message } } }",
					 "variables":{"input":{"title":"Durable talks","text":"Envoy Tran Van Durabo met the press in Hanoi.",
					  "publisher":"IT Press","language":"en",
					  "people":[{"name":"Trần Văn Durabo","evidence":[{"quote":"Envoy Tran Van Durabo"}]}]}}}
					""", true);
		}
		finally {
			// At once, without a graceful shutdown: what is not on disk now is lost.
			first.destroyForcibly();
			first.waitFor(60, TimeUnit.SECONDS);
		}
		assertThat(response).contains("\"userErrors\":[]");
		String person = GlobalId.encode("Person", "tran-van-durabo");
		assertThat(response).contains(person);

		Process second = start(port, "second");
		try {
			String after = post(port, "{\"query\":\"{ node(id: \\\"" + person
					+ "\\\") { id ... on Person { name evidence { article { title } } } } }\"}", false);
			assertThat(after).contains(person).contains("Trần Văn Durabo").contains("Durable talks");
		}
		finally {
			second.destroyForcibly();
			second.waitFor(60, TimeUnit.SECONDS);
		}
	}

	private Process start(int port, String name) throws Exception {
		String jar = System.getProperty("it.jar");
		assertThat(jar).as("system property it.jar (set by Failsafe)").isNotNull();
		File log = this.dataDir.resolve(name + ".log").toFile();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar, "--server.port=" + port, "--diplomacy.data-dir=" + this.dataDir.resolve("data"))
			.redirectErrorStream(true)
			.redirectOutput(log);
		builder.environment().put("DIPLOMACY_SECURITY_API_KEYS", "it-editor:editor:" + EDITOR_DIGEST);
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		Process process = builder.start();
		long deadline = System.nanoTime() + START_UP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The server exited: " + Files.readString(log.toPath()));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
							.timeout(Duration.ofSeconds(10))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The server did not start within " + START_UP + ": " + Files.readString(log.toPath()));
	}

	private String post(int port, String body, boolean editor) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (editor) {
			request.header("Authorization", "Bearer " + EDITOR_KEY);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
