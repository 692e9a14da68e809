package org.diplomacygraph.values;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Folds names for matching and sorting: case, diacritics and punctuation do not count. */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

	/**
	 * The words that join the words of an organisation's, a place's or a document's name in the
	 * languages its names come in (English, Spanish, Portuguese, French, Italian, German, Dutch), and
	 * the {@code s} of a folded possessive ({@code People's} → {@code people s}). They carry no
	 * meaning of their own when names are compared: {@code Partido Comunista de Cuba} and
	 * {@code Communist Party of Cuba} differ in them only. Never dropped from people's names, where
	 * {@code Lê} and {@code Đỗ} fold to {@code le} and {@code do}.
	 */
	public static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "at", "for", "in", "of", "on", "the",
			"to", "s", "da", "das", "de", "del", "della", "der", "des", "di", "die", "do", "dos", "du", "e", "el", "en",
			"et", "la", "las", "le", "les", "lo", "los", "und", "van", "von", "y");

	private Names() {
	}

	/**
	 * Lower case, without diacritics, words separated by one space: {@code Đinh Tiến Dũng} becomes
	 * {@code dinh tien dung}. Vietnamese đ is not a base letter with a mark, so NFD alone would keep it;
	 * nor are ł, ø, æ, œ, ß and dotless ı, which fold as the search index's ASCII folding folds them.
	 */
	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		String unmarked = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		StringBuilder latin = new StringBuilder(unmarked.length());
		for (int i = 0; i < unmarked.length(); i++) {
			char c = unmarked.charAt(i);
			switch (c) {
				case 'đ', 'ð' -> latin.append('d');
				case 'ł' -> latin.append('l');
				case 'ø' -> latin.append('o');
				case 'ı' -> latin.append('i');
				case 'æ' -> latin.append("ae");
				case 'œ' -> latin.append("oe");
				case 'ß' -> latin.append("ss");
				case 'þ' -> latin.append("th");
				default -> latin.append(c);
			}
		}
		return SEPARATORS.matcher(latin).replaceAll(" ").strip();
	}

	/** The folded words of a name: {@code Díaz-Canel Bermúdez} → {@code [diaz, canel, bermudez]}. */
	public static List<String> words(String name) {
		String folded = fold(name);
		return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
	}

	/**
	 * The folded words of a name without its {@linkplain #FUNCTION_WORDS function words}, or all its
	 * words if it has no other: {@code Parti communiste du Vietnam} → {@code [parti, communiste, vietnam]}.
	 */
	public static List<String> contentWords(String name) {
		List<String> words = words(name);
		List<String> content = words.stream().filter((word) -> !FUNCTION_WORDS.contains(word)).toList();
		return content.isEmpty() ? words : content;
	}

	/**
	 * The initials of a name, folded: the first letter of each of its content words, the words of a
	 * part in parentheses left out ({@code Communist Party of Việt Nam (CPV) Central Committee} →
	 * {@code cpvncc}); empty for a name of one word.
	 */
	public static String initials(String name) {
		List<String> words = contentWords(PARENTHESES.matcher(name).replaceAll(" "));
		if (words.size() < 2) {
			return "";
		}
		return words.stream().map((word) -> word.substring(0, 1)).collect(Collectors.joining());
	}

	/** The letters of initials in alphabetical order, so that {@code pcc} and {@code cpc} compare equal. */
	public static String sortedLetters(String initials) {
		char[] letters = initials.toCharArray();
		java.util.Arrays.sort(letters);
		return new String(letters);
	}

	/** Whether a name as written looks like an acronym: one word of 2 to 8 letters, all upper case. */
	public static boolean isAcronym(String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.length() < 2 || stripped.length() > 8) {
			return false;
		}
		return stripped.chars().allMatch((c) -> Character.isLetter(c) && Character.isUpperCase(c));
	}

	/** Whether one insertion, deletion, substitution or swap of neighbours turns one word into the other. */
	public static boolean withinOneEdit(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int start = 0;
		while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
			start++;
		}
		if (a.length() != b.length()) {
			String longer = (a.length() > b.length()) ? a : b;
			String shorter = (longer == a) ? b : a;
			return longer.substring(start + 1).equals(shorter.substring(start));
		}
		if (a.substring(start + 1).equals(b.substring(start + 1))) {
			return true;
		}
		return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1)
				&& a.charAt(start + 1) == b.charAt(start) && a.substring(start + 2).equals(b.substring(start + 2));
	}

	/** The name and its aliases, each once, in order. */
	public static List<String> all(String name, Collection<String> aliases) {
		List<String> names = new ArrayList<>(aliases.size() + 1);
		if (name != null) {
			names.add(name);
		}
		aliases.stream().filter((alias) -> !names.contains(alias)).forEach(names::add);
		return names;
	}

	/** The folded name and other names, each between {@code |}, for substring filters. */
	public static String searchText(String name, Collection<String> aliases) {
		return Stream.concat(Stream.of(name), aliases.stream())
			.map(Names::fold)
			.distinct()
			.collect(Collectors.joining("|", "|", "|"));
	}

}
