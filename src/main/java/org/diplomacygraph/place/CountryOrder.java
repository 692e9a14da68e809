package org.diplomacygraph.place;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;

/** The schema's {@code CountryOrder}; by name, A to Z, when absent. */
record CountryOrder(Field field, OrderDirection direction) {

	static Ordering<Country> toOrdering(CountryOrder order) {
		OrderDirection direction = (order != null) ? order.direction : OrderDirection.ASC;
		return Ordering.of("NAME", direction, "nameKey", String.class, Country::getNameKey, Country::getId);
	}

	/** The schema's {@code CountryOrderField}. */
	enum Field {

		NAME

	}

}
