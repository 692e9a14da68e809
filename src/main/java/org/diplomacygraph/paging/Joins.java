package org.diplomacygraph.paging;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * The to-one relations of a batch's items that the selection below a list field asks for, to be
 * loaded joined with the items in the batch's one statement rather than by a DataLoader level each:
 * attribute paths of the item entity such as {@code person} or {@code organisation.country}. The
 * look-ahead: a list field's data fetcher plans them from its selection and hands them to its
 * DataLoader as the key's context; the batch loader joins what any key of the batch asked for.
 * @param paths the attribute paths, dot-separated, sorted
 */
public record Joins(Set<String> paths) {

	private static final Joins NONE = new Joins(Set.of());

	public Joins {
		paths = Set.copyOf(paths);
	}

	public static Joins none() {
		return NONE;
	}

	/**
	 * Of the candidates (fields below the list field, {@code /}-separated as in
	 * {@link DataFetchingFieldSelectionSet#contains}, each named as the item's attribute), those selected.
	 */
	public static Joins selected(DataFetchingFieldSelectionSet selection, String... candidates) {
		Set<String> paths = new TreeSet<>();
		for (String candidate : candidates) {
			if (selection.contains(candidate)) {
				paths.add(candidate.replace('/', '.'));
			}
		}
		return paths.isEmpty() ? NONE : new Joins(paths);
	}

	/** What any of a batch's keys asked for (the key contexts of a DataLoader batch). */
	public static Joins union(Collection<Object> contexts) {
		Set<String> paths = new TreeSet<>();
		for (Object context : contexts) {
			if (context instanceof Joins joins) {
				paths.addAll(joins.paths());
			}
		}
		return paths.isEmpty() ? NONE : new Joins(paths);
	}

}
