package org.diplomacygraph.paging;

/**
 * A value of some record's list (an alias, a topic, a field), or a row about it, keyed by the ID of
 * that record: what a batch query answers for many records at once, grouped by {@link Batches#fromRows}.
 * Repositories select it with {@code select new org.diplomacygraph.paging.Keyed(owner.id, value)}.
 *
 * @param <T> the type of the value
 * @param key the ID of the record the value belongs to
 * @param value the value
 */
public record Keyed<T>(String key, T value) {

}
