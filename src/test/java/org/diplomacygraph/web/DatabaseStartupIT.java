package org.diplomacygraph.web;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar on a data directory whose H2 database it cannot open: start-up ends with exit
 * code 1 and {@link DatabaseFailureAnalyzer}'s short message naming the directory, not with a stack
 * trace. Run by Failsafe in {@code ./mvnw verify} after {@code package} (system property
 * {@code it.jar}). The lock is held by this JVM's own H2 connection, which is what a running
 * instance holds, without the cost of starting one.
 */
class DatabaseStartupIT {

	/** The banner and Boot's start-up lines, one WARN line, and the analysis. */
	private static final int MAX_LINES = 50;

	@TempDir
	Path dataDir;

	@Test
	void aDatabaseInUseStopsStartUpWithOneMessage() throws Exception {
		try (Connection held = DriverManager.getConnection(url(), "sa", "")) {
			held.createStatement().execute("CREATE TABLE held (id INT)");

			List<String> output = failedStart();

			assertThat(String.join("\n", output)).contains("APPLICATION FAILED TO START")
				.contains("The database in the data directory " + this.dataDir.toRealPath()
						+ " (diplomacy.data-dir) is in use by another process")
				.contains("Stop the other process that uses " + this.dataDir.toRealPath());
			assertNoStackTrace(output);
		}
	}

	@Test
	void aCorruptDatabaseStopsStartUpWithOneMessage() throws Exception {
		try (Connection created = DriverManager.getConnection(url(), "sa", "")) {
			created.createStatement().execute("CREATE TABLE t (id INT)");
		}
		try (RandomAccessFile file = new RandomAccessFile(this.dataDir.resolve("diplomacy.mv.db").toFile(), "rw")) {
			file.write(new byte[8192]); // both copies of the store header
		}

		List<String> output = failedStart();

		assertThat(String.join("\n", output)).contains("APPLICATION FAILED TO START")
			.contains("The database in the data directory " + this.dataDir.toRealPath()
					+ " (diplomacy.data-dir) is corrupt and cannot be opened")
			.contains("Restore " + this.dataDir.toRealPath().resolve("diplomacy.mv.db") + " from a backup");
		assertNoStackTrace(output);
	}

	private String url() {
		return "jdbc:h2:file:" + this.dataDir.toAbsolutePath() + "/diplomacy";
	}

	private List<String> failedStart() throws Exception {
		String jar = System.getProperty("it.jar");
		assertThat(jar).as("system property it.jar (set by Failsafe)").isNotNull();
		Path log = Files.createTempFile("database-startup-it", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar,
					"--server.port=0", "--diplomacy.data-dir=" + this.dataDir.toRealPath())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().remove("SPRING_PROFILES_ACTIVE");
			Process process = builder.start();
			if (!process.waitFor(4, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("The server did not stop: " + Files.readString(log));
			}
			List<String> output = Files.readAllLines(log);
			assertThat(process.exitValue()).as(String.join("\n", output)).isEqualTo(1);
			return output;
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	private static void assertNoStackTrace(List<String> output) {
		assertThat(output).as("output").hasSizeLessThan(MAX_LINES);
		assertThat(output).noneMatch((line) -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
	}

}
