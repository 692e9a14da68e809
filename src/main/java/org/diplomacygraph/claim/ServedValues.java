package org.diplomacygraph.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Keyed;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the served values of records from their claims, in the caller's transaction: after a corpus
 * is written, an article ingested or retracted, or two records merged. The one place where a claim
 * becomes a column.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ServedValues {

	private final EntityManager entityManager;

	private final ClaimRepository claims;

	ServedValues(EntityManager entityManager, ClaimRepository claims) {
		this.entityManager = entityManager;
		this.claims = claims;
	}

	/** A record whose claims changed. */
	public record Subject(RecordType type, String id) {
	}

	/**
	 * Serves, for each record, the value its claims choose for every field that has claims; with
	 * {@code clearUnclaimed}, an optional field left without any claim is cleared (after a
	 * retraction), else it keeps its value (records written without claims, e.g. the synthetic graph).
	 */
	public void refresh(Collection<Subject> subjects, boolean clearUnclaimed) {
		this.entityManager.flush();
		Map<RecordType, Set<String>> byType = new EnumMap<>(RecordType.class);
		subjects.forEach((subject) -> byType.computeIfAbsent(subject.type(), (type) -> new LinkedHashSet<>()).add(subject.id()));
		byType.forEach((type, ids) -> {
			if (ClaimField.of(type, false).isEmpty()) {
				return;
			}
			Map<String, List<Claim>> claimsOf = new LinkedHashMap<>();
			for (List<String> chunk : chunks(List.copyOf(ids))) {
				this.claims.findBySubjects(type, chunk)
					.forEach((claim) -> claimsOf.computeIfAbsent(claim.getSubjectId(), (id) -> new ArrayList<>()).add(claim));
			}
			for (String id : ids) {
				Object entity = this.entityManager.find(type.entityType(this.entityManager), id);
				if (entity != null) {
					serve(type, entity, claimsOf.getOrDefault(id, List.of()), clearUnclaimed);
				}
			}
		});
		this.entityManager.flush();
		if (byType.containsKey(RecordType.MEETING)) {
			events();
		}
	}

	/**
	 * The event of every meeting that is part of another: the top of its chain of {@code partOf}
	 * (a chain that loops has no top: each of its meetings is its own event). Few meetings are
	 * parts, so they are read whole and written one by one.
	 */
	public void events() {
		Map<String, String> partOf = new LinkedHashMap<>();
		for (Keyed<?> meeting : this.entityManager
			.createQuery("select new org.diplomacygraph.paging.Keyed(m.id, m.partOfId) from Meeting m"
					+ " where m.partOfId is not null or m.eventId is not null", Keyed.class)
			.getResultList()) {
			partOf.put(meeting.key(), (String) meeting.value());
		}
		for (Map.Entry<String, String> meeting : partOf.entrySet()) {
			String top = meeting.getValue();
			Set<String> seen = new LinkedHashSet<>(List.of(meeting.getKey()));
			while (top != null && partOf.get(top) != null && seen.add(top)) {
				top = partOf.get(top);
			}
			if (top != null && seen.contains(top)) {
				top = null;
			}
			if (top == null) {
				this.entityManager.createNativeQuery("update meeting set event_id = null where id = ?")
					.setParameter(1, meeting.getKey())
					.executeUpdate();
			}
			else {
				this.entityManager.createNativeQuery("update meeting set event_id = ? where id = ?")
					.setParameter(1, top)
					.setParameter(2, meeting.getKey())
					.executeUpdate();
			}
		}
	}

	private void serve(RecordType type, Object entity, List<Claim> claims, boolean clearUnclaimed) {
		for (ClaimField field : ClaimField.of(type, false)) {
			List<Claim> ofField = claims.stream().filter((claim) -> claim.getField() == field).toList();
			if (ofField.isEmpty() && !(clearUnclaimed && field.optional())) {
				continue;
			}
			apply(type, entity, field, Choice.of(field, ofField).served());
		}
		inOrder(entity);
	}

	/**
	 * Each field is served on its own, so sources may together serve an end before the start (one
	 * says the visit began on the 16th, another that it ended on the 15th): then the end is not
	 * served (null) while both claims stay visible, disputed.
	 */
	private static void inOrder(Object entity) {
		if (entity instanceof Meeting meeting && before(meeting.getEndDate(), meeting.getDate())) {
			meeting.serveEndDate(null);
		}
		else if (entity instanceof Agreement agreement && before(agreement.getValidUntil(), agreement.getValidFrom())) {
			agreement.serveValidUntil(null);
		}
		else if (entity instanceof Position position && before(position.getUntil(), position.getFrom())) {
			position.serveUntil(null);
		}
	}

	private static boolean before(PartialDate end, PartialDate start) {
		return end != null && start != null && end.hasYear() && start.hasYear() && end.latest().isBefore(start.earliest());
	}

	/** Sets one served value (null clears it) on the entity. */
	private void apply(RecordType type, Object entity, ClaimField field, String value) {
		if (entity instanceof Meeting meeting) {
			switch (field) {
				case KIND -> meeting.serveKind(Meeting.Kind.valueOf(value));
				case DATE -> meeting.serveDate(date(value));
				case END_DATE -> meeting.serveEndDate(date(value));
				case PLACE -> meeting.servePlace(find(Place.class, value));
				case COUNTRY -> {
					// The place's country, where a place in a country is served.
					if (meeting.getPlace() == null || meeting.getPlace().getCountry() == null) {
						meeting.serveCountry(find(Country.class, value));
					}
				}
				case PART_OF -> meeting.servePartOf(find(Meeting.class, value));
				default -> unexpected(type, field);
			}
		}
		else if (entity instanceof Agreement agreement) {
			switch (field) {
				case KIND -> agreement.serveKind(Agreement.Kind.valueOf(value));
				case STATUS -> agreement.serveStatus((value != null) ? Agreement.Status.valueOf(value) : null);
				case SIGNED_ON -> agreement.serveSignedOn(date(value));
				case VALID_FROM -> agreement.serveValidFrom(date(value));
				case VALID_UNTIL -> agreement.serveValidUntil(date(value));
				case MEETING -> agreement.serveMeeting(find(Meeting.class, value));
				default -> unexpected(type, field);
			}
		}
		else if (entity instanceof Position position) {
			switch (field) {
				case TITLE -> position.serveTitle(value);
				case ORGANISATION -> position.serveOrganisation(find(Organisation.class, value));
				case FROM -> position.serveFrom(date(value));
				case UNTIL -> position.serveUntil(date(value));
				default -> unexpected(type, field);
			}
		}
		else if (entity instanceof Participant participant) {
			switch (field) {
				case ROLE -> participant.serveRole(Participant.Role.valueOf(value));
				case CAPACITY -> participant.serveCapacity(find(Position.class, value));
				default -> unexpected(type, field);
			}
		}
		else if (entity instanceof Signatory signatory && field == ClaimField.CAPACITY) {
			signatory.serveCapacity(find(Position.class, value));
		}
		else {
			unexpected(type, field);
		}
	}

	private <T> T find(Class<T> type, String id) {
		return (id != null) ? this.entityManager.find(type, id) : null;
	}

	private static PartialDate date(String value) {
		return (value != null) ? PartialDate.parse(value) : null;
	}

	private static void unexpected(RecordType type, ClaimField field) {
		throw new IllegalStateException("No served column for " + field + " of " + type);
	}

	/** Lists of at most 500, so that no IN list grows without bound. */
	static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += 500) {
			chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
		}
		return chunks;
	}

}
