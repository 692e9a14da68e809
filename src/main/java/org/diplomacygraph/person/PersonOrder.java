package org.diplomacygraph.person;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;

/** The schema's {@code PersonOrder}; by name, A to Z, when absent. */
record PersonOrder(Field field, OrderDirection direction) {

	static Ordering<Person> toOrdering(PersonOrder order) {
		OrderDirection direction = (order != null) ? order.direction : OrderDirection.ASC;
		return Ordering.of("NAME", direction, "nameKey", String.class, Person::getNameKey, Person::getId);
	}

	/** The schema's {@code PersonOrderField}. */
	enum Field {

		NAME

	}

}
