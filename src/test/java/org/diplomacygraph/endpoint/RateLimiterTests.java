package org.diplomacygraph.endpoint;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-client budget of cost points, on a clock the test moves. */
class RateLimiterTests {

	final AtomicLong now = new AtomicLong();

	final RateLimiter limiter = new RateLimiter(600, this.now::get);

	@Test
	void aClientMaySpendItsMinuteAtOnceThenWaitsForTheRefill() {
		assertThat(this.limiter.take("a", 600)).isZero();
		assertThat(this.limiter.available("a")).isZero();

		assertThat(this.limiter.take("a", 30)).as("seconds to wait for 30 points at 10 a second").isEqualTo(3);

		this.now.addAndGet(3_000_000_000L);
		assertThat(this.limiter.take("a", 30)).isZero();
	}

	@Test
	void clientsHaveBudgetsOfTheirOwn() {
		this.limiter.take("a", 600);

		assertThat(this.limiter.take("b", 600)).isZero();
	}

	@Test
	void unspentPointsComeBackButNeverAboveTheMinute() {
		this.limiter.take("a", 500);
		this.limiter.giveBack("a", 400);
		assertThat(this.limiter.available("a")).isEqualTo(500);

		this.limiter.giveBack("a", 10_000);
		assertThat(this.limiter.available("a")).isEqualTo(600);
	}

	@Test
	void aRefusedRequestTakesNothing() {
		this.limiter.take("a", 590);

		assertThat(this.limiter.take("a", 20)).isEqualTo(1);
		assertThat(this.limiter.available("a")).isEqualTo(10);
	}

	@Test
	void zeroPointsPerMinuteSwitchesItOff() {
		RateLimiter off = new RateLimiter(0, this.now::get);

		assertThat(off.enabled()).isFalse();
		assertThat(off.take("a", 1_000_000)).isZero();
	}

}
