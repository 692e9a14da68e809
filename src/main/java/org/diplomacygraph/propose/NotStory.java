package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the passages of a text that are not the story, to propose as {@code notStory}: photo
 * credits ("Photos: Thanh Hai/The Hanoi Times", "(Source: VNA)"), navigation words alone on a line
 * ("Latest"), lines of page markup ("![]() | |"), and a page's list of other headlines (a run of
 * time-stamped or bulleted lines that lasts to the end of the text).
 */
final class NotStory {

	private static final Pattern CREDIT = Pattern.compile(
			"(?m)(?<=^|[.!?)\\]]\\s{1,3})(?:Photos?|Photo credit|Images?|Credit|Video|Graphics?)\\s*:\\s*[^\\n]*?\\S(?=\\s*$)");

	private static final Pattern SOURCE = Pattern.compile("\\((?:Photos?|Source|Image|Credit)s?\\s*:\\s*[^)\\n]{1,200}\\)");

	private static final Pattern NAVIGATION = Pattern.compile(
			"(?mi)^(?:Latest|Latest news|Related|Related news|Read more|Most read|Most viewed|Tags?|Share|Advertisement|"
					+ "See also|Other news|More news|Comments?|Print)[ \\t]*$");

	private static final Pattern MARKUP = Pattern.compile("(?m)^[ \\t]*(?=[^\\n]*[|!\\[\\]])[!\\[\\]()|*#>_ \\t-]{2,}?[ \\t]*$");

	private static final Pattern STAMP = Pattern.compile(
			"^\\s*(?:\\d{1,2}:\\d{2},?\\s*)?(?:\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4})(?:\\s*\\d{1,2}:\\d{2})?\\s*$");

	private static final Pattern BULLET = Pattern.compile("^\\s*[-•*·]\\s+\\S.*$");

	private NotStory() {
	}

	/** The passages, each a span of the text, in the order of the text, none overlapping. */
	static List<int[]> find(String text) {
		List<int[]> spans = new ArrayList<>();
		int tail = headlineList(text);
		if (tail >= 0) {
			spans.add(new int[] { tail, stripEnd(text, text.length()) });
		}
		for (Pattern pattern : List.of(CREDIT, SOURCE, NAVIGATION, MARKUP)) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				int start = m.start();
				int end = stripEnd(text, m.end());
				while (start < end && Character.isWhitespace(text.charAt(start))) {
					start++;
				}
				if (end > start && (tail < 0 || start < tail)) {
					add(spans, start, end);
				}
			}
		}
		spans.sort((a, b) -> Integer.compare(a[0], b[0]));
		return spans;
	}

	/** The start of a list of other headlines lasting to the end, or -1. */
	private static int headlineList(String text) {
		String[] lines = text.split("\n", -1);
		int offset = 0;
		int[] starts = new int[lines.length];
		for (int i = 0; i < lines.length; i++) {
			starts[i] = offset;
			offset += lines[i].length() + 1;
		}
		for (int i = 0; i < lines.length; i++) {
			if (!STAMP.matcher(lines[i]).matches() && !BULLET.matcher(lines[i]).matches()) {
				continue;
			}
			int marks = 0;
			boolean bullets = BULLET.matcher(lines[i]).matches();
			for (int j = i; j < lines.length; j++) {
				if (STAMP.matcher(lines[j]).matches() || BULLET.matcher(lines[j]).matches()) {
					marks++;
				}
			}
			int rest = (int) java.util.Arrays.stream(lines, i, lines.length).filter((line) -> !line.isBlank()).count();
			// Time stamps with a headline and a line under each, or bullets only.
			if (marks >= 3 && (bullets ? marks == rest : marks * 4 >= rest)) {
				return starts[i] + (lines[i].length() - lines[i].stripLeading().length());
			}
		}
		return -1;
	}

	private static void add(List<int[]> spans, int start, int end) {
		for (int[] span : spans) {
			if (start < span[1] && span[0] < end) {
				return;
			}
		}
		spans.add(new int[] { start, end });
	}

	private static int stripEnd(String text, int end) {
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

}
