package org.diplomacygraph.ingest;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code --validate} mode for annotators: checks the corpus and prints every defect or a
 * summary, without a database or a server.
 */
public final class CorpusValidation {

	private static final String LOCATION_ARG = "--diplomacy.corpus.location=";

	private CorpusValidation() {
	}

	/** Whether the command line asks for validation only. */
	public static boolean requested(String[] args) {
		return Arrays.asList(args).contains("--validate");
	}

	/** Validates the corpus named on the command line (or the packaged one); returns an exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		String location = Arrays.stream(args)
			.filter((arg) -> arg.startsWith(LOCATION_ARG))
			.map((arg) -> arg.substring(LOCATION_ARG.length()))
			.reduce((first, last) -> last)
			.orElse(CorpusProperties.DEFAULT_LOCATION);
		try {
			CorpusCompiler.Graph graph = CorpusCompiler.compile(new CorpusReader().read(location));
			out.println("The corpus at " + location + " is valid: " + CorpusLoader.summary(graph));
			return 0;
		}
		catch (CorpusException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
