package org.diplomacygraph.organisation;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;

/** The schema's {@code OrganisationOrder}; by name, A to Z, when absent. */
record OrganisationOrder(Field field, OrderDirection direction) {

	static Ordering<Organisation> toOrdering(OrganisationOrder order) {
		OrderDirection direction = (order != null) ? order.direction : OrderDirection.ASC;
		return Ordering.of("NAME", direction, "nameKey", String.class, Organisation::getNameKey, Organisation::getId);
	}

	/** The schema's {@code OrganisationOrderField}. */
	enum Field {

		NAME

	}

}
