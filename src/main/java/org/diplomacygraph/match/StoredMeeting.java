package org.diplomacygraph.match;

import java.util.Set;

import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.values.PartialDate;

/**
 * What the matcher compares of a stored meeting.
 *
 * @param placeWithin the place and every place it lies within (empty without a place)
 */
record StoredMeeting(String id, String title, Meeting.Kind kind, PartialDate date, PartialDate endDate, String place,
		Set<String> placeWithin, String country, Set<String> participants, Set<String> organisations) {

	StoredMeeting {
		placeWithin = Set.copyOf(placeWithin);
		participants = Set.copyOf(participants);
		organisations = Set.copyOf(organisations);
	}

}
