package org.diplomacygraph.endpoint;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sheds load instead of queueing it: at most {@code maxConcurrent} GraphQL executions run at once,
 * at most {@code maxQueued} more wait (each no longer than {@code maxWait}) for one of them to end,
 * and any request beyond that is turned away at once. Requests that would only wait in a long
 * queue, holding memory and threads until their own timeouts, are answered while the client can
 * still retry elsewhere or later.
 * <p>
 * Executions differ in weight by orders of magnitude, so a second bound applies once an
 * execution's cost is known (before any field runs): the cost points of the executions running at
 * once ({@code maxPointsInFlight}). Light requests run many at a time; heavy ones a few, and a heavy
 * one beyond that is refused at once rather than run slowly beside the others until all of them
 * pass the timeout.
 */
final class Admission {

	private final Semaphore running;

	private final AtomicInteger waiting = new AtomicInteger();

	private final int maxQueued;

	private final long maxWaitNanos;

	private final AtomicLong pointsInFlight = new AtomicLong();

	private final long maxPointsInFlight;

	Admission(int maxConcurrent, int maxQueued, Duration maxWait, long maxPointsInFlight) {
		this.running = new Semaphore(maxConcurrent, true);
		this.maxQueued = maxQueued;
		this.maxWaitNanos = maxWait.toNanos();
		this.maxPointsInFlight = maxPointsInFlight;
	}

	/**
	 * Reserves an admitted execution's cost points, unless the executions running already hold so
	 * many that these would go over the bound; an execution alone always fits.
	 * @return whether they were reserved; if so, {@link #release(long)} must follow
	 */
	boolean reserve(long points) {
		long held = this.pointsInFlight.addAndGet(points);
		if (held > this.maxPointsInFlight && held != points) {
			this.pointsInFlight.addAndGet(-points);
			return false;
		}
		return true;
	}

	void release(long points) {
		this.pointsInFlight.addAndGet(-points);
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
