package org.diplomacygraph.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one sentence splitter of the project: what a word is and where a sentence ends, for the
 * annotation proposer's words ({@code propose.TextTokens}), the sentence of a quote
 * ({@code Evidence.sentence}) and the hits of the article search.
 * <p>
 * A word is a maximal run of letters, digits and marks. A sentence ends between two words when the
 * text between them holds a line break, {@code !} or {@code ?}, or a period followed by white
 * space after a word that is no initial ({@code U.S.}) or abbreviated honorific ({@code Mr.}). A
 * sentence's span runs from its first word to its last, widened over the punctuation that clings
 * to them (an opening quotation mark or parenthesis before, the period and closing marks after)
 * up to the white space around. Offsets are UTF-16 code units, as {@code Evidence} counts them.
 */
public final class Sentences {

	/** Abbreviated honorifics: a period after them ends no sentence and no name ("Mr. Nguyen Van An"). */
	private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sen",
			"Rep", "Amb", "Maj");

	private Sentences() {
	}

	/** A sentence of a text: from {@code start} (inclusive) to {@code end} (exclusive), UTF-16 units. */
	public record Span(int start, int end) {

		/** The sentence's text within the text it was split from. */
		public String of(String text) {
			return text.substring(this.start, this.end);
		}

	}

	/** Whether a code point belongs to a word: a letter, a digit or a mark. */
	public static boolean wordCharacter(int point) {
		return Character.isLetterOrDigit(point) || Character.getType(point) == Character.NON_SPACING_MARK
				|| Character.getType(point) == Character.COMBINING_SPACING_MARK;
	}

	/**
	 * Whether a word, followed by a period, is an initial or an abbreviated honorific (the period
	 * ends neither a sentence nor a name).
	 */
	public static boolean abbreviation(String word) {
		return word.length() == 1 || HONORIFICS.contains(word);
	}

	/** Whether the text {@code gap} between the word {@code before} and the next word ends a sentence. */
	public static boolean breaksBetween(String gap, String before) {
		if (gap.indexOf('\n') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0) {
			return true;
		}
		int period = gap.indexOf('.');
		return period >= 0 && !abbreviation(before) && gap.length() > period + 1
				&& Character.isWhitespace(gap.charAt(period + 1));
	}

	/** The sentences of a text, in order; none for a text without a word. */
	public static List<Span> of(String text) {
		List<int[]> words = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int point = text.codePointAt(i);
			if (!wordCharacter(point)) {
				i += Character.charCount(point);
				continue;
			}
			int start = i;
			while (i < text.length() && wordCharacter(text.codePointAt(i))) {
				i += Character.charCount(text.codePointAt(i));
			}
			words.add(new int[] { start, i });
		}
		List<Span> sentences = new ArrayList<>();
		int first = 0;
		int previousEnd = 0;
		for (int w = 1; w <= words.size(); w++) {
			boolean last = w == words.size();
			if (last || breaksBetween(text.substring(words.get(w - 1)[1], words.get(w)[0]),
					text.substring(words.get(w - 1)[0], words.get(w - 1)[1]))) {
				int start = clingBefore(text, words.get(first)[0], previousEnd);
				int end = clingAfter(text, words.get(w - 1)[1], last ? text.length() : words.get(w)[0]);
				sentences.add(new Span(start, end));
				previousEnd = end;
				first = w;
			}
		}
		return List.copyOf(sentences);
	}

	/**
	 * The span of the sentences a passage from {@code start} to {@code end} overlaps (the sentence
	 * nearest after it if it overlaps none), widened to hold the passage whole.
	 */
	public static Span around(List<Span> sentences, int start, int end) {
		int from = -1;
		int to = -1;
		for (int s = 0; s < sentences.size(); s++) {
			Span sentence = sentences.get(s);
			boolean overlaps = sentence.start() < Math.max(end, start + 1) && start < sentence.end();
			if (overlaps) {
				from = (from < 0) ? s : from;
				to = s;
			}
		}
		if (from < 0) {
			for (Span sentence : sentences) {
				if (sentence.start() >= end) {
					return new Span(start, Math.max(end, sentence.end()));
				}
			}
			return new Span(start, end);
		}
		return new Span(Math.min(start, sentences.get(from).start()), Math.max(end, sentences.get(to).end()));
	}

	/** Back from a sentence's first word over punctuation up to white space, not before {@code limit}. */
	private static int clingBefore(String text, int start, int limit) {
		int i = start;
		while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	/** On from a sentence's last word over punctuation up to white space, not beyond {@code limit}. */
	private static int clingAfter(String text, int end, int limit) {
		int i = end;
		while (i < limit && !Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

}
