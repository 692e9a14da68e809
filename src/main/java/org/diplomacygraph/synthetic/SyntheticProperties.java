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
 * @param summitShare the share of meetings (0–1) that are summits of 20–60 participants instead of
 * 2–8; 0 (the default) gives the same graph as before the setting existed. The heavy load test
 * (src/test/load/run --heavy) uses it for answers of hundreds of kilobytes.
 */
@ConfigurationProperties("diplomacy.synthetic")
public record SyntheticProperties(@DefaultValue("0.1") BigDecimal scale, @DefaultValue("1") long seed,
		@DefaultValue("0") BigDecimal summitShare) {

	public SyntheticProperties {
		if (summitShare.signum() < 0 || summitShare.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("diplomacy.synthetic.summit-share must be between 0 and 1, not "
					+ summitShare.toPlainString());
		}
	}

	/** What the store records as its fingerprint, so that an existing graph of this size and seed is kept. */
	String fingerprint() {
		return "synthetic:" + SyntheticGraph.VERSION + ":scale=" + this.scale.stripTrailingZeros().toPlainString()
				+ ":seed=" + this.seed
				+ ((this.summitShare.signum() == 0) ? "" : ":summits=" + this.summitShare.stripTrailingZeros().toPlainString());
	}

}
