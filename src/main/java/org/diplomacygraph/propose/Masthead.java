package org.diplomacygraph.propose;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline and the publisher a text shows: the first line when it reads as a headline (short,
 * no sentence end, more text after it); the publisher from a dateline ("The Hanoi Times — ..."), a
 * closing credit ("— VNA/VNS"), a photo credit ("Photos: Thanh Hai/The Hanoi Times") or, failing
 * those, the URL's host.
 */
final class Masthead {

	private static final Set<String> NEWS_WORDS = Set.of("times", "news", "post", "daily", "herald", "tribune",
			"journal", "gazette", "agency", "press", "television", "tv", "radio", "online", "magazine", "review",
			"newspaper", "vna", "vns", "xinhua", "reuters", "afp", "ap", "granma", "prensa", "bernama", "kyodo",
			"yonhap", "tass", "nhandan", "vnexpress", "tuoitre", "vov", "vtv");

	private static final Pattern DATELINE = Pattern.compile("(?m)^([A-Z][^\\n—–]{1,60}?)\\s+[—–]\\s+\\S");

	/** "HAVANA, Oct 12 (Prensa Latina)": a news agency in parentheses after a dateline. */
	private static final Pattern AGENCY = Pattern.compile("(?m)^[\\p{Lu} .,’'-]{3,40}?,?[^\\n(]{0,30}\\(([^)\\n]{2,40})\\)");

	private static final Pattern CLOSING = Pattern.compile("[—–]\\s*([A-Z][A-Za-z/ .]{1,40}?)\\s*$");

	private static final Pattern CREDIT = Pattern.compile("(?:Photos?|Source)\\s*:\\s*[^\\n/]*/\\s*([^\\n)]{2,60}?)\\s*(?:\\)|$)",
			Pattern.MULTILINE);

	private Masthead() {
	}

	/** The first line, if it is a headline; else null. */
	static String title(String text) {
		String stripped = text.strip();
		int newline = stripped.indexOf('\n');
		if (newline < 0) {
			return null;
		}
		String line = stripped.substring(0, newline).strip();
		if (line.length() < 10 || line.length() > 200 || line.split("\\s+").length < 3
				|| ".!?:;,".indexOf(line.charAt(line.length() - 1)) >= 0) {
			return null;
		}
		return line;
	}

	/** The publisher the text or the URL shows; null if neither does. */
	static String publisher(String text, String url) {
		for (Pattern pattern : List.of(DATELINE, AGENCY, CLOSING, CREDIT)) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				String name = m.group(1).strip();
				if (newsName(name)) {
					return name;
				}
			}
		}
		if (url != null) {
			try {
				String host = URI.create(url.strip()).getHost();
				if (host != null) {
					return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
				}
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	private static boolean newsName(String name) {
		for (String word : org.diplomacygraph.values.Names.fold(name).split(" ")) {
			if (NEWS_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
