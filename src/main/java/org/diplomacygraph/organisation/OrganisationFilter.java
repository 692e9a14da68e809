package org.diplomacygraph.organisation;

import java.util.List;

import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.NameFilter;
import org.diplomacygraph.place.CountryKey;
import org.diplomacygraph.values.GlobalId;

/** The schema's {@code OrganisationFilter}: conditions on organisations, all of which must hold. */
record OrganisationFilter(String name, List<Organisation.Kind> kind, String country, String countryCode,
		String parent) {

	/** The filter as a Criteria predicate; a bad value is a BAD_REQUEST naming the argument. */
	Filter<Organisation> toFilter(String argument) {
		String folded = NameFilter.check(this.name, argument + ".name");
		CountryKey countryKey = CountryKey.of(this.country, this.countryCode, argument + ".country",
				argument + ".countryCode");
		String parentId = GlobalId.require(this.parent, "Organisation", argument + ".parent");
		return (organisation, query, cb) -> Filter.and(cb,
				(folded != null) ? NameFilter.contains(cb, organisation, folded) : null,
				(this.kind != null && !this.kind.isEmpty()) ? organisation.get("kind").in(this.kind) : null,
				(countryKey != null) ? countryKey.matches(organisation.get("countryId"), query, cb) : null,
				(parentId != null) ? cb.equal(organisation.get("parentId"), parentId) : null);
	}

}
