package org.diplomacygraph.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.Names;

/**
 * An article search as a client asked for it, checked: the words by the rules of {@code search}
 * ({@link SearchQuery}), an optional language tag, and a page of {@code first} hits from position
 * {@code offset} of the ranking, within the first {@value #MAX_HITS} hits.
 *
 * @param text the words to look for, as typed
 * @param language only articles in this language (lower case), or null for all
 * @param first how many hits to return, 1 to {@value SearchQuery#MAX_FIRST}
 * @param offset how many hits of the ranking come before the page (0 without a cursor)
 */
record ArticleSearchQuery(String text, String language, int first, int offset) {

	/** How deep a client may page into the ranking: as GitHub's search, the first 1000 hits only. */
	static final int MAX_HITS = 1000;

	private static final String VERSION = "s1";

	ArticleSearchQuery {
		InputText.require(text, InputText.Field.SEARCH, "query");
		String folded = Names.fold(text);
		if (folded.isEmpty()) {
			throw new BadRequestException("`query` must contain at least one letter or digit");
		}
		int words = folded.split(" ").length;
		if (words > SearchQuery.MAX_WORDS) {
			throw new BadRequestException(
					"`query` must have at most " + SearchQuery.MAX_WORDS + " words, got " + words);
		}
		if (first < 1 || first > SearchQuery.MAX_FIRST) {
			throw new BadRequestException("`first` must be between 1 and " + SearchQuery.MAX_FIRST + ", got " + first);
		}
		if (language != null) {
			InputText.require(language, InputText.Field.LANGUAGE, "language");
			language = language.toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * The search for the arguments of the GraphQL field: a {@code first} of null means the default
	 * (10), and {@code after} a cursor of this same query (its words folded, and its language).
	 */
	static ArticleSearchQuery of(String text, String language, Integer first, String after) {
		ArticleSearchQuery query = new ArticleSearchQuery(text, language,
				(first != null) ? first : SearchQuery.DEFAULT_FIRST, 0);
		return (after != null) ? query.after(after) : query;
	}

	/** The cursor of the hit at a position of this query's ranking. */
	String cursor(int position) {
		String plain = VERSION + "|" + position + "|" + fingerprint();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** How many hits the page may hold: {@code first}, or fewer where the first 1000 hits end. */
	int limit() {
		return Math.max(0, Math.min(this.first, MAX_HITS - this.offset));
	}

	private ArticleSearchQuery after(String cursor) {
		InputText.require(cursor, InputText.Field.CURSOR, "after");
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
		}
		catch (IllegalArgumentException ex) {
			parts = new String[0];
		}
		if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].matches("[0-9]{1,4}")
				|| Integer.parseInt(parts[1]) >= MAX_HITS) {
			throw new BadRequestException("`after` is not a valid cursor: '" + InputText.echo(cursor)
					+ "'; pass a cursor returned by this connection");
		}
		if (!parts[2].equals(fingerprint())) {
			throw new BadRequestException("`after` is a cursor of another query or language; start again without a cursor");
		}
		return new ArticleSearchQuery(this.text, this.language, this.first, Integer.parseInt(parts[1]) + 1);
	}

	/** What a cursor must have been made for: the folded words and the language. */
	private String fingerprint() {
		return Integer.toHexString((Names.fold(this.text) + "|" + this.language).hashCode());
	}

}
