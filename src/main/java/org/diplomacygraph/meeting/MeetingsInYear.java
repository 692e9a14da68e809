package org.diplomacygraph.meeting;

/**
 * A row of {@link MeetingRepository#countByYear()}: the events with a meeting dated in a year.
 *
 * @param year the year
 * @param count the events, each once
 */
public record MeetingsInYear(int year, long count) {

}
