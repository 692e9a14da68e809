package org.diplomacygraph.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.search.ChangeCursor.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows of {@code search_change} a poll applies when ids commit out of order or never. */
class ChangeCursorTests {

	static final Duration TIMEOUT = Duration.ofMinutes(1);

	static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

	static List<Change> rows(long... ids) {
		return Arrays.stream(ids).mapToObj((id) -> new Change(id, "Person", "p" + id)).toList();
	}

	static List<Long> ids(List<Change> changes) {
		return changes.stream().map(Change::id).toList();
	}

	@Test
	void rowsInOrderAreAppliedOnceAndLeaveNoGap() {
		ChangeCursor cursor = new ChangeCursor(0, Map.of());
		assertThat(ids(cursor.advance(rows(1, 2, 3), T0, TIMEOUT))).containsExactly(1L, 2L, 3L);
		assertThat(cursor.gaps()).isEmpty();
		assertThat(cursor.lowestUnseen()).isEqualTo(3);
		assertThat(cursor.advance(rows(), T0, TIMEOUT)).isEmpty();
	}

	@Test
	void aLowerIdCommittedLaterIsAppliedWhenItAppears() {
		ChangeCursor cursor = new ChangeCursor(0, Map.of());
		assertThat(ids(cursor.advance(rows(1, 2, 4), T0, TIMEOUT))).containsExactly(1L, 2L, 4L);
		assertThat(cursor.gaps()).containsExactly(3L);
		// The next poll reads from the gap on: 4 again (already applied), 3 now committed, and 5.
		assertThat(cursor.lowestUnseen()).isEqualTo(2);
		assertThat(ids(cursor.advance(rows(3, 4, 5), T0.plusSeconds(1), TIMEOUT))).containsExactly(3L, 5L);
		assertThat(cursor.gaps()).isEmpty();
		assertThat(cursor.lowestUnseen()).isEqualTo(5);
	}

	@Test
	void aGapMissingForTheTimeoutIsSkippedAndItsRowIgnoredAfter() {
		ChangeCursor cursor = new ChangeCursor(0, Map.of());
		cursor.advance(rows(1, 4), T0, TIMEOUT);
		assertThat(cursor.gaps()).containsExactly(2L, 3L);
		assertThat(cursor.advance(rows(4), T0.plus(TIMEOUT).minusSeconds(1), TIMEOUT)).isEmpty();
		assertThat(cursor.gaps()).containsExactly(2L, 3L);
		assertThat(cursor.advance(rows(4), T0.plus(TIMEOUT), TIMEOUT)).isEmpty();
		assertThat(cursor.gaps()).isEmpty();
		assertThat(cursor.lowestUnseen()).isEqualTo(4);
		// A transaction that held id 2 longer than the timeout: its row is no longer read.
		assertThat(ids(cursor.advance(rows(5), T0.plus(TIMEOUT).plusSeconds(1), TIMEOUT))).containsExactly(5L);
	}

	@Test
	void aCopyAdvancesAloneSoThatAFailedPollIsRetriedFromTheSamePosition() {
		ChangeCursor cursor = new ChangeCursor(0, Map.of());
		ChangeCursor next = cursor.copy();
		next.advance(rows(1, 3), T0, TIMEOUT);
		assertThat(cursor.lowestUnseen()).isZero();
		assertThat(cursor.gaps()).isEmpty();
		assertThat(next.gaps()).containsExactly(2L);
	}

	@Test
	void aHugeJumpIsNotAwaitedIdById() {
		ChangeCursor cursor = new ChangeCursor(0, Map.of());
		long far = ChangeCursor.MAX_GAPS + 2;
		assertThat(ids(cursor.advance(rows(far), T0, TIMEOUT))).containsExactly(far);
		assertThat(cursor.gaps()).isEmpty();
	}

	@Test
	void gapsGivenAtTheStartAreAwaited() {
		ChangeCursor cursor = new ChangeCursor(13, Map.of(12L, T0));
		assertThat(cursor.lowestUnseen()).isEqualTo(11);
		assertThat(ids(cursor.advance(rows(12, 13, 14), T0, TIMEOUT))).containsExactly(12L, 14L);
	}

}
