package org.diplomacygraph.meeting;

import org.diplomacygraph.person.Person;
import org.diplomacygraph.values.PartialDate;

/**
 * A row of {@link ParticipantRepository#findCounterparts}: another participant of a meeting a person
 * took part in.
 *
 * @param personId the ID of the person
 * @param other the other participant
 * @param date the meeting's date
 * @param eventId the meeting's event: the top of its chain of {@code partOf}, or the meeting itself
 */
public record MetAt(String personId, Person other, PartialDate date, String eventId) {

}
