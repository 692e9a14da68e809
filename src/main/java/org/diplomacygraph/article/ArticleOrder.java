package org.diplomacygraph.article;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;

/** The schema's {@code ArticleOrder}; by publication date, earliest first, when absent. */
record ArticleOrder(Field field, OrderDirection direction) {

	static Ordering<Article> toOrdering(ArticleOrder order) {
		Field field = (order != null) ? order.field : Field.PUBLISHED_ON;
		OrderDirection direction = (order != null) ? order.direction : OrderDirection.ASC;
		return switch (field) {
			case PUBLISHED_ON -> (direction == OrderDirection.DESC)
					? Ordering.of("PUBLISHED_ON", direction, "publishedSortDesc", Long.class, Article::getPublishedSortDesc,
							Article::getId)
					: Ordering.of("PUBLISHED_ON", direction, "publishedSort", Long.class, Article::getPublishedSort,
							Article::getId);
			case TITLE -> (direction == OrderDirection.DESC)
					? Ordering.of("TITLE", direction, "titleKeyDesc", String.class, Article::getTitleKeyDesc,
							Article::getId)
					: Ordering.of("TITLE", direction, "titleKey", String.class, Article::getTitleKey, Article::getId);
		};
	}

	/** The schema's {@code ArticleOrderField}. */
	enum Field {

		PUBLISHED_ON, TITLE

	}

}
