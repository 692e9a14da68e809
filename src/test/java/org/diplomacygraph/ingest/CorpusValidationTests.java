package org.diplomacygraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusValidationTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path directory;

	@Test
	void validateIsRecognisedAmongOtherArguments() {
		assertThat(CorpusValidation.requested(new String[] { "--server.port=0", "--validate" })).isTrue();
		assertThat(CorpusValidation.requested(new String[] { "--server.port=0" })).isFalse();
	}

	@Test
	void thePackagedCorpusIsValid() {
		int status = run("--validate");

		assertThat(status).isZero();
		// Whatever it holds: the shipped corpus grows (the figures of the test corpus are below).
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("The corpus at classpath:articles/ is valid: ")
			.endsWith(" claims\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void aValidCorpusIsSummedUp() {
		int status = run("--validate", "--diplomacy.corpus.location=" + TestCorpus.LOCATION);

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo(
				"The corpus at classpath:corpus/ is valid: 5 articles, 16 people, 27 organisations, 11 places, "
						+ "4 countries, 9 meetings, 7 agreements, 246 quotes, 268 claims\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void aDefectiveCorpusIsReportedWithAFailingExitCode() {
		String location = TestCorpus.small().replace("a.yaml", "date: \"2023-06-09\"", "date: \"2023-02-30\"")
			.writeTo(this.directory);

		int status = run("--validate", "--diplomacy.corpus.location=" + location);

		assertThat(status).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEqualTo("""
				The article corpus has 1 defect; nothing was loaded:
				  a.yaml: meetings[talks-2023-06-09]: date: impossible date '2023-02-30'
				""");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private int run(String... args) {
		return CorpusValidation.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
