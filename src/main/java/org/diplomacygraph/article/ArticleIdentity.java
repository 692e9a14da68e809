package org.diplomacygraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two articles the same article: the same URL when both have one, or the same text once
 * normalised. The stored {@link Article} keeps both keys ({@code article.text_key},
 * {@code article.url_key}, each unique), and the corpus compiler and {@code ingestArticle} refuse
 * a second article with either.
 * <ul>
 * <li>Text: Unicode NFC, every run of white space (Unicode {@code White_Space}: spaces, tabs, line
 * breaks, NBSP, ...) one space, none at either end. A text reflowed into other lines is the same
 * text; a changed letter, punctuation mark or format character (ZWNJ, soft hyphen) is not.</li>
 * <li>URL: Unicode NFC, no white space at either end, without the {@code #fragment}, the scheme and
 * the host in lower case, the path without slashes at its end ({@code https://Example.org/a/#top}
 * is {@code https://example.org/a}); the rest (user, port, path, query) as given.</li>
 * </ul>
 * The keys are the SHA-256 (hex) of these normal forms, so that they fit an index whatever the
 * length of the text or the URL.
 */
public final class ArticleIdentity {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

	private static final Pattern ENDS = Pattern.compile("^\\p{IsWhite_Space}+|\\p{IsWhite_Space}+$");

	/** Scheme, then an authority after {@code //} (user info, host, port), then the rest. */
	private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(?://([^/?]*))?(.*)", Pattern.DOTALL);

	private ArticleIdentity() {
	}

	/** The text as compared: NFC, white space collapsed to single spaces, trimmed. */
	public static String normalText(String text) {
		if (text == null) {
			return null;
		}
		String collapsed = WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ");
		return ENDS.matcher(collapsed).replaceAll("");
	}

	/** The SHA-256 (hex) of {@link #normalText}; null for no text. */
	public static String textKey(String text) {
		return (text != null) ? sha256(normalText(text)) : null;
	}

	/** The URL as compared (see the class comment), or null if it is blank. */
	public static String normalUrl(String url) {
		if (url == null) {
			return null;
		}
		String trimmed = ENDS.matcher(Normalizer.normalize(url, Normalizer.Form.NFC)).replaceAll("");
		int fragment = trimmed.indexOf('#');
		String rest = (fragment >= 0) ? trimmed.substring(0, fragment) : trimmed;
		String prefix = "";
		Matcher parts = URL.matcher(rest);
		if (parts.matches()) {
			prefix = parts.group(1).toLowerCase(Locale.ROOT) + ":";
			String authority = parts.group(2);
			if (authority != null) {
				// The user info (before the last @) keeps its case; the host and port do not have one.
				int at = authority.lastIndexOf('@');
				prefix += "//" + authority.substring(0, at + 1) + authority.substring(at + 1).toLowerCase(Locale.ROOT);
			}
			rest = parts.group(3);
		}
		int query = rest.indexOf('?');
		String path = (query >= 0) ? rest.substring(0, query) : rest;
		String normal = prefix + path.replaceAll("/+$", "") + ((query >= 0) ? rest.substring(query) : "");
		return normal.isEmpty() ? null : normal;
	}

	/** The SHA-256 (hex) of {@link #normalUrl}; null for no URL. */
	public static String urlKey(String url) {
		String normal = normalUrl(url);
		return (normal != null) ? sha256(normal) : null;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
