/**
 * Meetings: the {@code Meeting} entity and its {@code Participant}s (a person, a role, the post held),
 * events ({@code partOf}/{@code parts}), the {@code meetings} root connection with its filter (by
 * date, participant, organisation, place, countries represented) and orders, and a person's
 * counterparts.
 * <p>
 * Main classes: {@link org.diplomacygraph.meeting.Meeting},
 * {@link org.diplomacygraph.meeting.MeetingController} (root connection and relationship fields as
 * {@code @BatchMapping}s), {@link org.diplomacygraph.meeting.RelatedMeetings} (nested {@code meetings}
 * connections for a whole batch), {@link org.diplomacygraph.meeting.RepresentedCountry}.
 * <p>
 * Depends on {@code values}, {@code paging} (the keyset pager) and the entities of {@code article},
 * {@code person}, {@code organisation} and {@code place}. Never on {@code agreement}: a meeting's
 * agreements are resolved by the agreement feature, which depends on this one.
 */
package org.diplomacygraph.meeting;
