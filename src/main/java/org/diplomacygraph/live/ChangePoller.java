package org.diplomacygraph.live;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every committed change to this instance's subscribers: every
 * {@code diplomacy.changes.poll-interval} it reads the rows of {@code change_log} after the last one
 * it published, in sequence order, and emits them to {@link #live()}. Writes through any instance
 * reach the subscribers of every instance this way, and only once committed. It also deletes the
 * rows older than {@code diplomacy.changes.retention}, at most once an hour.
 * <p>
 * The sequence never needs gap tracking (unlike {@code search/ChangeCursor}): rows are inserted
 * under the write lock, so once a sequence is visible every lower one that will ever commit is.
 */
@Component
@EnableConfigurationProperties(ChangesProperties.class)
class ChangePoller implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangePoller.class);

	/** Rows read per statement; a poll reads until it is through. */
	static final int BATCH = 500;

	private static final Duration MAX_CLEANUP_INTERVAL = Duration.ofHours(1);

	private final ChangeReader reader;

	private final JdbcTemplate jdbc;

	private final ChangesProperties properties;

	/** Every subscriber of the instance listens here; each has a bounded buffer of its own. */
	private final Sinks.Many<Change> hub = Sinks.many().multicast().directBestEffort();

	private ScheduledExecutorService executor;

	private volatile boolean stopping;

	/** The last sequence published; touched by the poller's thread only, once started. */
	private volatile long last = -1;

	private Instant cleanedUp = Instant.MIN;

	ChangePoller(ChangeReader reader, JdbcTemplate jdbc, ChangesProperties properties) {
		this.reader = reader;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The changes committed from now on, in sequence order, as this instance learns of them. */
	Flux<Change> live() {
		return this.hub.asFlux();
	}

	/** Hands a change to every subscriber of the instance; on the poller's thread only. */
	void publish(Change change) {
		// Without subscribers the change is simply not delivered; a slow one has a buffer of its own.
		this.hub.tryEmitNext(change);
	}

	@Override
	public synchronized void start() {
		this.stopping = false;
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "change-poller");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::pollQuietly, 0, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		this.stopping = true;
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	/** A failed poll (the database away) is retried at the next one, from the same position. */
	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			if (this.stopping) {
				logger.debug("Change log poll interrupted by stop()", ex);
				return;
			}
			logger.warn("Could not read the change log; retrying", ex);
		}
	}

	/** Publishes the rows committed since the last poll; the first poll only finds where the log ends. */
	void poll() {
		if (this.last < 0) {
			this.last = this.reader.last();
			return;
		}
		List<Change> changes;
		do {
			changes = this.reader.after(this.last, List.of(), BATCH);
			for (Change change : changes) {
				publish(change);
				this.last = change.seq();
			}
		}
		while (changes.size() == BATCH);
		cleanUp(Instant.now());
	}

	private void cleanUp(Instant now) {
		Duration retention = this.properties.retention();
		if (this.cleanedUp.plus(MAX_CLEANUP_INTERVAL).isAfter(now)) {
			return;
		}
		int deleted = this.jdbc.update("delete from change_log where changed_at < ?", Timestamp.from(now.minus(retention)));
		if (deleted > 0) {
			logger.debug("Deleted " + deleted + " changes older than " + retention);
		}
		this.cleanedUp = now;
	}

}
