package org.diplomacygraph.person;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.NameFilter;
import org.diplomacygraph.place.CountryKey;
import org.diplomacygraph.values.GlobalId;

/** The schema's {@code PersonFilter}: conditions on people, all of which must hold. */
record PersonFilter(String name, String organisation, String country, String countryCode) {

	/** The filter as a Criteria predicate; a bad value is a BAD_REQUEST naming the argument. */
	Filter<Person> toFilter(String argument) {
		String organisationId = GlobalId.require(this.organisation, "Organisation", argument + ".organisation");
		CountryKey countryKey = CountryKey.of(this.country, this.countryCode, argument + ".country",
				argument + ".countryCode");
		String folded = NameFilter.check(this.name, argument + ".name");
		return (person, query, cb) -> {
			Subquery<String> posts = null;
			if (organisationId != null) {
				posts = query.subquery(String.class);
				Root<Position> post = posts.from(Position.class);
				posts.select(post.get("personId"))
					.where(cb.equal(post.get("personId"), person.get("id")),
							cb.equal(post.get("organisationId"), organisationId));
			}
			return Filter.and(cb,
					(folded != null) ? NameFilter.contains(cb, person, folded) : null,
					(posts != null) ? cb.exists(posts) : null,
					(countryKey != null) ? countryKey.matches(person.get("nationalityId"), query, cb) : null);
		};
	}

}
