package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.propose.Cast.Mention;
import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.record.RecordType;

/**
 * Reads names of organisations and places: where a capitalised phrase ends, which stored entity it
 * is (its spelling, or the usual other English word orders of the same name: "the Hanoi Party
 * Committee’s Organization Commission" is "the Organization Commission of the Hanoi Party
 * Committee", "the Hanoi municipal Party Committee" the "Hanoi Party Committee", "the Cuban Embassy
 * in Vietnam" the "Embassy of Cuba in Vietnam"), or else what kind of new one it is, with its
 * parent body, its country and the abbreviation it is given in parentheses.
 */
final class Phrases {

	private static final Set<String> DROPPABLE = Set.of("municipal", "provincial", "city");

	private final TextTokens text;

	private final NameLinker linker;

	private final Cast cast;

	Phrases(TextTokens text, NameLinker linker, Cast cast) {
		this.text = text;
		this.linker = linker;
		this.cast = cast;
	}

	TextTokens text() {
		return this.text;
	}

	Cast cast() {
		return this.cast;
	}

	NameLinker linker() {
		return this.linker;
	}

	/**
	 * The end (exclusive) of the run of words from {@code from} that may belong to one name:
	 * capitalised words, digits, words in parentheses and the lower-case words names hold ("of the",
	 * "municipal", "chapter"), without a hard break; a run ends before "and" or a comma followed by a
	 * title, and never ends on a lower-case word.
	 */
	int runEnd(int from) {
		int end = from;
		int last = from;
		for (int i = from; i < this.text.size(); i++) {
			TextTokens.Token token = this.text.get(i);
			if (i > from && this.text.hardBreakBefore(i)) {
				break;
			}
			if (token.capitalised() || token.numeric()) {
				last = i + 1;
			}
			else if (!Lexicon.NAME_CONNECTORS.contains(token.folded())) {
				break;
			}
			else if (i + 1 < this.text.size() && Lexicon.DATE_WORDS.contains(this.text.get(i + 1).folded())) {
				break;
			}
			else if (token.folded().equals("and") && Titles.headLength(this.text, i + 1) > 0) {
				break;
			}
			end = i + 1;
		}
		return Math.max(last, Math.min(end, last));
	}

	/** The words {@code from}–{@code to} without a leading "the". */
	int skipArticle(int from, int to) {
		return (from < to - 1 && this.text.is(from, "the")) ? from + 1 : from;
	}

	/** The folded words of a span, leaving out those in parentheses. */
	List<String> words(int from, int to) {
		List<String> words = new ArrayList<>();
		boolean inParentheses = false;
		for (int i = from; i < to; i++) {
			if (this.text.parenthesisBefore(i)) {
				inParentheses = true;
			}
			if (!inParentheses) {
				words.add(this.text.get(i).folded());
			}
			if (this.text.parenthesisAfter(i)) {
				inParentheses = false;
			}
		}
		return words;
	}

	/** The kind of organisation the words name, or null if they end in no word that ends such names. */
	String organisationKind(int from, int to) {
		List<String> words = words(from, to);
		if (words.isEmpty() || Lexicon.NOT_ENTITY.contains(words.get(words.size() - 1))
				&& Lexicon.organisationKind(words) == null) {
			return null;
		}
		return Lexicon.organisationKind(words);
	}

	/**
	 * The organisation the words {@code from}–{@code to} name: stored (by spelling or word order),
	 * named before, or new if the phrase ends in a word that ends names of organisations; null
	 * otherwise.
	 */
	Entry organisation(int from, int to) {
		from = skipArticle(from, to);
		if (from >= to) {
			return null;
		}
		int nameEnd = trailingAbbreviation(from, to) ? to - 1 : to;
		Mention exact = this.cast.startingAt(from, RecordType.ORGANISATION);
		if (exact != null && (exact.to() == to || exact.to() == nameEnd)) {
			return exact.entry();
		}
		String surface = this.text.surface(from, nameEnd);
		Entry parent = parent(from, to);
		Set<String> keys = variants(from, to, parent);
		Entry entry = null;
		for (String key : keys) {
			List<Known> stored = this.linker.named(key, List.of(RecordType.ORGANISATION));
			if (stored.size() == 1) {
				entry = this.cast.stored(stored.get(0), this.linker.candidates(surface, KnownNames.TYPES));
				break;
			}
		}
		for (String key : keys) {
			Entry named = (entry == null) ? this.cast.byKey(RecordType.ORGANISATION, key) : null;
			if (named != null) {
				entry = named;
			}
		}
		if (entry == null) {
			String kind = organisationKind(from, to);
			if (kind == null) {
				return null;
			}
			entry = this.cast.fresh(RecordType.ORGANISATION, surface, kind);
			entry.parent = (parent != null && parent != entry) ? parent : null;
			if ("chapter".equals(kind)) {
				entry.kind = (parent != null && parent.kind() != null) ? parent.kind() : "mass-organisation";
			}
			if (entry.country == null) {
				entry.country = country(from, to, entry.parent);
			}
		}
		entry.keys.addAll(keys);
		this.cast.mention(entry, this.text, from, nameEnd);
		if (nameEnd < to && (parent == null || !ofParent(from, to))) {
			this.cast.mention(entry, this.text, nameEnd, to);
		}
		return entry;
	}

	/** Whether an organisation's name is "B of (the) A" with A an organisation's name: an abbreviation at its end is A's. */
	private boolean ofParent(int from, int to) {
		for (int i = to - 2; i > from; i--) {
			if (this.text.is(i, "of") && organisationKind(from, i) != null
					&& organisationKind(skipArticle(i + 1, to), to) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A new organisation's name has two words or more (one is enough for "Politburo" or an
	 * abbreviation), and "Hanoi Party" or "the Cuban Party" is no party of a city or a country
	 * but a short form of its committee or of the ruling party.
	 */
	boolean plausibleOrganisation(int from, int to) {
		List<String> words = words(from, to);
		if (words.size() == 1) {
			return Lexicon.SINGLE_WORD_ORGANISATIONS.contains(words.get(0)) || isAbbreviation(from)
					|| this.cast.byKey(RecordType.ORGANISATION, words.get(0)) != null;
		}
		Mention first = this.cast.at(from);
		boolean place = first != null
				&& (first.entry().type == RecordType.PLACE || first.entry().type == RecordType.COUNTRY)
				|| World.get().demonym(words.get(0)) != null;
		return this.text.get(from).capitalised() && !(words.size() == 2 && words.get(1).equals("party") && place);
	}

	/** The place the words name: stored, named before, or new with a kind its words or the world list give. */
	Entry place(int from, int to, String defaultKind) {
		from = skipArticle(from, to);
		Mention exact = this.cast.startingAt(from, RecordType.PLACE);
		if (exact != null && exact.to() == to) {
			return exact.entry();
		}
		String surface = this.text.surface(from, to);
		List<Known> stored = this.linker.named(NameLinker.key(surface), List.of(RecordType.PLACE));
		Entry entry;
		if (stored.size() == 1) {
			entry = this.cast.stored(stored.get(0), this.linker.candidates(surface, KnownNames.TYPES));
		}
		else {
			String kind = placeKind(from, to);
			World.Country capitalOf = World.get().capitalOf(NameLinker.key(surface));
			if (kind == null) {
				kind = (capitalOf != null) ? "city" : defaultKind;
			}
			if (kind == null) {
				return null;
			}
			entry = this.cast.fresh(RecordType.PLACE, surface, kind);
			if (entry.country == null && capitalOf != null) {
				Known country = this.linker.country(capitalOf);
				entry.country = (country != null) ? country.id() : null;
			}
		}
		this.cast.mention(entry, this.text, from, to);
		return entry;
	}

	/** The kind of place the words' last (or first) word gives, or null. */
	String placeKind(int from, int to) {
		String last = this.text.get(to - 1).folded();
		String first = this.text.get(from).folded();
		if (Lexicon.PLACE_HEADS.containsKey(last)) {
			return Lexicon.PLACE_HEADS.get(last);
		}
		if (to - from > 1 && Lexicon.PLACE_FIRST_HEADS.contains(first) && this.text.is(from + 1, "of")) {
			return Lexicon.PLACE_HEADS.get(first);
		}
		return null;
	}

	/** The slug of the stored country a phrase names or implies (a demonym, a country, a stored place), or the parent's. */
	String country(int from, int to, Entry parent) {
		for (int i = from; i < to; i++) {
			World.Country world = World.get().demonym(this.text.get(i).folded());
			if (world == null) {
				world = World.get().country(this.text.get(i).folded());
			}
			if (world != null) {
				Known country = this.linker.country(world);
				if (country != null) {
					return country.id();
				}
			}
			Mention mention = this.cast.at(i);
			if (mention != null && mention.entry().type != RecordType.ORGANISATION && mention.entry().country != null) {
				return mention.entry().type == RecordType.COUNTRY && mention.entry().stored != null
						? mention.entry().stored.id() : mention.entry().country;
			}
			if (mention != null && mention.entry().type == RecordType.COUNTRY && mention.entry().stored != null) {
				return mention.entry().stored.id();
			}
		}
		return (parent != null) ? parent.country : null;
	}

	/**
	 * The body an organisation's name says it belongs to: "A’s B" and "A (ABBR) B" belong to A, "B of
	 * (the) A" to A when A is itself an organisation's name, "X – P chapter" and "P chapter of X" to X.
	 */
	private Entry parent(int from, int to) {
		for (int i = from; i < to - 1; i++) {
			if (this.text.possessiveAfter(i) && i + 2 < to && Lexicon.endingKind(words(from, i + 1)) != null) {
				return organisation(from, i + 1);
			}
			if (this.text.parenthesisBefore(i + 1) && isAbbreviation(i + 1) && this.text.parenthesisAfter(i + 1)
					&& i + 2 < to && organisationKind(from, i + 1) != null) {
				Entry parent = organisation(from, i + 1);
				if (parent != null) {
					abbreviation(parent, i + 1);
				}
				return parent;
			}
		}
		for (int i = to - 2; i > from; i--) {
			if (this.text.is(i, "of") && organisationKind(from, i) != null) {
				int inner = skipArticle(i + 1, to);
				if (organisationKind(inner, to) != null) {
					return organisation(inner, to);
				}
			}
		}
		if (this.text.is(to - 1, "chapter")) {
			for (int i = from + 1; i < to - 1; i++) {
				if (dashBefore(i)) {
					return organisation(from, i);
				}
			}
		}
		return null;
	}

	/** Registers an abbreviation in parentheses as another name of the organisation before it. */
	void abbreviation(Entry entry, int index) {
		if (entry.type == RecordType.ORGANISATION && isAbbreviation(index)) {
			this.cast.mention(entry, this.text, index, index + 1);
		}
	}

	/** All capitals and digits, two to ten characters, as CPV or CPPCC. */
	boolean isAbbreviation(int index) {
		String word = this.text.get(index).surface();
		return word.length() >= 2 && word.length() <= 10 && word.codePoints().allMatch(
				(c) -> Character.isUpperCase(c) || Character.isDigit(c)) && Character.isLetter(word.codePointAt(0));
	}

	private boolean dashBefore(int index) {
		String gap = this.text.gapBefore(index);
		return gap.contains("–") || gap.contains("—") || gap.strip().equals("-");
	}

	private boolean trailingAbbreviation(int from, int to) {
		return to - from > 1 && this.text.parenthesisBefore(to - 1) && isAbbreviation(to - 1);
	}

	/** The keys of the other English word orders of an organisation's name, the name's own first. */
	private Set<String> variants(int from, int to, Entry parent) {
		Set<String> keys = new LinkedHashSet<>();
		List<String> words = words(from, to);
		keys.add(String.join("", words));
		List<String> kept = words.stream().filter((word) -> !DROPPABLE.contains(word)).toList();
		keys.add(String.join("", kept));
		// "A’s B", "A (ABBR) B": "B of the A".
		for (int i = from; i < to - 1; i++) {
			boolean possessive = this.text.possessiveAfter(i);
			boolean abbreviated = this.text.parenthesisBefore(i + 1) && this.text.parenthesisAfter(i + 1);
			if (possessive || abbreviated) {
				int rest = i + 2;
				if (rest < to) {
					List<String> owner = words(from, i + 1);
					List<String> own = words(rest, to);
					keys.add(String.join("", own) + "of" + String.join("", owner));
					keys.add(String.join("", own) + "ofthe" + String.join("", owner));
				}
			}
		}
		// "the Cuban Embassy in Vietnam": "Embassy of Cuba in Vietnam".
		if (words.size() >= 2 && World.get().demonym(words.get(0)) != null) {
			World.Country country = World.get().demonym(words.get(0));
			List<String> rest = words.subList(1, words.size());
			if (!rest.isEmpty()) {
				keys.add(rest.get(0) + "of" + NameLinker.key(country.name()) + String.join("", rest.subList(1, rest.size())));
			}
		}
		// "X – P chapter", "P chapter of X": one chapter of X in P.
		if (parent != null && words.contains("chapter")) {
			int chapter = words.indexOf("chapter");
			String place = (chapter > 0) ? words.get(chapter - 1) : "";
			keys.add("chapter|" + place + "|" + parent.keys.iterator().next());
		}
		keys.remove("");
		return keys;
	}

}
