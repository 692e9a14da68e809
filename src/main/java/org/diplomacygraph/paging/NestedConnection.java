package org.diplomacygraph.paging;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The batch-loader key of a connection nested in an entity (a person's meetings): whose items, with
 * which filter, order and page. Keys of one request with equal filter and order are served by one
 * query for all their parents; each parent's page is then cut in memory.
 *
 * @param parentId the slug of the entity the connection hangs from
 * @param filter the filter argument as the client gave it, or null
 * @param order the orderBy argument as the client gave it, or null
 * @param page the checked paging arguments
 */
public record NestedConnection<F, O>(String parentId, F filter, O order, Page page) {

	/**
	 * Loads the pages of many keys.
	 * @param query the items of a set of parents that pass a filter, by parent
	 * @param ordering the ordering an order argument stands for
	 */
	public static <F, O, T> Map<NestedConnection<F, O>, Connection<T>> load(Set<NestedConnection<F, O>> keys,
			BiFunction<Set<String>, F, Map<String, List<T>>> query, Function<O, Ordering<T>> ordering) {
		Map<NestedConnection<F, O>, Connection<T>> pages = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy((key) -> new Arguments<>(key.filter, key.order), LinkedHashMap::new,
					Collectors.toList()))
			.forEach((arguments, group) -> {
				Set<String> parents = group.stream().map(NestedConnection::parentId).collect(Collectors.toSet());
				Map<String, List<T>> found = query.apply(parents, arguments.filter());
				Ordering<T> order = ordering.apply(arguments.order());
				for (NestedConnection<F, O> key : group) {
					pages.put(key, Connection.fromAll(found.getOrDefault(key.parentId, List.of()), key.page, order));
				}
			});
		return pages;
	}

	/** The part of a key that one query serves: filter and order. */
	private record Arguments<F, O>(F filter, O order) {
	}

}
