package org.diplomacygraph.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change log, the feed and the subscriptions' delivery.
 *
 * @param retention how long changes are kept: the feed and {@code Subscription.changes(after:)}
 * accept any cursor younger than this, and answer an older one with {@code CURSOR_EXPIRED}
 * @param pollInterval the pause between two reads of the log by each instance's poller, which is
 * about how long a committed write takes to reach the subscribers of any instance
 * @param bufferSize the events one subscription may fall behind its client (WebSocket or SSE)
 * before it is ended with {@code SLOW_CONSUMER}
 */
@ConfigurationProperties("diplomacy.changes")
public record ChangesProperties(@DefaultValue("30d") Duration retention, @DefaultValue("200ms") Duration pollInterval,
		@DefaultValue("256") int bufferSize) {

	public ChangesProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("diplomacy.changes.poll-interval must be positive, got " + pollInterval);
		}
		if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new IllegalArgumentException("diplomacy.changes.retention must be at least 1m, got " + retention);
		}
		if (bufferSize < 1) {
			throw new IllegalArgumentException("diplomacy.changes.buffer-size must be at least 1, got " + bufferSize);
		}
	}

}
