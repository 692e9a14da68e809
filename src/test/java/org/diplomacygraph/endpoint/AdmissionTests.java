package org.diplomacygraph.endpoint;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionTests {

	@Test
	void admitsUpToTheConcurrentBoundThenQueuesThenRefuses() throws Exception {
		Admission admission = new Admission(2, 1, Duration.ofSeconds(30), 100);
		assertThat(admission.enter()).isTrue();
		assertThat(admission.enter()).isTrue();

		CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(admission::enter);
		while (!queued.isDone() && !hasWaiter(admission)) {
			Thread.onSpinWait();
		}
		assertThat(admission.enter()).as("the queue is full").isFalse();

		admission.leave();
		assertThat(queued.get(10, TimeUnit.SECONDS)).as("the queued request got the freed place").isTrue();
	}

	@Test
	void aQueuedRequestIsRefusedAfterTheLongestWait() {
		Admission admission = new Admission(1, 5, Duration.ofMillis(20), 100);
		assertThat(admission.enter()).isTrue();

		assertThat(admission.enter()).isFalse();
		admission.leave();
		assertThat(admission.enter()).isTrue();
	}

	@Test
	void noQueueRefusesAtOnce() {
		Admission admission = new Admission(1, 0, Duration.ofHours(1), 100);
		assertThat(admission.enter()).isTrue();

		assertThat(admission.enter()).isFalse();
	}

	@Test
	void costPointsInFlightAreBoundedButAnExecutionAloneAlwaysFits() {
		Admission admission = new Admission(10, 0, Duration.ZERO, 100);

		assertThat(admission.reserve(60)).isTrue();
		assertThat(admission.reserve(30)).isTrue();
		assertThat(admission.reserve(20)).as("110 points would be in flight").isFalse();
		admission.release(60);
		assertThat(admission.reserve(20)).isTrue();
		admission.release(30);
		admission.release(20);
		assertThat(admission.reserve(500)).as("alone, over the bound").isTrue();
		assertThat(admission.reserve(1)).isFalse();
	}

	private static boolean hasWaiter(Admission admission) {
		return admission.waiting() > 0;
	}

}
