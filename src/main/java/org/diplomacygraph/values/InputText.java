package org.diplomacygraph.values;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomacygraph.values.UserError.Code;

/**
 * The one rule for every string a client sends, at every entry point (ingest, curation, filters,
 * IDs, cursors, search): which characters each kind of input may hold, how long it may be, what a
 * name is, how a name is stored, and how a value is quoted back in a message.
 * <p>
 * Three rules, by what the string is:
 * <ul>
 * <li>{@link Rule#NAME} (names, aliases, titles, publishers, topics, name filters, search): no
 * control (Cc), format (Cf) or private-use (Co) character and no unpaired surrogate, and at least one
 * letter or digit once normalised. A name is stored {@linkplain #normalise normalised}: NFC, without
 * the Unicode white space around it (NBSP, U+2000–U+200A and U+3000 included).</li>
 * <li>{@link Rule#LINE} (IDs, keys, references, cursors, kinds, roles, languages, dates, URLs): the
 * same characters refused; what the value must look like is the caller's to check.</li>
 * <li>{@link Rule#VERBATIM} (an article's text, its quotes, its {@code notStory} passages): kept
 * exactly as received, so only what cannot be text is refused: unpaired surrogates, private-use
 * characters, and controls other than tab, line feed and carriage return. Format characters (Cf)
 * are allowed here on purpose: ZWNJ and ZWJ are part of the spelling of Persian, Hindi and other
 * scripts' words, soft hyphens and bidirectional marks occur in real news text, and refusing them
 * would make such articles impossible to store verbatim (or to quote).</li>
 * </ul>
 * Lengths count UTF-16 code units (what {@link String#length()}, JavaScript and the evidence
 * offsets count), of the value as sent. Values quoted back in messages are cut by {@link #echo}.
 */
public final class InputText {

	/** At most this many characters of a value are quoted back in a message. */
	public static final int ECHO_LENGTH = 100;

	private InputText() {
	}

	/** Which characters a kind of input may hold. */
	public enum Rule {

		NAME, LINE, VERBATIM

	}

	/** Every kind of string input, with its rule and its maximum length. */
	public enum Field {

		/** A global ID, or a reference that is a global ID or a local key of an input. */
		ID(Rule.LINE, 200),
		/** A local key of an ingest input. */
		KEY(Rule.LINE, 200),
		/** A connection cursor (it holds a sort key, which may be a title). */
		CURSOR(Rule.LINE, 4096),
		/** A kind, role or status: one word of a fixed list. */
		CODE(Rule.LINE, 100),
		/** A BCP 47 language tag. */
		LANGUAGE(Rule.LINE, 20),
		/** A date as text ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code --MM-DD}). */
		DATE(Rule.LINE, 20),
		URL(Rule.LINE, 2000),
		/** The {@code operationName} of a request (a GraphQL name). */
		OPERATION_NAME(Rule.LINE, 200),
		/** The name or alias of a person, place or country; a name filter. */
		NAME(Rule.NAME, 200),
		/** The name or alias of an organisation, whose official names run long. */
		ORGANISATION_NAME(Rule.NAME, 300),
		/** The title of an article, meeting or agreement. */
		TITLE(Rule.NAME, 500),
		/** A publisher, a post's title, a topic, an agreement's field. */
		LABEL(Rule.NAME, 200),
		/** The words of a search. */
		SEARCH(Rule.NAME, 200),
		/**
		 * An article's text, a quote, a {@code notStory} passage: 65,536, as many as fit the default
		 * request body of 64 KB ({@code diplomacy.limits.max-request-size}), which with JSON around them
		 * and multi-byte characters is in practice the tighter bound.
		 */
		TEXT(Rule.VERBATIM, 65_536);

		private final Rule rule;

		private final int max;

		Field(Rule rule, int max) {
			this.rule = rule;
			this.max = max;
		}

		public Rule rule() {
			return this.rule;
		}

		public int max() {
			return this.max;
		}

	}

	/** What is wrong with a value: the user error code and a message naming the field. */
	public record Problem(Code code, String message) {
	}

	/**
	 * The first problem with a value of a field, or null if there is none (a null value has none:
	 * whether a field is required is the caller's to say). {@code name} is the field's name as the
	 * message shows it, e.g. {@code alias} or {@code filter.name}.
	 */
	public static Problem problem(String value, Field field, String name) {
		if (value == null) {
			return null;
		}
		if (value.length() > field.max) {
			return new Problem(Code.INVALID,
					"`" + name + "` may have at most " + field.max + " characters, got " + value.length());
		}
		if (field.rule == Rule.NAME && !hasLetterOrDigit(normalise(value))) {
			return new Problem(isBlank(value) ? Code.REQUIRED : Code.INVALID,
					"`" + name + "` must contain at least one letter or digit");
		}
		for (int i = 0; i < value.length();) {
			int point = value.codePointAt(i);
			String refused = refused(point, field.rule);
			if (refused != null) {
				return new Problem(Code.INVALID, "`" + name + "` must not contain " + refused + " "
						+ String.format("U+%04X", point) + " (at offset " + i + ")");
			}
			i += Character.charCount(point);
		}
		return null;
	}

	/**
	 * Checks an argument of a query, refusing a value with a problem as a BAD_REQUEST; returns the
	 * value, {@linkplain #normalise normalised} if it is a name, or null for null.
	 */
	public static String require(String value, Field field, String argument) {
		Problem problem = problem(value, field, argument);
		if (problem != null) {
			throw new BadRequestException(problem.message());
		}
		return (value != null && field.rule == Rule.NAME) ? normalise(value) : value;
	}

	/** A name as it is stored and compared: NFC, without Unicode white space around it; null stays null. */
	public static String normalise(String value) {
		return (value != null) ? strip(Normalizer.normalize(value, Normalizer.Form.NFC)) : null;
	}

	/** Whether a value is null or only white space of any kind (NBSP, U+2000–U+200A, U+3000 included). */
	public static boolean isBlank(String value) {
		return value == null || strip(value).isEmpty();
	}

	/** The value for a message: whole up to {@value #ECHO_LENGTH} characters, else cut there with "…". */
	public static String echo(String value) {
		if (value == null || value.length() <= ECHO_LENGTH) {
			return value;
		}
		int end = ECHO_LENGTH;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "… (" + value.length() + " characters)";
	}

	/**
	 * A message with every value quoted in it ({@code '…'} or {@code "…"}) longer than
	 * {@link #ECHO_LENGTH} characters and its longest possible suffix {@linkplain #echo cut short}:
	 * for messages this API does not write itself (graphql-java's), which quote values whole. A value
	 * {@link #echo} already cut is left as it is.
	 */
	public static String echoQuoted(String message) {
		if (message == null || message.length() <= QUOTED_LENGTH) {
			return message;
		}
		return QUOTED.matcher(message).replaceAll((match) -> {
			String quote = (match.group(1) != null) ? "'" : "\"";
			String value = (match.group(1) != null) ? match.group(1) : match.group(2);
			return Matcher.quoteReplacement(quote + echo(value) + quote);
		});
	}

	/** The longest a value {@link #echo} returns can be. */
	private static final int QUOTED_LENGTH = ECHO_LENGTH + ("… (" + Integer.MAX_VALUE + " characters)").length();

	private static final Pattern QUOTED = Pattern
		.compile("'([^']{" + (QUOTED_LENGTH + 1) + ",})'|\"([^\"]{" + (QUOTED_LENGTH + 1) + ",})\"");

	/** Any Unicode white space: Java's, and the space separators (NBSP, U+2007, U+202F) it leaves out. */
	public static boolean isSpace(int point) {
		return Character.isWhitespace(point) || Character.isSpaceChar(point);
	}

	private static String strip(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && isSpace(value.codePointAt(start))) {
			start += Character.charCount(value.codePointAt(start));
		}
		while (end > start && isSpace(value.codePointBefore(end))) {
			end -= Character.charCount(value.codePointBefore(end));
		}
		return value.substring(start, end);
	}

	private static boolean hasLetterOrDigit(String value) {
		return value.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/** What a refused character is called, or null if the rule allows it. */
	private static String refused(int point, Rule rule) {
		return switch (Character.getType(point)) {
			case Character.CONTROL -> (rule == Rule.VERBATIM && (point == '\t' || point == '\n' || point == '\r'))
					? null : "the control character";
			case Character.FORMAT -> (rule == Rule.VERBATIM) ? null : "the format character";
			case Character.PRIVATE_USE -> "the private-use character";
			case Character.SURROGATE -> "the unpaired surrogate";
			default -> null;
		};
	}

}
