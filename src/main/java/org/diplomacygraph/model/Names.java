package org.diplomacygraph.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Folds names for matching and sorting: case, diacritics and punctuation do not count. */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Names() {
	}

	/**
	 * Lower case, without diacritics, words separated by one space: {@code Đinh Tiến Dũng} becomes
	 * {@code dinh tien dung}. Vietnamese đ is not a base letter with a mark, so NFD alone would keep it.
	 */
	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		String unmarked = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SEPARATORS.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** The folded name and other names, each between {@code |}, for substring filters. */
	public static String searchText(String name, Collection<String> aliases) {
		return Stream.concat(Stream.of(name), aliases.stream())
			.map(Names::fold)
			.distinct()
			.collect(Collectors.joining("|", "|", "|"));
	}

}
