package org.diplomacygraph.search;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.diplomacygraph.values.Names;

/**
 * Picks which of an entity's names a query matched best, the way the index matches words: folded,
 * whole word before prefix before one typo.
 */
final class MatchedName {

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

	private static final int WHOLE_WORD = 3;

	private static final int PREFIX = 2;

	private static final int TYPO = 1;

	/** Words shorter than this are matched whole or as a prefix, never with a typo (as in the index). */
	static final int MIN_TYPO_LENGTH = 3;

	/**
	 * Words shorter than this match as the prefix of a longer word only when they end the query (the
	 * word being typed): {@code la} of {@code la habana} is a word, not the beginning of {@code Lâm}.
	 */
	static final int MIN_PREFIX_LENGTH = 3;

	private MatchedName() {
	}

	/**
	 * The name that matches most query words, and best; among equals the one with the fewest words
	 * the query did not ask for, then the one spelled most like the query, then the first (the
	 * canonical name comes first).
	 */
	static String best(String query, List<String> names) {
		List<String> folded = words(Names.fold(query));
		List<String> literal = literalWords(query);
		Comparator<Candidate> best = Comparator.comparingInt(Candidate::score)
			.thenComparing(Comparator.comparingInt(Candidate::unmatched).reversed())
			.thenComparingInt(Candidate::literal);
		Candidate winner = null;
		for (String name : names) {
			Candidate candidate = candidate(name, folded, literal);
			if (winner == null || best.compare(candidate, winner) > 0) {
				winner = candidate;
			}
		}
		return (winner != null) ? winner.name() : "";
	}

	private static Candidate candidate(String name, List<String> query, List<String> queryLiteral) {
		List<String> words = words(Names.fold(name));
		boolean[] used = new boolean[words.size()];
		int score = 0;
		for (int q = 0; q < query.size(); q++) {
			String queryWord = query.get(q);
			boolean prefix = matchesAsPrefix(queryWord, q == query.size() - 1);
			int bestMatch = 0;
			int bestIndex = -1;
			for (int i = 0; i < words.size(); i++) {
				int match = match(queryWord, words.get(i), prefix);
				if (match > bestMatch) {
					bestMatch = match;
					bestIndex = i;
				}
			}
			score += bestMatch;
			if (bestIndex >= 0) {
				used[bestIndex] = true;
			}
		}
		int unmatched = 0;
		for (boolean wordUsed : used) {
			unmatched += wordUsed ? 0 : 1;
		}
		List<String> nameLiteral = literalWords(name);
		int literal = (int) queryLiteral.stream().filter(nameLiteral::contains).count();
		return new Candidate(name, score, unmatched, literal);
	}

	/** Whether a query word may match the beginning of a longer word: long enough, or the query's last. */
	static boolean matchesAsPrefix(String queryWord, boolean last) {
		return last || queryWord.length() >= MIN_PREFIX_LENGTH;
	}

	private static int match(String queryWord, String word, boolean prefix) {
		if (word.equals(queryWord)) {
			return WHOLE_WORD;
		}
		if (prefix && word.startsWith(queryWord)) {
			return PREFIX;
		}
		if (queryWord.length() >= MIN_TYPO_LENGTH && withinOneEdit(queryWord, word)) {
			return TYPO;
		}
		return 0;
	}

	/** Whether one insertion, deletion, substitution or swap of neighbours turns one word into the other. */
	static boolean withinOneEdit(String a, String b) {
		return Names.withinOneEdit(a, b);
	}

	private static List<String> words(String folded) {
		return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
	}

	/** The words as written, diacritics kept, case ignored: to prefer {@code Hà Nội} for {@code hà nội}. */
	private static List<String> literalWords(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return SEPARATORS.splitAsStream(normalized).filter((word) -> !word.isEmpty()).toList();
	}

	private record Candidate(String name, int score, int unmatched, int literal) {
	}

}
