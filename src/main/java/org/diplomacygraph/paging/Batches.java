package org.diplomacygraph.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Helpers for batch loaders: the foreign keys or ids of a whole batch of sources are collected,
 * their targets loaded with one query, and the results handed back per source.
 */
public final class Batches {

	private Batches() {
	}

	/** For each source, the entity its foreign key names (absent when the key is null). */
	public static <S, T> Map<S, T> toOne(Collection<S> sources, Function<S, String> foreignKey,
			Function<Set<String>, ? extends Iterable<T>> load, Function<T, String> idOf) {
		Set<String> keys = new LinkedHashSet<>();
		sources.stream().map(foreignKey).filter(Objects::nonNull).forEach(keys::add);
		Map<String, T> targets = new HashMap<>();
		if (!keys.isEmpty()) {
			load.apply(keys).forEach((target) -> targets.put(idOf.apply(target), target));
		}
		Map<S, T> result = new LinkedHashMap<>();
		for (S source : sources) {
			T target = targets.get(foreignKey.apply(source));
			if (target != null) {
				result.put(source, target);
			}
		}
		return result;
	}

	/** For each source, the items that name it as their parent, in the order loaded; empty if none. */
	public static <S, T> Map<S, List<T>> toMany(Collection<S> sources, Function<S, String> idOf,
			Function<Set<String>, ? extends Collection<T>> load, Function<T, String> parentOf) {
		Set<String> ids = ids(sources, idOf);
		Map<String, List<T>> byParent = new HashMap<>();
		for (T item : load.apply(ids)) {
			byParent.computeIfAbsent(parentOf.apply(item), (key) -> new ArrayList<>()).add(item);
		}
		return perSource(sources, idOf, byParent);
	}

	/** Like {@link #toMany} for values keyed by their parent's ID, in the order loaded. */
	public static <S, T> Map<S, List<T>> fromRows(Collection<S> sources, Function<S, String> idOf,
			Function<Set<String>, List<Keyed<T>>> load) {
		Set<String> ids = ids(sources, idOf);
		Map<String, List<T>> byParent = new HashMap<>();
		for (Keyed<T> row : load.apply(ids)) {
			byParent.computeIfAbsent(row.key(), (key) -> new ArrayList<>()).add(row.value());
		}
		return perSource(sources, idOf, byParent);
	}

	private static <S> Set<String> ids(Collection<S> sources, Function<S, String> idOf) {
		Set<String> ids = new LinkedHashSet<>();
		sources.forEach((source) -> ids.add(idOf.apply(source)));
		return ids;
	}

	private static <S, T> Map<S, List<T>> perSource(Collection<S> sources, Function<S, String> idOf,
			Map<String, List<T>> byParent) {
		Map<S, List<T>> result = new LinkedHashMap<>();
		for (S source : sources) {
			result.put(source, byParent.getOrDefault(idOf.apply(source), List.of()));
		}
		return result;
	}

}
