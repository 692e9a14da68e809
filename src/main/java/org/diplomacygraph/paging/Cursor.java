package org.diplomacygraph.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.InputText;

/**
 * A position in an ordered list: the ordering's name, the sort key and the id of the item. Clients
 * see it as an opaque string; it names no offset, so a page after it costs the same however deep.
 */
public record Cursor(String ordering, String key, String id) {

	private static final String VERSION = "c1";

	/** The opaque form handed to clients. */
	public String encode() {
		String plain = VERSION + "|" + this.ordering + "|" + this.key + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor a client sent back for the given ordering, whose sort key must parse as the
	 * ordering's key does; null stays null.
	 */
	static Cursor decode(String cursor, String argument, Ordering<?> ordering) {
		if (cursor == null) {
			return null;
		}
		InputText.require(cursor, InputText.Field.CURSOR, argument);
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
		}
		catch (IllegalArgumentException ex) {
			parts = new String[0];
		}
		if (parts.length != 4 || !parts[0].equals(VERSION)) {
			throw invalid(cursor, argument);
		}
		if (!parts[1].equals(ordering.name())) {
			throw new BadRequestException("`" + argument + "` is a cursor for the ordering " + InputText.echo(parts[1])
					+ ", but this connection is ordered by " + ordering.name() + "; start again without a cursor");
		}
		if (!ordering.accepts(parts[2])) {
			throw invalid(cursor, argument);
		}
		return new Cursor(parts[1], parts[2], parts[3]);
	}

	private static BadRequestException invalid(String cursor, String argument) {
		return new BadRequestException("`" + argument + "` is not a valid cursor: '" + InputText.echo(cursor)
				+ "'; pass a cursor returned by this connection");
	}

}
