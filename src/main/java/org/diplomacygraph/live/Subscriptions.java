package org.diplomacygraph.live;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.diplomacygraph.live.LiveErrors.Code;
import org.diplomacygraph.live.LiveErrors.LiveException;
import org.diplomacygraph.record.RecordType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The stream of changes one subscription receives: the live changes of {@link ChangePoller} that pass
 * its filter, through a buffer of its own of {@code diplomacy.changes.buffer-size} changes; when the
 * client falls that far behind and takes nothing for {@link #STALL} (or falls a poll's batch further
 * behind), the subscription ends with {@code SLOW_CONSUMER} rather than buffering more. With a start cursor, the changes logged after it come first ({@link ChangeReader},
 * a page at a time as the client takes them), then the live ones not already sent: the subscription
 * listens before it reads the log, and a live change passes only if its sequence is above the last
 * one read, so nothing falls between the two and nothing comes twice. Each subscription takes its
 * changes (and its fields are fetched) on a bounded-elastic thread, not the poller's.
 */
@Component
class Subscriptions {

	static final int CATCH_UP_PAGE = 100;

	/**
	 * How long a subscriber may take no change while it is buffer-size behind before it is dropped: a
	 * burst of one write (up to a poll's batch more) does not drop a client that is reading.
	 */
	static final Duration STALL = Duration.ofSeconds(1);

	private final ChangePoller poller;

	private final ChangeReader reader;

	private final ChangesProperties properties;

	private final Scheduler delivery;

	private final Duration stall;

	@Autowired
	Subscriptions(ChangePoller poller, ChangeReader reader, ChangesProperties properties) {
		this(poller, reader, properties, Schedulers.boundedElastic(), STALL);
	}

	Subscriptions(ChangePoller poller, ChangeReader reader, ChangesProperties properties, Scheduler delivery,
			Duration stall) {
		this.poller = poller;
		this.reader = reader;
		this.properties = properties;
		this.delivery = delivery;
		this.stall = stall;
	}

	/**
	 * The changes of the given types (every type when empty) that pass the filter, live, after the
	 * logged ones following {@code after} when it is not null.
	 */
	Flux<Change> changes(Set<RecordType> types, Predicate<Change> filter, Long after) {
		Predicate<Change> wanted = (change) -> (types.isEmpty() || types.contains(change.type()))
				&& filter.test(change);
		return Flux.defer(() -> {
			// Bounded by the check below: buffer-size, or a poll's batch more while the client takes changes.
			Sinks.Many<Change> buffer = Sinks.many().unicast().onBackpressureBuffer();
			AtomicInteger behind = new AtomicInteger();
			AtomicLong progress = new AtomicLong(System.nanoTime());
			AtomicReference<Disposable> listening = new AtomicReference<>();
			listening.set(this.poller.live().filter(wanted).subscribe((change) -> {
				// One more waits in publishOn's queue.
				int waiting = behind.get() + 1;
				if (waiting >= this.properties.bufferSize() && (System.nanoTime() - progress.get() >= this.stall.toNanos()
						|| waiting >= this.properties.bufferSize() + ChangePoller.BATCH)) {
					buffer.tryEmitError(slowConsumer());
					Disposable self = listening.get();
					if (self != null) {
						self.dispose();
					}
					return;
				}
				if (behind.getAndIncrement() == 0) {
					progress.set(System.nanoTime());
				}
				buffer.tryEmitNext(change);
			}));
			Flux<Change> live = buffer.asFlux().doOnNext((change) -> {
				behind.decrementAndGet();
				progress.set(System.nanoTime());
			});
			Flux<Change> stream = live;
			if (after != null) {
				AtomicLong lastRead = new AtomicLong(after);
				stream = Flux.concat(logged(after, types).filter(wanted).doOnNext((change) -> lastRead.set(change.seq())),
						live.filter((change) -> change.seq() > lastRead.get()));
			}
			// Delivered on a thread of its own, not the poller's: the fields of each event are fetched
			// there, and a subscriber that is slow to take them holds up no other.
			return stream.publishOn(this.delivery, 1).doFinally((signal) -> listening.get().dispose());
		});
	}

	/** The changes logged after a sequence, read a page at a time as they are taken. */
	private Flux<Change> logged(long after, Set<RecordType> types) {
		return page(after, types).expand((page) -> (page.size() < CATCH_UP_PAGE) ? Mono.empty()
				: page(page.get(page.size() - 1).seq(), types))
			.flatMapIterable((page) -> page);
	}

	private Mono<List<Change>> page(long after, Set<RecordType> types) {
		return Mono.fromCallable(() -> this.reader.after(after, types, CATCH_UP_PAGE))
			.subscribeOn(Schedulers.boundedElastic());
	}

	private LiveException slowConsumer() {
		return new LiveException(Code.SLOW_CONSUMER, ("The subscription fell more than %d events behind and was "
				+ "ended (`diplomacy.changes.buffer-size`); read faster, and resubscribe with `after` set to the "
				+ "cursor of the last change received to catch up").formatted(this.properties.bufferSize()));
	}

}
