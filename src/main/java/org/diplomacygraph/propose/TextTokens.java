package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;

import org.diplomacygraph.values.Names;
import org.diplomacygraph.values.Sentences;

/**
 * An article's text as words: each word a maximal run of letters, digits and marks (so that a
 * sequence of words folds as {@link Names#fold} folds the same characters), with its offsets in the
 * text (UTF-16), whether it is capitalised, its sentence (split by {@link Sentences}), and whether it lies in a passage that is
 * not part of the story. Quotes are always cut from the text by these offsets, so they occur in it.
 */
final class TextTokens {

	/** A word of the text. */
	record Token(int index, int start, int end, String surface, String folded, int sentence, boolean story) {

		/** Starts with an upper-case letter (or a digit): a word a proper name may start with. */
		boolean capitalised() {
			int first = this.surface.codePointAt(0);
			return Character.isUpperCase(first) || Character.isTitleCase(first);
		}

		boolean numeric() {
			return Character.isDigit(this.surface.codePointAt(0));
		}

	}

	private final String text;

	private final List<Token> tokens;

	TextTokens(String text, List<int[]> notStory) {
		this.text = text;
		this.tokens = tokenise(text, notStory);
	}

	String text() {
		return this.text;
	}

	List<Token> tokens() {
		return this.tokens;
	}

	int size() {
		return this.tokens.size();
	}

	Token get(int index) {
		return this.tokens.get(index);
	}

	/** The text between a word and the one before it (from the start of the text for the first word). */
	String gapBefore(int index) {
		int from = (index == 0) ? 0 : this.tokens.get(index - 1).end();
		return this.text.substring(from, this.tokens.get(index).start());
	}

	/** The text of words {@code from} to {@code to} (exclusive), as it stands. */
	String surface(int from, int to) {
		return this.text.substring(this.tokens.get(from).start(), this.tokens.get(to - 1).end());
	}

	/** The folded words {@code from} to {@code to} (exclusive), joined by spaces. */
	String folded(int from, int to) {
		StringBuilder folded = new StringBuilder();
		for (int i = from; i < to; i++) {
			folded.append((i > from) ? " " : "").append(this.tokens.get(i).folded());
		}
		return folded.toString();
	}

	/** Whether word {@code index} is the folded word (or one of the words) given. */
	boolean is(int index, String... folded) {
		if (index < 0 || index >= this.tokens.size()) {
			return false;
		}
		String word = this.tokens.get(index).folded();
		for (String candidate : folded) {
			if (candidate.equals(word)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the folded words from {@code index} are the words of {@code phrase} (folded, spaced). */
	boolean startsWith(int index, String phrase) {
		String[] words = phrase.split(" ");
		if (index < 0 || index + words.length > this.tokens.size()) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			if (!this.tokens.get(index + i).folded().equals(words[i]) || (i > 0 && hardBreakBefore(index + i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a name cannot run on from the word before to this one: a line break, a sentence or
	 * clause end, a quotation mark or a slash lies between them. Parentheses, dashes, apostrophes and
	 * hyphens can stand inside a name.
	 */
	boolean hardBreakBefore(int index) {
		if (index <= 0) {
			return true;
		}
		String gap = gapBefore(index);
		for (int i = 0; i < gap.length(); i++) {
			char c = gap.charAt(i);
			if (c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"'
					|| c == '“' || c == '”' || c == '/' || c == '|' || c == '[' || c == ']' || c == '•' || c == '—') {
				return true;
			}
			if (c == '.' && !initial(index - 1)) {
				return true;
			}
		}
		return !this.tokens.get(index).story() || !this.tokens.get(index - 1).story();
	}

	/** Whether a word is the first of its sentence. */
	boolean startsSentence(int index) {
		return index == 0 || this.tokens.get(index - 1).sentence() != this.tokens.get(index).sentence();
	}

	/** Whether the gap before a word holds an opening parenthesis. */
	boolean parenthesisBefore(int index) {
		return index > 0 && gapBefore(index).contains("(");
	}

	/** Whether the gap after a word holds a closing parenthesis. */
	boolean parenthesisAfter(int index) {
		return index + 1 < this.tokens.size() && gapBefore(index + 1).contains(")")
				|| index + 1 == this.tokens.size() && this.text.substring(this.tokens.get(index).end()).startsWith(")");
	}

	/** Whether a word is followed by a possessive {@code ’s} / {@code 's} (the next word being that s). */
	boolean possessiveAfter(int index) {
		if (index + 1 >= this.tokens.size() || !this.tokens.get(index + 1).surface().equals("s")) {
			return false;
		}
		String gap = gapBefore(index + 1);
		return gap.equals("’") || gap.equals("'");
	}

	/** A single letter followed by a period, as in U.S. or initials, or an abbreviated honorific ("Mr.", "Dr."). */
	private boolean initial(int index) {
		return Sentences.abbreviation(this.tokens.get(index).surface());
	}

	private static List<Token> tokenise(String text, List<int[]> notStory) {
		List<Token> tokens = new ArrayList<>();
		int sentence = 0;
		int i = 0;
		int previousEnd = 0;
		while (i < text.length()) {
			int point = text.codePointAt(i);
			if (!Sentences.wordCharacter(point)) {
				i += Character.charCount(point);
				continue;
			}
			int start = i;
			while (i < text.length() && Sentences.wordCharacter(text.codePointAt(i))) {
				i += Character.charCount(text.codePointAt(i));
			}
			String surface = text.substring(start, i);
			if (!tokens.isEmpty() && Sentences.breaksBetween(text.substring(previousEnd, start),
					tokens.get(tokens.size() - 1).surface())) {
				sentence++;
			}
			tokens.add(new Token(tokens.size(), start, i, surface, Names.fold(surface), sentence,
					outside(start, i, notStory)));
			previousEnd = i;
		}
		return List.copyOf(tokens);
	}

	private static boolean outside(int start, int end, List<int[]> spans) {
		for (int[] span : spans) {
			if (start < span[1] && span[0] < end) {
				return false;
			}
		}
		return true;
	}

}
