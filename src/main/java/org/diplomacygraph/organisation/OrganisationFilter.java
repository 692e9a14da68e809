package org.diplomacygraph.organisation;

import java.util.List;

import org.diplomacygraph.model.Filter;
import org.diplomacygraph.model.GlobalId;
import org.diplomacygraph.model.NameFilter;

/** The schema's {@code OrganisationFilter}: conditions on organisations, all of which must hold. */
record OrganisationFilter(String name, List<Organisation.Kind> kind, String country, String parent) {

	/** The filter as a Criteria predicate; a bad value is a BAD_REQUEST naming the argument. */
	Filter<Organisation> toFilter(String argument) {
		String folded = NameFilter.check(this.name, argument + ".name");
		String countryId = GlobalId.require(this.country, "Country", argument + ".country");
		String parentId = GlobalId.require(this.parent, "Organisation", argument + ".parent");
		return (organisation, query, cb) -> Filter.and(cb,
				(folded != null) ? NameFilter.contains(cb, organisation, folded) : null,
				(this.kind != null && !this.kind.isEmpty()) ? organisation.get("kind").in(this.kind) : null,
				(countryId != null) ? cb.equal(organisation.get("countryId"), countryId) : null,
				(parentId != null) ? cb.equal(organisation.get("parentId"), parentId) : null);
	}

}
