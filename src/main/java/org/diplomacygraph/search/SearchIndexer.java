package org.diplomacygraph.search;

import jakarta.persistence.EntityManagerFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.diplomacygraph.ingest.CorpusLoadedEvent;
import org.diplomacygraph.ingest.CorpusProperties;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the store once the corpus is loaded, before the server takes
 * requests, so that search never answers from an empty or stale index.
 */
@Component
class SearchIndexer implements ApplicationListener<CorpusLoadedEvent>, SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SearchIndexer.class);

	private final EntityManagerFactory entityManagerFactory;

	private final CorpusProperties corpus;

	SearchIndexer(EntityManagerFactory entityManagerFactory, CorpusProperties corpus) {
		this.entityManagerFactory = entityManagerFactory;
		this.corpus = corpus;
	}

	/** Also when the store was found up to date: the index lives in memory and starts empty. */
	@Override
	public void onApplicationEvent(CorpusLoadedEvent event) {
		rebuild();
	}

	/** Without a load at start-up no event comes, yet the store may hold a graph from an earlier run. */
	@Override
	public void afterSingletonsInstantiated() {
		if (!this.corpus.loadOnStartup()) {
			rebuild();
		}
	}

	/** Indexes every entity the store holds, in place of what the index held; returns when done. */
	void rebuild() {
		long start = System.nanoTime();
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				// Entities in batches of 100 rather than 10: a tenth of the statements on large graphs.
				.batchSizeToLoadObjects(100)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		logger.info("Rebuilt the search index in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

}
