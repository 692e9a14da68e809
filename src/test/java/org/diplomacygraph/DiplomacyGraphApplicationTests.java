package org.diplomacygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplomacygraph.ingest.CorpusException;
import org.diplomacygraph.ingest.CorpusProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ApiTest
class DiplomacyGraphApplicationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startUpLoadsTheCorpusBeforeServing() {
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select count(*) from corpus_state", Integer.class)).isEqualTo(1);
	}

	/**
	 * The contexts of the tests load the test corpus, not the shipped one, which may grow: every
	 * article of {@code src/test/resources/corpus/} is stored, and nothing else.
	 */
	@Test
	void theTestsServeTheTestCorpus(@Autowired CorpusProperties corpus) throws IOException {
		assertThat(corpus.location()).isEqualTo("classpath:corpus/").isNotEqualTo(CorpusProperties.DEFAULT_LOCATION);
		int articles = new PathMatchingResourcePatternResolver().getResources(corpus.location() + "*.txt").length;
		assertThat(this.jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(articles);
	}

	@Test
	@ExtendWith(QuietConsole.class)
	void aDefectiveCorpusStopsStartUpWithOneMessage(@TempDir Path directory, QuietConsole.Captured output)
			throws Exception {
		Files.writeString(directory.resolve("a.txt"), "Talks in Hanoi.");
		Files.writeString(directory.resolve("a.yaml"), """
				article:
				  slug: talks
				  language: en
				places:
				  - id: hanoi
				    name: Hanoi
				    kind: city
				    evidence: "in Hà Nội"
				""");

		// The failure report is the point of the test: it is captured and read here rather than
		// printed into the build's log (a passing build prints no failure box).
		assertThatException()
			.isThrownBy(() -> SpringApplication.run(DiplomacyGraphApplication.class, "--server.port=0",
					"--spring.main.web-application-type=none", "--spring.datasource.url=jdbc:h2:mem:broken",
					"--diplomacy.corpus.location=" + directory.toUri()))
			.isInstanceOf(CorpusException.class)
			.withMessage("""
					The article corpus has 1 defect; nothing was loaded:
					  a.yaml: places[hanoi]: evidence: quote "in Hà Nội" not found in a.txt""");

		// One message, the failure analysis, and no stack trace.
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("a.yaml: places[hanoi]: evidence: quote \"in Hà Nội\" not found in a.txt")
			.contains("Correct the annotation files named above")
			.doesNotContain("\tat org.");
	}

}
