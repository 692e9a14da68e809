package org.diplomacygraph.values;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The global ID of an entity as clients see it: its GraphQL type and its slug, encoded as opaque
 * base64url, e.g. {@code Person:to-lam}. Slugs never change, so neither do global IDs.
 */
public record GlobalId(String type, String id) {

	/** Encodes the ID of an entity of the given GraphQL type. */
	public static String encode(String type, String id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	public String encode() {
		return encode(this.type, this.id);
	}

	/**
	 * The slug behind a global ID given as an argument, which must be of the expected type; a
	 * too long, malformed ID or one of another type is a BAD_REQUEST naming the argument.
	 */
	public static String require(String globalId, String type, String argument) {
		GlobalId decoded = require(globalId, argument);
		if (decoded != null && !decoded.type.equals(type)) {
			throw new BadRequestException("`" + argument + "` must be the ID of " + withArticle(type) + ", but '"
					+ InputText.echo(globalId) + "' is the ID of " + withArticle(decoded.type));
		}
		return (decoded != null) ? decoded.id : null;
	}

	/**
	 * A global ID given as an argument, of any type: one over {@link InputText.Field#ID}'s length or
	 * with characters no ID has, or one that does not decode, is a BAD_REQUEST naming the argument
	 * and quoting the value {@linkplain InputText#echo cut short}; null stays null.
	 */
	public static GlobalId require(String globalId, String argument) {
		if (globalId == null) {
			return null;
		}
		InputText.require(globalId, InputText.Field.ID, argument);
		return decode(globalId).orElseThrow(() -> invalid(globalId, argument));
	}

	/** "`argument` is not a valid ID: '…'", the value cut short. */
	public static BadRequestException invalid(String globalId, String argument) {
		return new BadRequestException(invalidMessage(globalId, argument));
	}

	/** The message of {@link #invalid}, for user errors. */
	public static String invalidMessage(String globalId, String argument) {
		return "`" + argument + "` is not a valid ID: '" + InputText.echo(globalId) + "'";
	}

	/** "a Person", "an Organisation": the type name with its indefinite article, for messages. */
	public static String withArticle(String type) {
		return ("AEIOU".indexOf(type.isEmpty() ? 'x' : type.charAt(0)) >= 0 ? "an " : "a ") + type;
	}

	/** Decodes a global ID; empty if it is not one this API issued (longer than any ID is, for one). */
	public static Optional<GlobalId> decode(String globalId) {
		if (globalId == null || globalId.length() > InputText.Field.ID.max()) {
			return Optional.empty();
		}
		try {
			String plain = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
			int colon = plain.indexOf(':');
			if (colon <= 0 || colon == plain.length() - 1) {
				return Optional.empty();
			}
			return Optional.of(new GlobalId(plain.substring(0, colon), plain.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
