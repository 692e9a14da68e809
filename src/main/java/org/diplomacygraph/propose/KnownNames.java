package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.propose.NameLinker.Candidate;
import org.diplomacygraph.record.RecordType;

/**
 * Finds the stored people, organisations, places and countries a text names, by their names and
 * aliases folded ({@link NameLinker#key}), longest match first, from left to right: at each word
 * that may start a name, the longest run of words that is a stored name is taken and the scan goes
 * on after it. Countries the graph does not store yet are found by the names {@link World} knows.
 * A name several stored entities of one type share is linked only when exactly one of them is
 * named unambiguously elsewhere in the text; otherwise it is left out.
 */
final class KnownNames {

	static final Set<RecordType> TYPES = EnumSet.of(RecordType.PERSON, RecordType.ORGANISATION, RecordType.PLACE,
			RecordType.COUNTRY);

	private KnownNames() {
	}

	static void scan(TextTokens text, NameLinker linker, Cast cast) {
		List<int[]> ambiguous = new ArrayList<>();
		int i = 0;
		while (i < text.size()) {
			if (!startsName(text, i, cast)) {
				i++;
				continue;
			}
			int found = 0;
			List<Candidate> candidates = List.of();
			World.Country country = null;
			for (int length = Math.min(linker.maxWords(), text.size() - i); length >= 1; length--) {
				if (!runs(text, i, length)) {
					continue;
				}
				String key = NameLinker.key(text.surface(i, i + length));
				List<Candidate> named = linker.candidates(text.surface(i, i + length), TYPES);
				if (!named.isEmpty() && !headFollows(text, i + length, named)) {
					found = length;
					candidates = named;
					break;
				}
				World.Country world = World.get().country(key);
				if (world != null && !glued(text, i + length - 1)) {
					found = length;
					country = world;
					break;
				}
			}
			if (found == 0) {
				i++;
				continue;
			}
			if (!candidates.isEmpty()) {
				List<Candidate> best = bestType(candidates);
				if (best.size() == 1) {
					cast.mention(cast.stored(best.get(0).entity(), candidates), text, i, i + found);
				}
				else {
					ambiguous.add(new int[] { i, i + found });
				}
			}
			else {
				Known stored = linker.country(country);
				Cast.Entry entry = (stored != null) ? cast.stored(stored, linker.candidates(stored.name(), TYPES))
						: cast.fresh(RecordType.COUNTRY, country.name(), null);
				cast.mention(entry, text, i, i + found);
			}
			i += found;
		}
		for (int[] span : ambiguous) {
			resolveFromContext(text, linker, cast, span[0], span[1]);
		}
	}

	/** A name starts at a capitalised word (or a digit) of the story that no name found covers. */
	static boolean startsName(TextTokens text, int index, Cast cast) {
		TextTokens.Token token = text.get(index);
		return token.story() && (token.capitalised() || token.numeric()) && cast.at(index) == null
				&& !Lexicon.ARTICLES.contains(token.folded());
	}

	/** Whether words {@code from} .. {@code from + length} may form one name: no hard break between them. */
	static boolean runs(TextTokens text, int from, int length) {
		for (int i = from + 1; i < from + length; i++) {
			if (text.hardBreakBefore(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A person's name followed by a capitalised word that ends names of organisations or places
	 * ("Ho Chi Minh City", "Nguyen Van Troi School") is part of another name.
	 */
	private static boolean headFollows(TextTokens text, int next, List<Candidate> named) {
		if (named.stream().anyMatch((candidate) -> candidate.entity().type() != RecordType.PERSON)
				|| next >= text.size() || text.hardBreakBefore(next) || !text.get(next).capitalised()) {
			return false;
		}
		String word = text.get(next).folded();
		return Lexicon.ORGANISATION_HEADS.containsKey(word) || Lexicon.PLACE_HEADS.containsKey(word);
	}

	/** A word glued to a symbol or digit after it ("US$15"): a currency or code, not a name. */
	private static boolean glued(TextTokens text, int index) {
		int end = text.get(index).end();
		return end < text.text().length() && "$€£¥%0123456789".indexOf(text.text().charAt(end)) >= 0;
	}

	/** The candidates of the first type among them (people, then organisations, places, countries). */
	private static List<Candidate> bestType(List<Candidate> candidates) {
		for (RecordType type : List.of(RecordType.PERSON, RecordType.ORGANISATION, RecordType.PLACE,
				RecordType.COUNTRY)) {
			List<Candidate> ofType = candidates.stream().filter((c) -> c.entity().type() == type).toList();
			if (!ofType.isEmpty()) {
				return ofType;
			}
		}
		return List.of();
	}

	private static void resolveFromContext(TextTokens text, NameLinker linker, Cast cast, int from, int to) {
		List<Candidate> candidates = bestType(linker.candidates(text.surface(from, to), TYPES));
		List<Cast.Entry> named = new ArrayList<>();
		for (Candidate candidate : candidates) {
			for (Cast.Entry entry : cast.entries()) {
				if (entry.stored == candidate.entity()) {
					named.add(entry);
				}
			}
		}
		if (named.size() == 1) {
			cast.mention(named.get(0), text, from, to);
		}
	}

}
