package org.diplomacygraph.meeting;

import org.diplomacygraph.model.PartialDate;
import org.diplomacygraph.person.Person;

/** Another person someone met: how many meetings they shared, and the first and last of them. */
record Counterpart(Person person, int meetingCount, PartialDate firstMet, PartialDate lastMet) {
}
