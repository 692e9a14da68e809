package org.diplomacygraph.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of the export.
 *
 * @param chunkSize records read per chunk of a bulk export (each chunk costs a fixed number of
 * statements, {@link NodeDocuments#statementsPerChunk}), which is all a dump holds in memory
 * @param maxConcurrent bulk exports (NDJSON dump, Popolo) that may run at once on this instance;
 * another is refused with 503 and {@code Retry-After}
 * @param bulkPoints the points a bulk export takes from its client's per-minute budget (the GraphQL
 * rate limit's, {@code diplomacy.limits.points-per-minute}); a node's document takes one
 */
@ConfigurationProperties("diplomacy.export")
record ExportProperties(@DefaultValue("500") int chunkSize, @DefaultValue("2") int maxConcurrent,
		@DefaultValue("100") long bulkPoints) {

	ExportProperties {
		if (chunkSize < 1 || chunkSize > 10_000) {
			throw new IllegalArgumentException("diplomacy.export.chunk-size must be between 1 and 10000, got " + chunkSize);
		}
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException("diplomacy.export.max-concurrent must be positive, got " + maxConcurrent);
		}
		if (bulkPoints < 1) {
			throw new IllegalArgumentException("diplomacy.export.bulk-points must be positive, got " + bulkPoints);
		}
	}

}
