package org.diplomacygraph.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.paging.DateRange;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.CountryKey;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;

/** The schema's {@code MeetingFilter}: conditions on meetings, all of which must hold. */
public record MeetingFilter(DateRange date, String participant, String organisation, String country,
		String countryCode, List<String> betweenCountries, List<String> betweenCountryCodes, String place,
		List<Meeting.Kind> kind) {

	/** The most countries {@code betweenCountries} may name: each is a subquery. */
	static final int MAX_BETWEEN = 10;

	/** The filter as a Criteria predicate; IDs of the wrong type are a BAD_REQUEST naming the argument. */
	public Filter<Meeting> toFilter(String argument) {
		String person = GlobalId.require(this.participant, "Person", argument + ".participant");
		String organisationId = GlobalId.require(this.organisation, "Organisation", argument + ".organisation");
		CountryKey heldIn = CountryKey.of(this.country, this.countryCode, argument + ".country",
				argument + ".countryCode");
		List<CountryKey> between = between(argument);
		String placeId = GlobalId.require(this.place, "Place", argument + ".place");
		DateRange range = (this.date != null) ? this.date.check(argument + ".date") : null;
		return (meeting, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			conditions.add((range != null) ? range.overlaps(cb, meeting.get("date"), meeting.get("endDate")) : null);
			conditions.add((person != null) ? tookPart(meeting, query, cb, person) : null);
			conditions.add((organisationId != null) ? involved(meeting, query, cb, organisationId) : null);
			conditions.add((heldIn != null) ? heldIn.matches(meeting.get("countryId"), query, cb) : null);
			between.forEach((country) -> conditions.add(represented(meeting, query, cb, country)));
			conditions.add((placeId != null) ? atOrWithin(meeting, query, cb, placeId) : null);
			conditions.add((this.kind != null && !this.kind.isEmpty()) ? meeting.get("kind").in(this.kind) : null);
			return Filter.and(cb, conditions.toArray(Predicate[]::new));
		};
	}

	private List<CountryKey> between(String argument) {
		checkSize(this.betweenCountries, argument + ".betweenCountries");
		checkSize(this.betweenCountryCodes, argument + ".betweenCountryCodes");
		return CountryKey.all(this.betweenCountries, this.betweenCountryCodes, argument + ".betweenCountries",
				argument + ".betweenCountryCodes");
	}

	private static void checkSize(List<String> countries, String argument) {
		if (countries != null && countries.size() > MAX_BETWEEN) {
			throw new BadRequestException("`" + argument + "` may hold at most " + MAX_BETWEEN + " countries, got "
					+ countries.size());
		}
	}

	/** A participant represented the country: by nationality or by the post they acted in. */
	private static Predicate represented(From<?, Meeting> meeting, CriteriaQuery<?> query, CriteriaBuilder cb,
			CountryKey country) {
		Subquery<String> represented = query.subquery(String.class);
		Root<RepresentedCountry> row = represented.from(RepresentedCountry.class);
		represented.select(row.get("meetingId"))
			.where(cb.equal(row.get("meetingId"), meeting.get("id")),
					country.matches(row.get("countryId"), represented, cb));
		return cb.exists(represented);
	}

	private static Predicate tookPart(From<?, Meeting> meeting, CriteriaQuery<?> query, CriteriaBuilder cb,
			String person) {
		Subquery<String> took = query.subquery(String.class);
		Root<Participant> participant = took.from(Participant.class);
		took.select(participant.get("meetingId"))
			.where(cb.equal(participant.get("personId"), person),
					cb.equal(participant.get("meetingId"), meeting.get("id")));
		return cb.exists(took);
	}

	/** Listed for the meeting, or a participant acted in a post at it. */
	private static Predicate involved(From<?, Meeting> meeting, CriteriaQuery<?> query, CriteriaBuilder cb,
			String organisation) {
		Subquery<String> listed = query.subquery(String.class);
		Root<Meeting> same = listed.from(Meeting.class);
		listed.select(same.get("id"))
			.where(cb.equal(same.get("id"), meeting.get("id")),
					cb.equal(same.<Meeting, Organisation>join("organisations").get("id"), organisation));
		Subquery<String> acted = query.subquery(String.class);
		Root<Participant> participant = acted.from(Participant.class);
		Root<Position> post = acted.from(Position.class);
		acted.select(participant.get("meetingId"))
			.where(cb.equal(participant.get("meetingId"), meeting.get("id")),
					cb.equal(participant.get("capacityId"), post.get("id")),
					cb.equal(post.get("organisationId"), organisation));
		return cb.or(cb.exists(listed), cb.exists(acted));
	}

	/** At the place, or at a place within it at any depth: one subquery on the places' enclosures. */
	private static Predicate atOrWithin(From<?, Meeting> meeting, CriteriaQuery<?> query, CriteriaBuilder cb,
			String place) {
		Subquery<String> inside = query.subquery(String.class);
		Root<Place> within = inside.from(Place.class);
		inside.select(within.get("id")).where(cb.equal(within.join("enclosing"), place));
		return meeting.get("placeId").in(inside);
	}

}
