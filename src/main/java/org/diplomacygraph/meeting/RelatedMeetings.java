package org.diplomacygraph.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.person.Position;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered meetings of many people, organisations or pairs of countries at once, for the
 * {@code meetings} connections nested in {@code Person} and {@code Organisation} and the
 * {@code meetingsBetween} of {@code CountryPairActivity}: one query per batch of parents.
 */
@Component
@Transactional(readOnly = true)
public class RelatedMeetings {

	private final EntityManager entityManager;

	RelatedMeetings(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** For each person, the meetings they took part in that pass the filter. */
	Map<String, List<Meeting>> ofPeople(Collection<String> people, Filter<Meeting> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Participant> participant = query.from(Participant.class);
		Join<Participant, Meeting> meeting = participant.join("meeting");
		query.select(cb.tuple(participant.get("personId"), meeting))
			.where(where(cb, participant.get("personId").in(people), filter.toPredicate(meeting, query, cb)));
		return group(query);
	}

	/**
	 * For each organisation, the meetings that pass the filter and that the articles name it for, or
	 * at which a participant acted in a post at it.
	 */
	Map<String, List<Meeting>> ofOrganisations(Collection<String> organisations, Filter<Meeting> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> listed = cb.createTupleQuery();
		Root<Meeting> meeting = listed.from(Meeting.class);
		Join<Meeting, Organisation> organisation = meeting.join("organisations");
		listed.select(cb.tuple(organisation.get("id"), meeting))
			.where(where(cb, organisation.get("id").in(organisations), filter.toPredicate(meeting, listed, cb)));

		CriteriaQuery<Tuple> acted = cb.createTupleQuery();
		Root<Participant> participant = acted.from(Participant.class);
		Root<Position> post = acted.from(Position.class);
		Join<Participant, Meeting> attended = participant.join("meeting");
		acted.select(cb.tuple(post.get("organisationId"), attended))
			.where(where(cb, cb.equal(participant.get("capacityId"), post.get("id")),
					post.get("organisationId").in(organisations), filter.toPredicate(attended, acted, cb)));

		// One statement: a union, which also drops the meetings found both ways.
		return group(this.entityManager.createQuery(cb.union(listed, acted)).getResultList());
	}

	/**
	 * For each pair of countries (their slugs, the smaller first, separated by a space), the meetings
	 * that pass the filter and at which both were represented ({@link RepresentedCountry}).
	 */
	public Map<String, List<Meeting>> ofCountryPairs(Collection<String> pairs, Filter<Meeting> filter) {
		Set<String> firsts = new HashSet<>();
		Set<String> seconds = new HashSet<>();
		for (String pair : pairs) {
			String[] two = pair.split(" ", 2);
			firsts.add(two[0]);
			seconds.add(two[1]);
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<RepresentedCountry> first = query.from(RepresentedCountry.class);
		Root<RepresentedCountry> second = query.from(RepresentedCountry.class);
		Root<Meeting> meeting = query.from(Meeting.class);
		query.select(cb.tuple(cb.concat(cb.concat(first.get("countryId"), " "), second.get("countryId")), meeting))
			.distinct(true)
			.where(where(cb, cb.equal(first.get("meetingId"), meeting.get("id")),
					cb.equal(second.get("meetingId"), meeting.get("id")), first.get("countryId").in(firsts),
					second.get("countryId").in(seconds), cb.lessThan(first.get("countryId"), second.get("countryId")),
					filter.toPredicate(meeting, query, cb)));
		// The pairs asked for, not the other pairs of their countries (Cuba–China when asked Cuba–Vietnam
		// and China–Vietnam).
		Map<String, List<Meeting>> byPair = group(query);
		byPair.keySet().retainAll(pairs);
		return byPair;
	}

	private Map<String, List<Meeting>> group(CriteriaQuery<Tuple> query) {
		return group(this.entityManager.createQuery(query).getResultList());
	}

	private static Map<String, List<Meeting>> group(List<Tuple> rows) {
		Map<String, List<Meeting>> byParent = new LinkedHashMap<>();
		for (Tuple row : rows) {
			byParent.computeIfAbsent(row.get(0, String.class), (key) -> new ArrayList<>())
				.add(row.get(1, Meeting.class));
		}
		return byParent;
	}

	private static Predicate[] where(CriteriaBuilder cb, Predicate... conditions) {
		List<Predicate> present = new ArrayList<>();
		for (Predicate condition : conditions) {
			if (condition != null) {
				present.add(condition);
			}
		}
		return present.toArray(Predicate[]::new);
	}

}
