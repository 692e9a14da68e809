package org.diplomacygraph.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far an instance's search index has applied the rows of {@code search_change}: every id up to
 * {@link #last()}, except the gaps still awaited.
 * <p>
 * Ids come from an identity column and are taken at insert, but transactions commit in any order:
 * a lower id may become visible after a higher one. An id missing below the highest one seen is
 * therefore kept as a gap, and its row applied when it appears, until it has been missing for the
 * gap timeout; then it is taken for a rolled-back transaction's (whose id is never used) and dropped.
 */
final class ChangeCursor {

	/** A jump of more ids than this is not awaited id by id (ids are cached in blocks after a restart). */
	static final int MAX_GAPS = 10_000;

	private long last;

	/** Missing ids below {@code last}, with the moment they were first found missing. */
	private final TreeMap<Long, Instant> gaps;

	ChangeCursor(long last, Map<Long, Instant> gaps) {
		this.last = last;
		this.gaps = new TreeMap<>(gaps);
	}

	/**
	 * Where an index built from the database as it is now starts: after the highest id committed, and
	 * awaiting the ids missing among the rows of the last gap timeout, which transactions still
	 * running may hold (their changes may be missed by the index being built).
	 */
	static ChangeCursor now(JdbcTemplate jdbc, Duration gapTimeout, Instant now) {
		long last = jdbc.queryForObject("select coalesce(max(id), 0) from search_change", Long.class);
		long settled = jdbc.queryForObject("select coalesce(max(id), 0) from search_change where changed_at < ?",
				Long.class, Timestamp.from(now.minus(gapTimeout)));
		List<Long> recent = jdbc.queryForList("select id from search_change where id > ? and id <= ? order by id",
				Long.class, settled, last);
		ChangeCursor cursor = new ChangeCursor(settled, Map.of());
		recent.forEach((id) -> cursor.see(id, now));
		cursor.see(last, now);
		return cursor;
	}

	/** Rows with a greater id than this may still have to be applied. */
	long lowestUnseen() {
		return this.gaps.isEmpty() ? this.last : this.gaps.firstKey() - 1;
	}

	long last() {
		return this.last;
	}

	Collection<Long> gaps() {
		return List.copyOf(this.gaps.keySet());
	}

	ChangeCursor copy() {
		return new ChangeCursor(this.last, this.gaps);
	}

	/**
	 * Takes the rows of a poll (every row with an id above {@link #lowestUnseen()}, in id order) and
	 * returns those not applied yet; drops the gaps missing for longer than the timeout.
	 */
	List<Change> advance(List<Change> rows, Instant now, Duration gapTimeout) {
		List<Change> fresh = new ArrayList<>();
		for (Change row : rows) {
			if (see(row.id(), now)) {
				fresh.add(row);
			}
		}
		this.gaps.values().removeIf((missingSince) -> !missingSince.plus(gapTimeout).isAfter(now));
		return fresh;
	}

	/** Whether the id is new: above the last, or an awaited gap. */
	private boolean see(long id, Instant now) {
		if (id > this.last) {
			if (id - this.last - 1 <= MAX_GAPS) {
				for (long missing = this.last + 1; missing < id; missing++) {
					this.gaps.put(missing, now);
				}
			}
			this.last = id;
			return true;
		}
		return this.gaps.remove(id) != null;
	}

	/** A row of {@code search_change}. */
	record Change(long id, String type, String entityId) {

		boolean all() {
			return SearchChanges.ALL.equals(this.type);
		}

	}

}
