package org.diplomacygraph.export;

import java.util.concurrent.Semaphore;

/**
 * How many bulk exports run at once on this instance ({@code diplomacy.export.max-concurrent}):
 * each holds a database connection and a request thread for as long as it streams.
 */
final class BulkPermits {

	/** What a refused client is told to wait. */
	static final long RETRY_AFTER_SECONDS = 60;

	private final Semaphore permits;

	BulkPermits(int maxConcurrent) {
		this.permits = new Semaphore(maxConcurrent);
	}

	boolean tryAcquire() {
		return this.permits.tryAcquire();
	}

	void release() {
		this.permits.release();
	}

}
