package org.diplomacygraph.endpoint;

import java.time.Duration;

import graphql.GraphQLError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriptions a client may hold, over every connection and server-sent events together: the one
 * past {@code max-subscriptions-per-client} is refused with its exact error before any event, other
 * clients are not affected, and a subscription that ends makes room again. (The limit per WebSocket
 * connection, the idle close and the slow consumer are tested over the wire: {@code live/LiveApiTests},
 * {@code src/test/e2e/live.test.mjs}.)
 */
class SubscriptionCountsTests {

	final SubscriptionCounts counts = new SubscriptionCounts(limits(10, 3), 256);

	@AfterEach
	void stop() {
		this.counts.destroy();
	}

	@Test
	void aClientHoldsAtMostItsLimitOfSubscriptions() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.counts.start("key:partner", null)).isNull();
		}
		GraphQLError refused = this.counts.start("key:partner", null);
		assertThat(refused.getMessage()).isEqualTo("The client holds 4 subscriptions with this one; at most 3 are "
				+ "allowed (`diplomacy.limits.max-subscriptions-per-client`)");
		assertThat(refused.getExtensions()).containsEntry("limit", "max-subscriptions-per-client")
			.containsEntry("maximum", 3L)
			.containsEntry("figure", 4L);
		assertThat(this.counts.start("ip:192.0.2.7", null)).as("another client").isNull();
	}

	@Test
	void aSubscriptionThatEndsMakesRoomAgain() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.counts.start("key:partner", null)).isNull();
		}
		Flux.from(this.counts.counted(Flux.empty(), "key:partner", null, null)).blockLast();
		assertThat(this.counts.start("key:partner", null)).isNull();
		assertThat(this.counts.start("key:partner", null)).isNotNull();
	}

	static Limits limits(int perConnection, int perClient) {
		return new Limits(15, 1000, 50, 25000, 30, 10, 20000, 5000, DataSize.ofKilobytes(64), Duration.ofSeconds(10),
				null, 100, Duration.ofSeconds(2), 50000, DataSize.ofMegabytes(4), 10, 60000, perConnection, perClient,
				Duration.ofSeconds(60));
	}

}
