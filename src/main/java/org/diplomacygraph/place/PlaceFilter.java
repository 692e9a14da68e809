package org.diplomacygraph.place;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.NameFilter;
import org.diplomacygraph.values.GlobalId;

/** The schema's {@code PlaceFilter}: conditions on places, all of which must hold. */
record PlaceFilter(String namePrefix, List<Place.Kind> kind, String country, String countryCode, String within) {

	/** The filter as a Criteria predicate; a bad value is a BAD_REQUEST naming the argument. */
	Filter<Place> toFilter(String argument) {
		String folded = NameFilter.check(this.namePrefix, argument + ".namePrefix");
		CountryKey countryKey = CountryKey.of(this.country, this.countryCode, argument + ".country",
				argument + ".countryCode");
		String withinId = GlobalId.require(this.within, "Place", argument + ".within");
		return (place, query, cb) -> Filter.and(cb,
				(folded != null) ? NameFilter.startsWith(cb, place, folded) : null,
				(this.kind != null && !this.kind.isEmpty()) ? place.get("kind").in(this.kind) : null,
				(countryKey != null) ? countryKey.matches(place.get("countryId"), query, cb) : null,
				(withinId != null) ? within(place, query, cb, withinId) : null);
	}

	/** Lies within the place at any depth, not the place itself: one subquery on the enclosures. */
	private static Predicate within(From<?, Place> place, CriteriaQuery<?> query, CriteriaBuilder cb, String enclosing) {
		Subquery<String> inside = query.subquery(String.class);
		Root<Place> other = inside.from(Place.class);
		inside.select(other.get("id")).where(cb.equal(other.join("enclosing"), enclosing));
		return cb.and(place.get("id").in(inside), cb.notEqual(place.get("id"), enclosing));
	}

}
