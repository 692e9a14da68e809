package org.diplomacygraph.ingest;

import org.springframework.context.ApplicationEvent;

/**
 * Published once the store holds the corpus (freshly written or unchanged), during start-up and
 * before the server takes requests; derived data such as a search index is rebuilt on it.
 * <p>
 * It is published while singletons are being initialised, so listen by implementing
 * {@code ApplicationListener<CorpusLoadedEvent>}, which is registered early enough, rather than
 * with {@code @EventListener}.
 */
public class CorpusLoadedEvent extends ApplicationEvent {

	private final boolean written;

	public CorpusLoadedEvent(Object source, boolean written) {
		super(source);
		this.written = written;
	}

	/** Whether the load rewrote the store, rather than finding it up to date. */
	public boolean isWritten() {
		return this.written;
	}

}
