package org.diplomacygraph.paging;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * One way to order a connection's items: by a non-null sort key held in an entity attribute, then
 * by id, ascending or descending. The same definition drives the SQL keyset query and the
 * in-memory paging of nested connections, so both agree on what a cursor means.
 *
 * @param name the name cursors carry, e.g. {@code DATE_ASC}
 * @param attribute the entity attribute holding the sort key
 * @param keyType the type of the sort key: {@code String}, {@code Long} or {@code LocalDate}
 * @param descending whether the order is descending
 * @param keyOf reads the sort key from an item
 * @param idOf reads the id from an item
 */
public record Ordering<T>(String name, String attribute, Class<?> keyType, boolean descending,
		Function<T, Comparable<?>> keyOf, Function<T, String> idOf) {

	/** Builds an ordering named after its field and direction. */
	public static <T> Ordering<T> of(String field, OrderDirection direction, String attribute, Class<?> keyType,
			Function<T, Comparable<?>> keyOf, Function<T, String> idOf) {
		OrderDirection dir = (direction != null) ? direction : OrderDirection.ASC;
		return new Ordering<>(field + "_" + dir, attribute, keyType, dir == OrderDirection.DESC, keyOf, idOf);
	}

	public Cursor cursorOf(T item) {
		return new Cursor(this.name, String.valueOf(this.keyOf.apply(item)), this.idOf.apply(item));
	}

	/**
	 * The sort key a cursor carries, typed as the attribute is. Cursors reach here checked by
	 * {@link Page#of}, so a key that does not parse is a defect of the caller.
	 */
	public Comparable<?> keyOf(Cursor cursor, Class<?> keyType) {
		return parseKey(cursor.key(), keyType);
	}

	/** Whether a key a client sent back can be a sort key of this ordering. */
	boolean accepts(String key) {
		try {
			parseKey(key, this.keyType);
			return true;
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return false;
		}
	}

	private static Comparable<?> parseKey(String key, Class<?> keyType) {
		if (keyType == Long.class || keyType == long.class) {
			return Long.valueOf(key);
		}
		return (keyType == LocalDate.class) ? LocalDate.parse(key) : key;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	Comparator<T> comparator() {
		Comparator<T> ascending = Comparator.comparing((T item) -> (Comparable) this.keyOf.apply(item))
			.thenComparing(this.idOf);
		return this.descending ? ascending.reversed() : ascending;
	}

	/** Compares an item with a cursor position in display order. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	int compareTo(T item, Cursor cursor) {
		Comparable key = this.keyOf.apply(item);
		Comparable other = keyOf(cursor, this.keyType);
		int byKey = key.compareTo(other);
		int result = (byKey != 0) ? byKey : this.idOf.apply(item).compareTo(cursor.id());
		return this.descending ? -result : result;
	}

}
