package org.diplomacygraph.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.scheduler.Schedulers;

import org.diplomacygraph.record.RecordType;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscription's bounded buffer: a subscriber that falls behind is dropped with SLOW_CONSUMER. */
class SubscriptionsTests {

	ChangesProperties properties = new ChangesProperties(Duration.ofDays(30), Duration.ofMillis(200), 4);

	ChangePoller poller = new ChangePoller(null, null, this.properties);

	// Delivered on the publishing thread here, so that what was delivered can be asserted at once; a
	// subscriber buffer-size behind is dropped at once, not after a second without progress.
	Subscriptions subscriptions = new Subscriptions(this.poller, null, this.properties, Schedulers.immediate(),
			Duration.ZERO);

	@Test
	void aSubscriberThatFallsMoreThanTheBufferBehindIsDroppedWithSlowConsumer() {
		Recorder recorder = new Recorder(1);
		this.subscriptions.changes(EnumSet.noneOf(RecordType.class), (change) -> true, null).subscribe(recorder);
		for (long seq = 1; seq <= 6; seq++) {
			this.poller.publish(change(seq));
		}
		// One taken, four buffered, the sixth is one too many: the four buffered come, then the error.
		recorder.request(10);
		assertThat(recorder.seqs).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(recorder.error).isInstanceOf(LiveErrors.LiveException.class)
			.hasMessage("The subscription fell more than 4 events behind and was ended "
					+ "(`diplomacy.changes.buffer-size`); read faster, and resubscribe with `after` set to the cursor "
					+ "of the last change received to catch up");
	}

	@Test
	void aSubscriberThatKeepsUpGetsEveryChangeOfItsTypesInOrder() {
		Recorder recorder = new Recorder(Long.MAX_VALUE);
		this.subscriptions.changes(EnumSet.of(RecordType.MEETING), (change) -> true, null).subscribe(recorder);
		for (long seq = 1; seq <= 20; seq++) {
			this.poller.publish(change(seq));
		}
		assertThat(recorder.seqs).hasSize(10).isSorted();
		assertThat(recorder.error).isNull();
	}

	private static Change change(long seq) {
		return new Change(seq, (seq % 2 == 0) ? RecordType.MEETING : RecordType.PERSON, "node-" + seq,
				ChangeKind.UPDATED, null, null, Instant.parse("2026-12-08T00:00:00Z"));
	}

	private static final class Recorder extends BaseSubscriber<Change> {

		final List<Long> seqs = new ArrayList<>();

		final long initial;

		Throwable error;

		Recorder(long initial) {
			this.initial = initial;
		}

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			request(this.initial);
		}

		@Override
		protected void hookOnNext(Change change) {
			this.seqs.add(change.seq());
		}

		@Override
		protected void hookOnError(Throwable throwable) {
			this.error = throwable;
		}

	}

}
