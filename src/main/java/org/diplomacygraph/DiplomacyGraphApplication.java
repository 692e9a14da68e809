package org.diplomacygraph;

import org.diplomacygraph.ingest.CorpusValidation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the diplomacy graph server, or with {@code --validate} only checks the article corpus. */
@SpringBootApplication
public class DiplomacyGraphApplication {

	public static void main(String[] args) {
		if (CorpusValidation.requested(args)) {
			System.exit(CorpusValidation.run(args, System.out, System.err));
		}
		SpringApplication.run(DiplomacyGraphApplication.class, args);
	}

}
