package org.diplomacygraph.meeting;

/**
 * A row of {@link MeetingRepository#countByCountryPair()}: the events at which two countries were
 * represented.
 *
 * @param country the ID of one country, the smaller
 * @param other the ID of the other country
 * @param count the events, each once
 */
public record MeetingsOfCountryPair(String country, String other, long count) {

}
