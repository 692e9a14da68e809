package org.diplomacygraph.match;

import java.util.Set;

import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.values.PartialDate;

/**
 * A meeting to find among the stored ones: what a report says of it, references as slugs of stored
 * records, null (or empty) when unknown.
 *
 * @param title its title, if the report gives one
 * @param kind talks, a reception, a state visit...
 * @param date the day (or month, or year) it was held, or began
 * @param endDate the day it ended, for a meeting of several days
 * @param place where it was held
 * @param country the country it was held in
 * @param participants the people who took part
 * @param organisations the organisations it brought together
 */
public record MeetingQuery(String title, Meeting.Kind kind, PartialDate date, PartialDate endDate, String place,
		String country, Set<String> participants, Set<String> organisations) {

	public MeetingQuery {
		participants = (participants != null) ? Set.copyOf(participants) : Set.of();
		organisations = (organisations != null) ? Set.copyOf(organisations) : Set.of();
	}

}
