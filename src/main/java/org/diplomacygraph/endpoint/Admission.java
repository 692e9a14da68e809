package org.diplomacygraph.endpoint;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sheds load instead of queueing it: at most {@code maxConcurrent} GraphQL executions run at once,
 * at most {@code maxQueued} more wait (each no longer than {@code maxWait}) for one of them to end,
 * and any request beyond that is turned away at once. Requests that would only wait in a long
 * queue, holding memory and threads until their own timeouts, are answered while the client can
 * still retry elsewhere or later.
 */
final class Admission {

	private final Semaphore running;

	private final AtomicInteger waiting = new AtomicInteger();

	private final int maxQueued;

	private final long maxWaitNanos;

	Admission(int maxConcurrent, int maxQueued, Duration maxWait) {
		this.running = new Semaphore(maxConcurrent, true);
		this.maxQueued = maxQueued;
		this.maxWaitNanos = maxWait.toNanos();
	}

	/**
	 * Admits a request, waiting for a free place if the queue has room.
	 * @return whether it was admitted; if so, {@link #leave()} must follow
	 */
	boolean enter() {
		if (this.running.tryAcquire()) {
			return true;
		}
		if (this.waiting.incrementAndGet() > this.maxQueued) {
			this.waiting.decrementAndGet();
			return false;
		}
		try {
			return this.running.tryAcquire(this.maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/** Requests waiting for a place. */
	int waiting() {
		return this.waiting.get();
	}

	/** Ends an admitted request's execution. */
	void leave() {
		this.running.release();
	}

}
