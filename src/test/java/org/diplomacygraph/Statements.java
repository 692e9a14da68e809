package org.diplomacygraph;

import org.hibernate.stat.Statistics;

/**
 * Hibernate's statistics count the statements of every thread, the background work of a context
 * too (the search index sync's rebuild after a corpus rewrite, at most a poll interval, 1 s, later):
 * a test that counts statements right after such a rewrite first waits until there is none.
 */
public final class Statements {

	private Statements() {
	}

	/** Waits until no statement is prepared for longer than a poll interval, at most 30 s; then clears. */
	public static void awaitQuiet(Statistics statistics) {
		try {
			for (int i = 0; i < 20; i++) {
				statistics.clear();
				Thread.sleep(1500);
				if (statistics.getPrepareStatementCount() == 0) {
					break;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		statistics.clear();
	}

}
