package org.diplomacygraph.paging;

/** The direction of an ordering, as the schema's {@code OrderDirection}. */
public enum OrderDirection {

	ASC, DESC

}
