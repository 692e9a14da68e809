package org.diplomacygraph.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A page of a connection as the schema's {@code *Connection} types describe it. {@code totalCount}
 * is null when the client did not ask for it, so that it costs no query.
 */
public record Connection<T>(Integer totalCount, PageInfo pageInfo, List<Edge<T>> edges, List<T> nodes) {

	/** Builds a page from the rows fetched for it: at most {@code size + 1}, in display order unless backward. */
	public static <T> Connection<T> fromFetched(List<T> fetched, Page page, Ordering<T> ordering, Integer totalCount) {
		boolean more = fetched.size() > page.size();
		List<T> rows = new ArrayList<>(fetched.subList(0, Math.min(page.size(), fetched.size())));
		if (page.backward()) {
			Collections.reverse(rows);
		}
		boolean hasNext = page.backward() ? page.before() != null : more;
		boolean hasPrevious = page.backward() ? more : page.after() != null;
		List<Edge<T>> edges = rows.stream().map((row) -> new Edge<>(ordering.cursorOf(row).encode(), row)).toList();
		PageInfo info = new PageInfo(hasNext, hasPrevious, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(totalCount, info, edges, rows);
	}

	/**
	 * Pages a complete list in memory with the same semantics as a keyset query: used for the
	 * connections nested in an entity, whose rows for many parents are fetched in one query.
	 */
	public static <T> Connection<T> fromAll(List<T> all, Page page, Ordering<T> ordering) {
		Comparator<T> order = ordering.comparator();
		List<T> sorted = new ArrayList<>(all);
		sorted.sort(order);
		List<T> window = sorted.stream()
			.filter((row) -> page.after() == null || ordering.compareTo(row, page.after()) > 0)
			.filter((row) -> page.before() == null || ordering.compareTo(row, page.before()) < 0)
			.toList();
		List<T> fetched = new ArrayList<>(window);
		if (page.backward()) {
			Collections.reverse(fetched);
		}
		return fromFetched(fetched.subList(0, Math.min(page.size() + 1, fetched.size())), page, ordering, all.size());
	}

	/** An item of a page with its cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where a page stands in its connection. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
