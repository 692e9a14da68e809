package org.diplomacygraph.ingest;

import java.util.Map;
import java.util.TreeMap;

import org.diplomacygraph.RepositoryTest;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.meeting.MeetingRepository;
import org.diplomacygraph.meeting.MeetingsInYear;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MeetingRepository#countByYear()} counts each event (a meeting with the meetings that are
 * part of it) once in every year one of its meetings is dated: an undated state visit counts in
 * the year of its dated talks, and a visit with its talks in the same year counts once. (Here, beside
 * the other store tests, to share their Spring context.)
 */
@RepositoryTest
class ActivityCountsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeetingRepository meetings;

	@Test
	void eachEventCountsOnceInEachYearOneOfItsMeetingsIsDated() {
		Map<Integer, Long> before = countsByYear();
		// An undated visit holding talks on two days of 2091.
		meeting("activity-visit", null, null, null);
		meeting("activity-talks-1", "2091-03-01", "activity-visit", "activity-visit");
		meeting("activity-talks-2", "2091-03-02", "activity-visit", "activity-visit");
		// A visit dated 2092 with talks in 2092 and a reception in 2093.
		meeting("activity-tour", "2092-12-30", null, null);
		meeting("activity-tour-talks", "2092-12-31", "activity-tour", "activity-tour");
		meeting("activity-tour-reception", "2093-01-01", "activity-tour", "activity-tour");

		Map<Integer, Long> after = countsByYear();
		assertThat(after.getOrDefault(2091, 0L) - before.getOrDefault(2091, 0L)).isEqualTo(1);
		assertThat(after.getOrDefault(2092, 0L) - before.getOrDefault(2092, 0L)).isEqualTo(1);
		assertThat(after.getOrDefault(2093, 0L) - before.getOrDefault(2093, 0L)).isEqualTo(1);
	}

	private Map<Integer, Long> countsByYear() {
		Map<Integer, Long> counts = new TreeMap<>();
		for (MeetingsInYear row : this.meetings.countByYear()) {
			counts.put(row.year(), row.count());
		}
		return counts;
	}

	private void meeting(String id, String date, String partOf, String event) {
		this.jdbc.update("insert into meeting (id, title, title_key, kind, date_sort, date_sort_desc, held_on,"
				+ " held_from, held_until, part_of_id, event_id) values (?, ?, ?, 'TALKS', 0, 0, ?, ?, ?, ?, ?)", id, id,
				id, date, (date != null) ? java.sql.Date.valueOf(date) : null,
				(date != null) ? java.sql.Date.valueOf(date) : null, partOf, event);
	}


}
