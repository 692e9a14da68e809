package org.diplomacygraph.synthetic;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Size and seed of the synthetic graph the {@code synthetic} profile generates.
 *
 * @param scale 1 is about 10k people, 2k organisations, 100k meetings and 20k agreements; the
 * counts grow linearly (0.1, 1, 10, ...)
 * @param seed the same seed and scale give the same graph, row for row
 */
@ConfigurationProperties("diplomacy.synthetic")
public record SyntheticProperties(@DefaultValue("0.1") BigDecimal scale, @DefaultValue("1") long seed) {

	/** What the store records as its fingerprint, so that an existing graph of this size and seed is kept. */
	String fingerprint() {
		return "synthetic:" + SyntheticGraph.VERSION + ":scale=" + this.scale.stripTrailingZeros().toPlainString()
				+ ":seed=" + this.seed;
	}

}
