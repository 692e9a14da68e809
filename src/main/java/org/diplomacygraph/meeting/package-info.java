/**
 * Meetings: the {@code Meeting} entity and its {@code Participant}s (a person, a role, the post held),
 * events ({@code partOf}/{@code parts}), the {@code meetings} root connection with its filter (by
 * date, participant, organisation, place, countries represented) and orders, a person's
 * counterparts, and the analytics per year and per pair of countries.
 * <p>
 * Main classes: {@link org.diplomacygraph.meeting.Meeting},
 * {@link org.diplomacygraph.meeting.MeetingController} (root connection and relationship fields as
 * {@code @BatchMapping}s), {@link org.diplomacygraph.meeting.ActivityController} (analytics, each
 * event counted once), {@link org.diplomacygraph.meeting.RelatedMeetings} (nested {@code meetings}
 * connections for a whole batch), {@link org.diplomacygraph.meeting.RepresentedCountry}.
 * <p>
 * Depends on {@code model}, {@code system} (the keyset pager) and the entities of {@code article},
 * {@code person}, {@code organisation}, {@code place} and {@code agreement} (agreements signed at a
 * meeting).
 */
package org.diplomacygraph.meeting;
