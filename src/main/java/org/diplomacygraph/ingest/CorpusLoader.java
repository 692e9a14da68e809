package org.diplomacygraph.ingest;

import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.CorpusReader.Corpus;
import org.springframework.stereotype.Component;

/**
 * The article corpus into the store, in two steps that the corpus rewrite of the composition root
 * ({@code org.diplomacygraph.CorpusRewrite}) runs at start-up: {@link #read} checks it (a corpus with
 * any defect stops start-up and leaves the store as it was), {@link #write} replaces the stored graph
 * with it, in the rewrite's transaction, unless the store already holds it.
 */
@Component
public class CorpusLoader {

	private final CorpusWriter writer;

	private final CorpusReader reader = new CorpusReader();

	CorpusLoader(CorpusWriter writer) {
		this.writer = writer;
	}

	/** Reads, checks and compiles the corpus at a location; throws {@link CorpusException} on defects. */
	public Checked read(String location) {
		Corpus corpus = this.reader.read(location);
		return new Checked(location, CorpusCompiler.compile(corpus), corpus.fingerprint());
	}

	/**
	 * Replaces the stored graph with the corpus unless the store already holds this one; true if it
	 * wrote. Must run inside the rewrite's transaction, which it starts by taking the write lock
	 * ({@link CorpusWriter#write}).
	 */
	public boolean write(Checked corpus) {
		return this.writer.write(corpus.graph(), corpus.fingerprint());
	}

	static String summary(Graph graph) {
		return graph.articles().size() + " articles, " + graph.people().size() + " people, "
				+ graph.organisations().size() + " organisations, " + graph.places().size() + " places, "
				+ graph.countries().size() + " countries, " + graph.meetings().size() + " meetings, "
				+ graph.agreements().size() + " agreements, " + facts(graph) + " quotes, " + graph.claims().size()
				+ " claims";
	}

	/** The quotes of facts; the quotes of names and aliases go with their claims. */
	private static long facts(Graph graph) {
		return graph.evidence().stream().filter((quote) -> quote.getAspect() != Evidence.Aspect.NAME).count();
	}

	/**
	 * A corpus read and checked, not yet written.
	 *
	 * @param location where it was read
	 * @param graph what it compiles to
	 * @param fingerprint the fingerprint of its files, which the store keeps with the graph
	 */
	public record Checked(String location, Graph graph, String fingerprint) {

		/** What the corpus holds, for the log: articles, entities, quotes and claims. */
		public String summary() {
			return CorpusLoader.summary(this.graph);
		}

	}

}
