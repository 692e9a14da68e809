package org.diplomacygraph.endpoint;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionTests {

	@Test
	void admitsUpToTheConcurrentBoundThenQueuesThenRefuses() throws Exception {
		Admission admission = new Admission(2, 1, Duration.ofSeconds(30));
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
		Admission admission = new Admission(1, 5, Duration.ofMillis(20));
		assertThat(admission.enter()).isTrue();

		assertThat(admission.enter()).isFalse();
		admission.leave();
		assertThat(admission.enter()).isTrue();
	}

	@Test
	void noQueueRefusesAtOnce() {
		Admission admission = new Admission(1, 0, Duration.ofHours(1));
		assertThat(admission.enter()).isTrue();

		assertThat(admission.enter()).isFalse();
	}

	private static boolean hasWaiter(Admission admission) {
		return admission.waiting() > 0;
	}

}
