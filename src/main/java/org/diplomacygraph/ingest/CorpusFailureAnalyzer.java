package org.diplomacygraph.ingest;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a corpus defect at start-up into one plain message instead of a stack trace. */
class CorpusFailureAnalyzer extends AbstractFailureAnalyzer<CorpusException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CorpusException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the annotation files named above. To check the corpus without starting the server, run "
						+ "./mvnw spring-boot:run -Dspring-boot.run.arguments=--validate",
				cause);
	}

}
