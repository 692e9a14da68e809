package org.diplomacygraph.meeting;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;

/** The schema's {@code MeetingOrder}; by date, earliest first, when absent. */
public record MeetingOrder(Field field, OrderDirection direction) {

	/** The ordering to page by. */
	public static Ordering<Meeting> toOrdering(MeetingOrder order) {
		Field field = (order != null) ? order.field : Field.DATE;
		OrderDirection direction = (order != null) ? order.direction : OrderDirection.ASC;
		return switch (field) {
			case DATE -> (direction == OrderDirection.DESC)
					? Ordering.of("DATE", direction, "dateSortDesc", Long.class, Meeting::getDateSortDesc, Meeting::getId)
					: Ordering.of("DATE", direction, "dateSort", Long.class, Meeting::getDateSort, Meeting::getId);
			case TITLE -> Ordering.of("TITLE", direction, "titleKey", String.class, Meeting::getTitleKey, Meeting::getId);
		};
	}

	/** The schema's {@code MeetingOrderField}. */
	public enum Field {

		DATE, TITLE

	}

}
