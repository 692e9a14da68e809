package org.diplomacygraph.place;

import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.NameFilter;

/** The schema's {@code CountryFilter}: conditions on countries, all of which must hold. */
record CountryFilter(String namePrefix) {

	/** The filter as a Criteria predicate; a bad value is a BAD_REQUEST naming the argument. */
	Filter<Country> toFilter(String argument) {
		String folded = NameFilter.check(this.namePrefix, argument + ".namePrefix");
		return (country, query, cb) -> (folded != null) ? NameFilter.startsWith(cb, country, folded) : null;
	}

}
