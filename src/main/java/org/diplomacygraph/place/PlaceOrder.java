package org.diplomacygraph.place;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;

/** The schema's {@code PlaceOrder}; by name, A to Z, when absent. */
record PlaceOrder(Field field, OrderDirection direction) {

	static Ordering<Place> toOrdering(PlaceOrder order) {
		OrderDirection direction = (order != null) ? order.direction : OrderDirection.ASC;
		return Ordering.of("NAME", direction, "nameKey", String.class, Place::getNameKey, Place::getId);
	}

	/** The schema's {@code PlaceOrderField}. */
	enum Field {

		NAME

	}

}
