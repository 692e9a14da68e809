package org.diplomacygraph.propose;

import java.util.List;

/**
 * Cuts evidence quotes from the text. A quote is found where it first occurs outside the passages
 * that are not the story, so a quote too short to be unique ("Hanoi") is widened, a word at a time
 * within its sentence, until its first occurrence is the place it was taken from.
 */
final class Quotes {

	private final TextTokens text;

	private final List<int[]> notStory;

	Quotes(TextTokens text, List<int[]> notStory) {
		this.text = text;
		this.notStory = notStory;
	}

	/** The words at offsets {@code start}–{@code end}, widened until they first occur there; null if blank. */
	String quote(int start, int end) {
		String all = this.text.text();
		int from = start;
		int to = end;
		for (int step = 0; step < 40; step++) {
			String quote = all.substring(from, to);
			if (quote.isBlank()) {
				return null;
			}
			if (first(quote) == from) {
				return quote;
			}
			int[] wider = (step % 2 == 0) ? widenRight(from, to) : widenLeft(from, to);
			if (wider == null) {
				wider = (step % 2 == 0) ? widenLeft(from, to) : widenRight(from, to);
			}
			if (wider == null) {
				break;
			}
			from = wider[0];
			to = wider[1];
		}
		String quote = all.substring(start, end);
		return (first(quote) >= 0) ? quote : null;
	}

	/** The first occurrence of a quote outside the passages that are not the story; -1 if none. */
	int first(String quote) {
		String all = this.text.text();
		for (int found = all.indexOf(quote); found >= 0; found = all.indexOf(quote, found + 1)) {
			int start = found;
			int end = found + quote.length();
			if (this.notStory.stream().noneMatch((span) -> start < span[1] && span[0] < end)) {
				return found;
			}
		}
		return -1;
	}

	private int[] widenRight(int from, int to) {
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.start() >= to) {
				String gap = this.text.text().substring(to, token.start());
				if (gap.contains("\n") || !token.story()) {
					return null;
				}
				return new int[] { from, token.end() };
			}
		}
		return null;
	}

	private int[] widenLeft(int from, int to) {
		TextTokens.Token previous = null;
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.end() > from) {
				break;
			}
			previous = token;
		}
		if (previous == null || this.text.text().substring(previous.end(), from).contains("\n") || !previous.story()) {
			return null;
		}
		return new int[] { previous.start(), to };
	}

}
