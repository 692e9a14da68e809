package org.diplomacygraph.paging;

import org.diplomacygraph.values.BadRequestException;

/**
 * The pagination arguments of a connection, checked: {@code first}/{@code after} pages forward,
 * {@code last}/{@code before} backward; 20 items by default, at most 100.
 */
public record Page(int size, boolean backward, Cursor after, Cursor before) {

	/** The page size when neither {@code first} nor {@code last} is given. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	/**
	 * Checks the arguments as a client gave them, before anything is loaded: a cursor must belong to
	 * the given ordering and carry a sort key of its type.
	 */
	public static Page of(Integer first, String after, Integer last, String before, Ordering<?> ordering) {
		if (first != null && last != null) {
			throw new BadRequestException("Passing both `first` and `last` to paginate a connection is not supported");
		}
		checkSize("first", first);
		checkSize("last", last);
		int size = (first != null) ? first : (last != null) ? last : DEFAULT_SIZE;
		return new Page(size, last != null, Cursor.decode(after, "after", ordering),
				Cursor.decode(before, "before", ordering));
	}

	private static void checkSize(String name, Integer value) {
		if (value != null && (value < 1 || value > MAX_SIZE)) {
			throw new BadRequestException(
					"`" + name + "` must be between 1 and " + MAX_SIZE + ", got " + value);
		}
	}

}
