package org.diplomacygraph.endpoint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Cost points per client per minute: a bucket per client that holds at most a minute's points and
 * refills continuously, so a client may burst up to its budget and then goes at the refill rate.
 */
final class RateLimiter {

	private static final long MINUTE = 60_000_000_000L;

	// Buckets of clients gone quiet are full again and carry no state worth keeping.
	private static final int PRUNE_ABOVE = 10_000;

	private final long pointsPerMinute;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimiter(long pointsPerMinute, LongSupplier nanoTime) {
		this.pointsPerMinute = pointsPerMinute;
		this.nanoTime = nanoTime;
	}

	boolean enabled() {
		return this.pointsPerMinute > 0;
	}

	long pointsPerMinute() {
		return this.pointsPerMinute;
	}

	/**
	 * Takes the points from the client's bucket if it holds them.
	 * @return 0 if taken, else the seconds after which the bucket will hold them
	 */
	long take(String client, long points) {
		if (!enabled()) {
			return 0;
		}
		if (this.buckets.size() > PRUNE_ABOVE) {
			long now = this.nanoTime.getAsLong();
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		return this.buckets.computeIfAbsent(client, (key) -> new Bucket()).take(points, this.nanoTime.getAsLong());
	}

	/** Returns points a request was charged but did not spend. */
	void giveBack(String client, long points) {
		Bucket bucket = this.buckets.get(client);
		if (enabled() && bucket != null && points > 0) {
			bucket.giveBack(points, this.nanoTime.getAsLong());
		}
	}

	/** The points the client could spend now. */
	long available(String client) {
		Bucket bucket = this.buckets.get(client);
		return (bucket != null) ? bucket.available(this.nanoTime.getAsLong()) : this.pointsPerMinute;
	}

	private final class Bucket {

		private double points = RateLimiter.this.pointsPerMinute;

		private long refilledAt = RateLimiter.this.nanoTime.getAsLong();

		synchronized long take(long wanted, long now) {
			refill(now);
			if (this.points >= wanted) {
				this.points -= wanted;
				return 0;
			}
			double missing = wanted - this.points;
			return (long) Math.ceil(missing * 60 / RateLimiter.this.pointsPerMinute);
		}

		synchronized void giveBack(long unspent, long now) {
			refill(now);
			this.points = Math.min(RateLimiter.this.pointsPerMinute, this.points + unspent);
		}

		synchronized long available(long now) {
			refill(now);
			return (long) this.points;
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.points >= RateLimiter.this.pointsPerMinute;
		}

		private void refill(long now) {
			long capacity = RateLimiter.this.pointsPerMinute;
			this.points = Math.min(capacity, this.points + (double) (now - this.refilledAt) * capacity / MINUTE);
			this.refilledAt = now;
		}

	}

}
