package org.diplomacygraph.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the search index of this instance keeps in step with writes made through other instances.
 *
 * @param syncInterval the pause between two polls of the changes other instances wrote, which is
 * about how long a write takes to become searchable on another instance
 * @param syncGapTimeout how long a missing change id is waited for (an id is taken at insert, but
 * transactions commit in any order) before it is taken for a rolled-back one and skipped
 * @param syncRetention how long change rows are kept; longer than any instance may lag behind
 */
@ConfigurationProperties("diplomacy.search")
record SearchProperties(@DefaultValue("1s") Duration syncInterval, @DefaultValue("1m") Duration syncGapTimeout,
		@DefaultValue("1d") Duration syncRetention) {

	SearchProperties {
		if (syncInterval.isNegative() || syncInterval.isZero()) {
			throw new IllegalArgumentException("diplomacy.search.sync-interval must be positive, got " + syncInterval);
		}
		if (syncGapTimeout.isNegative()) {
			throw new IllegalArgumentException("diplomacy.search.sync-gap-timeout must not be negative, got " + syncGapTimeout);
		}
		if (syncRetention.compareTo(syncGapTimeout) <= 0) {
			throw new IllegalArgumentException("diplomacy.search.sync-retention (" + syncRetention
					+ ") must be longer than diplomacy.search.sync-gap-timeout (" + syncGapTimeout + ")");
		}
	}

}
