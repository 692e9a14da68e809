package org.diplomacygraph.endpoint;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that forgets its least recently used entries beyond a weight: each entry weighs the
 * characters of its text plus {@link #ENTRY_OVERHEAD}, so neither a few large documents nor many
 * tiny ones grow it past its bound. Thread-safe; every operation holds the lock for O(1) work.
 *
 * @param <V> the values, kept with their text's weight
 */
final class BoundedCache<V> {

	/** What an entry weighs besides its text: the key, the map's node, the value's own fields. */
	static final int ENTRY_OVERHEAD = 200;

	private final long maxWeight;

	private final LinkedHashMap<String, Weighed<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

	private long weight;

	BoundedCache(long maxWeight) {
		this.maxWeight = maxWeight;
	}

	/** The value, marked as just used; {@code null} if there is none. */
	synchronized V get(String key) {
		Weighed<V> entry = this.entries.get(key);
		return (entry != null) ? entry.value() : null;
	}

	/**
	 * Keeps a value whose text has {@code characters} characters, forgetting the least recently used
	 * entries as needed; a value heavier than the whole cache is not kept.
	 */
	synchronized void put(String key, V value, int characters) {
		long entryWeight = (long) characters + ENTRY_OVERHEAD;
		if (entryWeight > this.maxWeight) {
			return;
		}
		Weighed<V> previous = this.entries.put(key, new Weighed<>(value, entryWeight));
		this.weight += entryWeight - ((previous != null) ? previous.weight() : 0);
		Iterator<Map.Entry<String, Weighed<V>>> oldest = this.entries.entrySet().iterator();
		while (this.weight > this.maxWeight && oldest.hasNext()) {
			this.weight -= oldest.next().getValue().weight();
			oldest.remove();
		}
	}

	synchronized int size() {
		return this.entries.size();
	}

	synchronized long weight() {
		return this.weight;
	}

	private record Weighed<V>(V value, long weight) {
	}

}
