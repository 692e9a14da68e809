package org.diplomacygraph.ingest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.ingest.CorpusCompiler.Graph;
import org.diplomacygraph.ingest.CorpusReader.Corpus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Syncs the article corpus into the store during start-up, before the server takes requests: a
 * corpus with any defect stops start-up and leaves the store as it was.
 */
@Component
class CorpusLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CorpusLoader.class);

	private final CorpusProperties properties;

	private final CorpusWriter writer;

	private final ApplicationEventPublisher events;

	private final CorpusReader reader = new CorpusReader();

	CorpusLoader(CorpusProperties properties, CorpusWriter writer, ApplicationEventPublisher events) {
		this.properties = properties;
		this.writer = writer;
		this.events = events;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.loadOnStartup()) {
			load(this.properties.location());
		}
	}

	/** Reads, checks and stores the corpus at a location; throws {@link CorpusException} on defects. */
	boolean load(String location) {
		Corpus corpus = this.reader.read(location);
		Graph graph = CorpusCompiler.compile(corpus);
		boolean written = this.writer.write(graph, corpus.fingerprint());
		logger.info((written ? "Loaded" : "Unchanged, kept") + " the corpus at " + location + ": " + summary(graph));
		this.events.publishEvent(new CorpusLoadedEvent(this, written));
		return written;
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

}
