package org.diplomacygraph.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.values.Names;

/**
 * How alike two names are, 0 to 100, with the reason in words. The rules, strongest first:
 * <ol>
 * <li>the same name once folded (case, diacritics, punctuation, spacing and hyphens aside):
 * {@value #SAME_NAME} for the record's name, {@value #SAME_ALIAS} for one of its other names; a
 * person's name of one word ({@code Lam}, {@code Hoài}) only {@value #ONE_WORD_PERSON}, since a
 * given name or surname alone names many;</li>
 * <li>an organisation's acronym: {@code CPV} is the initials of {@code Communist Party of Vietnam}
 * ({@value #INITIALS}, {@value #INITIALS_OF_ALIAS} of an alias's), {@code PCC} the same initials in
 * another order ({@code Partido Comunista de Cuba}, {@value #INITIALS_REORDERED}); a record's
 * acronym alias that is the query's initials, {@value #INITIALS_OF_ALIAS};</li>
 * <li>shared words, in any order: each word of one name paired with the most similar unpaired
 * word of the other, whole (1), one typo away ({@value #TYPO}, {@code habana} and {@code havana},
 * {@code communiste} and {@code communist}), a cognate sharing most of its letter triples
 * ({@value #COGNATE} times their Dice coefficient, {@code comunista} and {@code communist}), or an
 * initial ({@value #INITIAL}); the score is 100 times the Dice coefficient of the pairs' sum, at
 * most {@value #MAX_SHARED_WORDS}, and halved when each name has words the other lacks
 * ({@code Hanoi} and {@code Havana} Party Committee). An organisation's or place's name with words
 * the query lacks scores {@value #EXTRA_WORDS} of that: {@code Politburo of the Communist Party of
 * Vietnam} is another body than the party (a person's name with more words is the same person,
 * named in full). Function words ({@code of}, {@code de}, {@code du}...) are left out, except from
 * people's names.</li>
 * </ol>
 */
final class NameSimilarity {

	static final int SAME_NAME = 100;

	static final int SAME_ALIAS = 95;

	static final int ONE_WORD_PERSON = 70;

	static final int INITIALS = 90;

	static final int INITIALS_OF_ALIAS = 85;

	static final int INITIALS_REORDERED = 75;

	static final int MAX_SHARED_WORDS = 85;

	static final double TYPO = 0.85;

	static final double COGNATE = 0.8;

	static final double INITIAL = 0.6;

	/** Words sharing fewer letter triples than this (Dice) are no cognates. */
	static final double MIN_TRIGRAM_DICE = 0.5;

	/** Each name has words the other lacks: their differences count against them. */
	static final double CONFLICT = 0.5;

	/** The record's name (not a person's) has words the query lacks: likely a body within or beside it. */
	static final double EXTRA_WORDS = 0.9;

	static final NameMatch NONE = new NameMatch(0, "", "");

	private NameSimilarity() {
	}

	/**
	 * The best match between any of the query's names and any of the record's, the record's name
	 * first; among equal scores a name spelled as the query is, else the earlier pair.
	 *
	 * @param personal people's names: function words kept, one word alone weak
	 * @param acronyms organisations: acronyms compared with initials
	 */
	static NameMatch best(List<String> queryNames, List<String> names, boolean personal, boolean acronyms) {
		NameMatch best = NONE;
		for (String query : queryNames) {
			for (int i = 0; i < names.size(); i++) {
				NameMatch match = match(query, names.get(i), i == 0, personal, acronyms);
				boolean spelledAsQuery = match.matched().equals(query.strip())
						&& !best.matched().equals(query.strip());
				if (match.score() > best.score() || (match.score() == best.score() && match.score() > 0 && spelledAsQuery)) {
					best = match;
				}
			}
		}
		return best;
	}

	static NameMatch match(String query, String name, boolean canonical, boolean personal, boolean acronyms) {
		String q = Names.fold(query);
		String n = Names.fold(name);
		if (q.isEmpty() || n.isEmpty()) {
			return NONE;
		}
		String its = canonical ? "its name" : "its other name";
		if (q.equals(n)) {
			String aside = query.strip().equals(name) ? "" : ", case, diacritics and punctuation aside";
			if (personal && !q.contains(" ")) {
				return new NameMatch(ONE_WORD_PERSON, "'" + query + "' is " + its + " '" + name + "'" + aside
						+ ", but one word alone names many", name);
			}
			return new NameMatch(canonical ? SAME_NAME : SAME_ALIAS, "'" + query + "' is " + its + " '" + name + "'"
					+ aside, name);
		}
		NameMatch initials = acronyms ? initials(query, q, name, n, canonical) : NONE;
		NameMatch words = sharedWords(query, name, its, personal);
		return (initials.score() >= words.score()) ? initials : words;
	}

	private static NameMatch initials(String query, String q, String name, String n, boolean canonical) {
		if (!q.contains(" ")) {
			String initials = Names.initials(name);
			if (!initials.isEmpty() && initials.equals(q)) {
				return new NameMatch(canonical ? INITIALS : INITIALS_OF_ALIAS,
						"'" + query + "' is the initials of '" + name + "'", name);
			}
			if (!initials.isEmpty() && Names.isAcronym(query)
					&& Names.sortedLetters(initials).equals(Names.sortedLetters(q))) {
				return new NameMatch(INITIALS_REORDERED, "'" + query + "' has the initials of '" + name
						+ "' in another order, as another language orders its words", name);
			}
		}
		if (Names.isAcronym(name) && !n.contains(" ")) {
			String queryInitials = Names.initials(query);
			if (!queryInitials.isEmpty() && queryInitials.equals(n)) {
				return new NameMatch(INITIALS_OF_ALIAS, "its other name '" + name + "' is the initials of '" + query + "'",
						name);
			}
		}
		return NONE;
	}

	private static NameMatch sharedWords(String query, String name, String its, boolean personal) {
		List<String> queryWords = personal ? Names.words(query) : Names.contentWords(query);
		List<String> nameWords = personal ? Names.words(name) : Names.contentWords(name);
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < queryWords.size(); i++) {
			for (int j = 0; j < nameWords.size(); j++) {
				double similarity = wordSimilarity(queryWords.get(i), nameWords.get(j));
				if (similarity > 0) {
					pairs.add(new Pair(i, j, similarity));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
		Set<Integer> pairedQuery = new HashSet<>();
		Set<Integer> pairedName = new HashSet<>();
		double sum = 0;
		List<String> approximate = new ArrayList<>();
		for (Pair pair : pairs) {
			if (pairedQuery.contains(pair.query()) || pairedName.contains(pair.name())) {
				continue;
			}
			pairedQuery.add(pair.query());
			pairedName.add(pair.name());
			sum += pair.similarity();
			if (pair.similarity() < 1) {
				approximate.add(queryWords.get(pair.query()) + "≈" + nameWords.get(pair.name()));
			}
		}
		if (sum == 0) {
			return NONE;
		}
		double dice = 2 * sum / (queryWords.size() + nameWords.size());
		List<String> queryOnly = unpaired(queryWords, pairedQuery);
		List<String> nameOnly = unpaired(nameWords, pairedName);
		boolean conflict = !queryOnly.isEmpty() && !nameOnly.isEmpty();
		boolean extra = !personal && queryOnly.isEmpty() && !nameOnly.isEmpty();
		double factor = conflict ? CONFLICT : extra ? EXTRA_WORDS : 1;
		int score = (int) Math.min(MAX_SHARED_WORDS, Math.round(100 * dice * factor));
		StringBuilder reason = new StringBuilder("'" + query + "' and " + its + " '" + name + "' share "
				+ pairedQuery.size() + " of " + Math.max(queryWords.size(), nameWords.size()) + " words");
		if (!approximate.isEmpty()) {
			reason.append(" (").append(String.join(", ", approximate)).append(")");
		}
		if (conflict) {
			reason.append(", but '").append(String.join(" ", queryOnly)).append("' is not '")
				.append(String.join(" ", nameOnly)).append("'");
		}
		else if (extra) {
			reason.append(", but " + its + " has '").append(String.join(" ", nameOnly)).append("' too");
		}
		return new NameMatch(score, reason.toString(), name);
	}

	/** 1 for the same word, less for a typo, a cognate or an initial, else 0. */
	static double wordSimilarity(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		int shorter = Math.min(a.length(), b.length());
		if (shorter >= 4 && Names.withinOneEdit(a, b)) {
			return TYPO;
		}
		if (shorter >= 5) {
			double dice = trigramDice(a, b);
			if (dice >= MIN_TRIGRAM_DICE) {
				return COGNATE * dice;
			}
		}
		if ((a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b))) {
			return INITIAL;
		}
		return 0;
	}

	/** The Dice coefficient of the sets of three-letter sequences of two words. */
	static double trigramDice(String a, String b) {
		Set<String> first = trigrams(a);
		Set<String> second = trigrams(b);
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		long shared = first.stream().filter(second::contains).count();
		return 2.0 * shared / (first.size() + second.size());
	}

	private static Set<String> trigrams(String word) {
		Set<String> trigrams = new HashSet<>();
		for (int i = 0; i + 3 <= word.length(); i++) {
			trigrams.add(word.substring(i, i + 3));
		}
		return trigrams;
	}

	private static List<String> unpaired(List<String> words, Set<Integer> paired) {
		List<String> unpaired = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!paired.contains(i)) {
				unpaired.add(words.get(i));
			}
		}
		return unpaired;
	}

	/**
	 * How alike a query's name is to a record's.
	 *
	 * @param score 0 to 100
	 * @param reason in words, empty for no match
	 * @param matched the record's name or alias it was compared with
	 */
	record NameMatch(int score, String reason, String matched) {
	}

	private record Pair(int query, int name, double similarity) {
	}

}
