package org.diplomacygraph.meeting;

import org.diplomacygraph.person.Person;
import org.diplomacygraph.values.PartialDate;

/** Another person someone met: how many meetings they shared, and the first and last of them. */
record Counterpart(Person person, int meetingCount, PartialDate firstMet, PartialDate lastMet) {
}
