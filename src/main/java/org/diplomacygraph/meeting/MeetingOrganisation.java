package org.diplomacygraph.meeting;

import org.diplomacygraph.organisation.Organisation;

/**
 * A row of {@link MeetingRepository#findOrganisations}: an organisation of a meeting.
 *
 * @param meetingId the ID of the meeting
 * @param organisation the organisation
 * @param rank 0 for an organisation the articles name for the meeting, 1 for one a participant acted
 * for
 */
public record MeetingOrganisation(String meetingId, Organisation organisation, int rank) {

}
