package org.diplomacygraph.ingest;

import org.springframework.context.ApplicationEvent;

/**
 * Published inside the transaction that rewrote the stored graph from a changed corpus, before it
 * commits: listeners (the curation replay) change the new graph in the same transaction, and
 * {@code search/SearchChanges} records that every instance must rebuild its search index. Listen by
 * implementing {@code ApplicationListener<CorpusRewrittenEvent>}, as for {@link CorpusLoadedEvent}.
 */
public class CorpusRewrittenEvent extends ApplicationEvent {

	public CorpusRewrittenEvent(Object source) {
		super(source);
	}

}
