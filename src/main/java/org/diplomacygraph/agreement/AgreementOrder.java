package org.diplomacygraph.agreement;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;

/** The schema's {@code AgreementOrder}; by signing date, earliest first, when absent. */
public record AgreementOrder(Field field, OrderDirection direction) {

	/** The ordering to page by. */
	public static Ordering<Agreement> toOrdering(AgreementOrder order) {
		Field field = (order != null) ? order.field : Field.SIGNED_ON;
		OrderDirection direction = (order != null) ? order.direction : OrderDirection.ASC;
		return switch (field) {
			case SIGNED_ON -> (direction == OrderDirection.DESC)
					? Ordering.of("SIGNED_ON", direction, "signedSortDesc", Long.class, Agreement::getSignedSortDesc,
							Agreement::getId)
					: Ordering.of("SIGNED_ON", direction, "signedSort", Long.class, Agreement::getSignedSort, Agreement::getId);
			case TITLE -> Ordering.of("TITLE", direction, "titleKey", String.class, Agreement::getTitleKey, Agreement::getId);
		};
	}

	/** The schema's {@code AgreementOrderField}. */
	public enum Field {

		SIGNED_ON, TITLE

	}

}
