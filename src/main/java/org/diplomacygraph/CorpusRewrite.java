package org.diplomacygraph;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.diplomacygraph.curation.CurationReplay;
import org.diplomacygraph.ingest.CorpusLoader;
import org.diplomacygraph.ingest.CorpusProperties;
import org.diplomacygraph.ingest.IngestReplay;
import org.diplomacygraph.live.ChangeLog;
import org.diplomacygraph.search.SearchChanges;
import org.diplomacygraph.search.SearchIndexer;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The corpus into the store and the search index, during start-up, before the server takes requests;
 * the one place that says what a corpus rewrite does, in order:
 * <ol>
 * <li>read and check the corpus ({@link CorpusLoader#read}): a defect stops start-up, nothing written;</li>
 * <li>in one transaction, which starts by taking the write lock
 * ({@link org.diplomacygraph.audit.WriteLock}):
 * <ol>
 * <li>write the corpus ({@link CorpusLoader#write}): nothing more if the store already holds these
 * files, else the stored graph is replaced;</li>
 * <li>replay the articles ingested through the API ({@link IngestReplay}), with the IDs they had;</li>
 * <li>replay the curation made through the API ({@link CurationReplay}), after the articles, since
 * it may name their entities;</li>
 * <li>record that every instance must rebuild its search index ({@link SearchChanges#recordAll}),
 * written just before the commit, with the change log's rows for every node the rewrite created,
 * changed or deleted ({@link ChangeLog#rewriteStarts} notes the nodes stored before it);</li>
 * </ol>
 * so that no other instance ever sees the new graph without what was ingested and curated on the
 * old one; any failure rolls all of it back and stops start-up;</li>
 * <li>after the commit, build this instance's search index from the store ({@link SearchIndexer#build}),
 * also when the store was up to date (the index lives in memory). Without a load at start-up
 * ({@code diplomacy.corpus.load-on-startup=false}, the synthetic profile) only this step runs.</li>
 * </ol>
 */
@Component
@EnableConfigurationProperties(CorpusProperties.class)
public class CorpusRewrite implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CorpusRewrite.class);

	private final CorpusProperties properties;

	private final CorpusLoader loader;

	private final IngestReplay ingestReplay;

	private final CurationReplay curationReplay;

	private final SearchChanges searchChanges;

	private final ChangeLog changeLog;

	private final SearchIndexer searchIndexer;

	private final TransactionTemplate transactions;

	CorpusRewrite(CorpusProperties properties, CorpusLoader loader, IngestReplay ingestReplay,
			CurationReplay curationReplay, SearchChanges searchChanges, ChangeLog changeLog, SearchIndexer searchIndexer,
			PlatformTransactionManager transactionManager) {
		this.properties = properties;
		this.loader = loader;
		this.ingestReplay = ingestReplay;
		this.curationReplay = curationReplay;
		this.searchChanges = searchChanges;
		this.changeLog = changeLog;
		this.searchIndexer = searchIndexer;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.loadOnStartup()) {
			load(this.properties.location());
		}
		else {
			// The store may hold a graph from an earlier run, or the synthetic one.
			this.searchIndexer.build();
		}
	}

	/**
	 * Syncs the corpus at a location into the store, then builds the search index; true if the
	 * store was rewritten. Throws {@link org.diplomacygraph.ingest.CorpusException} on a defect, or
	 * whatever failed in the write's transaction, leaving the store as it was.
	 */
	public boolean load(String location) {
		CorpusLoader.Checked corpus = this.loader.read(location);
		boolean written = Boolean.TRUE.equals(this.transactions.execute((status) -> rewrite(corpus)));
		logger.info((written ? "Loaded" : "Unchanged, kept") + " the corpus at " + location + ": " + corpus.summary());
		this.searchIndexer.build();
		return written;
	}

	/** The steps of the write's transaction; false, after the first, if the store already held the corpus. */
	private boolean rewrite(CorpusLoader.Checked corpus) {
		this.changeLog.rewriteStarts();
		if (!this.loader.write(corpus)) {
			return false;
		}
		this.ingestReplay.replay();
		this.curationReplay.replay();
		this.searchChanges.recordAll();
		return true;
	}

}
