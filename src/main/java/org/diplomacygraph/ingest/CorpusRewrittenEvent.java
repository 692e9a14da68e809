package org.diplomacygraph.ingest;

import org.springframework.context.ApplicationEvent;

/**
 * Published inside the transaction that rewrote the stored graph from a changed corpus, before it
 * commits: listeners (the ingest and curation replays) change the new graph in the same
 * transaction, and {@code search/SearchChanges} records that every instance must rebuild its search
 * index. Listen by implementing {@code ApplicationListener<CorpusRewrittenEvent>}, as for
 * {@link CorpusLoadedEvent}, with an {@code @Order} of the constants below.
 */
public class CorpusRewrittenEvent extends ApplicationEvent {

	/**
	 * The order of the listeners ({@code @Order}): ingested articles are replayed first, since
	 * curation may name their entities (an alias added to an ingested person, a merge of one).
	 */
	public static final int INGEST_REPLAY_ORDER = 100;

	/** After {@link #INGEST_REPLAY_ORDER}: the curation replay. */
	public static final int CURATION_REPLAY_ORDER = 200;

	public CorpusRewrittenEvent(Object source) {
		super(source);
	}

}
