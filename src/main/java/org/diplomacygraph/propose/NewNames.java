package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.propose.Cast.Mention;
import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.record.RecordType;

/**
 * Proposes new organisations and places from the capitalised phrases no stored name and no title
 * accounted for: a phrase is an organisation when it ends (or its part before "of", "for", "on" or
 * "in" ends) in a word that ends names of organisations, a place when it ends in a place word, is a
 * capital city, follows "in", "from" or "visit to", or stands in a list ("Hanoi and Havana, Binh
 * Duong and Artemisa") with places. Also reads "the Hanoi and Havana Party Committees" as two
 * committees, and an abbreviation in parentheses after a name as another name of it.
 */
final class NewNames {

	private static final Set<String> PLACE_CUES = Set.of("in", "from");

	private static final Set<String> VISIT_WORDS = Set.of("visit", "visits", "trip", "travel", "travelled",
			"traveled", "went", "came", "arrived", "return", "returned");

	private final Phrases phrases;

	private final TextTokens text;

	private final Cast cast;

	NewNames(Phrases phrases) {
		this.phrases = phrases;
		this.text = phrases.text();
		this.cast = phrases.cast();
	}

	void scan() {
		abbreviations();
		ellipses();
		int i = 0;
		while (i < this.text.size()) {
			if (!canStart(i)) {
				Mention covering = this.cast.at(i);
				i = (covering != null) ? Math.max(covering.to(), i + 1) : i + 1;
				continue;
			}
			int end = runEnd(i);
			for (int[] part : parts(i, end)) {
				classify(part[0], part[1]);
			}
			i = Math.max(end, i + 1);
		}
		abbreviations();
		lists();
	}

	/** Whether a new name may start at a word: a capitalised word of the story, not inside a person's or organisation's name. */
	private boolean canStart(int index) {
		TextTokens.Token token = this.text.get(index);
		if (!token.story() || !token.capitalised() || Lexicon.FUNCTION_WORDS.contains(token.folded())
				|| Titles.headLength(this.text, index) > 0 || Lexicon.TITLE_MODIFIERS.contains(token.folded())) {
			return false;
		}
		if (this.cast.covered(index)) {
			return false;
		}
		Mention covering = this.cast.at(index);
		return covering == null || covering.from() == index && (covering.entry().type == RecordType.PLACE
				|| covering.entry().type == RecordType.COUNTRY);
	}

	/**
	 * The run of a name from {@code from}, cut before a person's name, a title, or a name in
	 * parentheses that is no abbreviation ("Nguyen Van Troi School (Havana)").
	 */
	private int runEnd(int from) {
		int end = this.phrases.runEnd(from);
		for (int i = from + 1; i < end; i++) {
			Mention mention = this.cast.at(i);
			if (mention != null && mention.entry().type == RecordType.PERSON
					|| Titles.headLength(this.text, i) > 0 && this.text.get(i).capitalised()
					|| this.text.parenthesisBefore(i) && !this.phrases.isAbbreviation(i)) {
				return trimConnectors(from, i);
			}
		}
		return end;
	}

	private int trimConnectors(int from, int end) {
		while (end > from + 1 && !this.text.get(end - 1).capitalised()) {
			end--;
		}
		return end;
	}

	/** A run split at "and" where the part before it is a name of its own ("the X Committee and the Y Front"). */
	private List<int[]> parts(int from, int to) {
		List<int[]> parts = new ArrayList<>();
		int start = from;
		for (int i = from + 1; i < to - 1; i++) {
			int right = this.phrases.skipArticle(i + 1, to);
			if (this.text.is(i, "and") && (this.phrases.organisationKind(start, i) != null || known(start, i))
					&& (this.phrases.organisationKind(right, to) != null || knownAt(right))) {
				parts.add(new int[] { start, i });
				start = this.phrases.skipArticle(i + 1, to);
			}
		}
		parts.add(new int[] { start, to });
		return parts;
	}

	private boolean knownAt(int from) {
		return this.cast.startingAt(from, RecordType.ORGANISATION) != null;
	}

	private boolean known(int from, int to) {
		Mention mention = this.cast.startingAt(from, RecordType.ORGANISATION);
		return mention != null && mention.to() == to;
	}

	private void classify(int from, int to) {
		from = this.phrases.skipArticle(from, to);
		if (from >= to) {
			return;
		}
		// "Cuba's Committee for the Defence of the Revolution": the country's organisation.
		for (int k = from; k < to - 2; k++) {
			Mention owner = this.cast.startingAt(from, RecordType.COUNTRY);
			if (owner == null) {
				owner = this.cast.startingAt(from, RecordType.PLACE);
			}
			if (owner != null && owner.to() == k + 1 && this.text.possessiveAfter(k)
					&& this.phrases.organisationKind(k + 2, to) != null) {
				if (!this.phrases.plausibleOrganisation(k + 2, to)) {
					return;
				}
				Entry organisation = this.phrases.organisation(k + 2, to);
				if (organisation != null && organisation.country == null) {
					organisation.country = countryOf(owner.entry());
				}
				return;
			}
		}
		while (from < to - 1 && !this.text.get(from).capitalised()) {
			from++;
		}
		String before = this.text.gapBefore(from);
		if (before.contains("“") || before.contains("\"") || before.contains("‘")) {
			// A quoted phrase ("City of Peace" status) is a slogan or a title, not a name.
			return;
		}
		if (this.phrases.organisationKind(from, to) != null && !notEntity(from, to)) {
			if (this.phrases.plausibleOrganisation(from, to)) {
				this.phrases.organisation(from, to);
			}
			return;
		}
		if (this.cast.startingAt(from, RecordType.COUNTRY) != null || this.cast.startingAt(from, RecordType.PLACE) != null
				&& this.cast.startingAt(from, RecordType.PLACE).to() == to) {
			return;
		}
		if (Lexicon.PLACE_HEADS.containsKey(this.text.get(to - 1).folded())) {
			// "Agri VMA in the Mariel Development Zone": the place is the capitalised words before its head.
			int start = to - 1;
			while (start > from && this.text.get(start - 1).capitalised() && !this.text.hardBreakBefore(start)) {
				start--;
			}
			if (to - start >= 2 && !notEntity(start, to)) {
				this.phrases.place(start, to, null);
			}
			return;
		}
		if (this.phrases.placeKind(from, to) != null
				|| World.get().capitalOf(NameLinker.key(this.text.surface(from, to))) != null
				|| placeCue(from) && plausiblePlace(from, to)) {
			this.phrases.place(from, to, "city");
		}
	}

	private boolean notEntity(int from, int to) {
		List<String> words = this.phrases.words(from, to);
		return !words.isEmpty() && Lexicon.NOT_ENTITY.contains(words.get(words.size() - 1))
				&& Lexicon.organisationKind(words) == null;
	}

	/** "in X", "from X", "visit to X": the words before a phrase that make it a place. */
	private boolean placeCue(int from) {
		int before = from - 1;
		if (before >= 0 && this.text.is(before, "the")) {
			before--;
		}
		if (before < 0 || this.text.hardBreakBefore(from) && !this.text.gapBefore(from).isBlank()) {
			return false;
		}
		String word = this.text.get(before).folded();
		if (PLACE_CUES.contains(word)) {
			return true;
		}
		return word.equals("to") && before > 0 && VISIT_WORDS.contains(this.text.get(before - 1).folded());
	}

	/** One to three capitalised words that may be a place's name. */
	private boolean plausiblePlace(int from, int to) {
		if (to - from > 3) {
			return false;
		}
		for (int i = from; i < to; i++) {
			String word = this.text.get(i).folded();
			if (!this.text.get(i).capitalised() && !Lexicon.NAME_PARTICLES.contains(word)
					|| Lexicon.NOT_ENTITY.contains(word) || Lexicon.FUNCTION_WORDS.contains(word)
					|| Lexicon.DATE_WORDS.contains(word)
					|| Lexicon.ORGANISATION_HEADS.containsKey(word) || Titles.headLength(this.text, i) > 0
					|| World.get().demonym(word) != null || this.phrases.isAbbreviation(i)) {
				return false;
			}
			Mention mention = this.cast.at(i);
			if (mention != null && mention.entry().type != RecordType.PLACE) {
				return false;
			}
		}
		return true;
	}

	/** "Hanoi and Havana, Binh Duong and Artemisa": the unclassified names in a list with places are places. */
	private void lists() {
		int i = 0;
		while (i < this.text.size()) {
			List<int[]> items = listAt(i);
			if (items.size() < 2) {
				i++;
				continue;
			}
			Entry model = null;
			boolean others = false;
			for (int[] item : items) {
				Mention mention = this.cast.startingAt(item[0], RecordType.PLACE);
				if (mention != null && mention.to() == item[1]) {
					model = mention.entry();
				}
				else if (this.cast.at(item[0]) != null || !plausiblePlace(item[0], item[1])) {
					others = true;
				}
			}
			if (model != null && !others) {
				for (int[] item : items) {
					this.phrases.place(item[0], item[1], (model.kind() != null) ? model.kind() : "city");
				}
			}
			i = items.get(items.size() - 1)[1];
		}
	}

	/** The names of a list starting at a word: capitalised runs joined by commas and "and". */
	private List<int[]> listAt(int from) {
		List<int[]> items = new ArrayList<>();
		if (!this.text.get(from).capitalised() || !this.text.get(from).story()
				|| from > 0 && !this.text.hardBreakBefore(from) && this.text.get(from - 1).capitalised()) {
			return items;
		}
		int i = from;
		while (i < this.text.size() && this.text.get(i).capitalised()) {
			int end = i + 1;
			while (end < this.text.size() && !this.text.hardBreakBefore(end) && (this.text.get(end).capitalised()
					|| Lexicon.NAME_PARTICLES.contains(this.text.get(end).surface()) && end + 1 < this.text.size()
							&& this.text.get(end + 1).capitalised())) {
				end++;
			}
			items.add(new int[] { i, end });
			if (end < this.text.size() && this.text.is(end, "and") && !this.text.hardBreakBefore(end)) {
				i = end + 1;
			}
			else if (end < this.text.size() && this.text.gapBefore(end).strip().equals(",")) {
				i = this.text.is(end, "and") ? end + 1 : end;
			}
			else {
				break;
			}
		}
		return items;
	}

	/** "Vietnam Fatherland Front (VFF)": the abbreviation is another name of the organisation before it. */
	void abbreviations() {
		for (Mention mention : this.cast.mentions()) {
			int next = mention.to();
			if (mention.entry().type == RecordType.ORGANISATION && next < this.text.size()
					&& this.text.parenthesisBefore(next) && this.text.parenthesisAfter(next)
					&& this.phrases.isAbbreviation(next) && this.cast.at(next) == null) {
				this.phrases.abbreviation(mention.entry(), next);
			}
		}
	}

	/** "the Hanoi and Havana Party Committees": "Hanoi Party Committee" and "Havana Party Committee". */
	private void ellipses() {
		for (int i = 1; i < this.text.size() - 2; i++) {
			if (!this.text.is(i, "and") || !this.text.get(i).story() || !this.text.get(i - 1).capitalised()
					|| !this.text.get(i + 1).capitalised() || this.text.hardBreakBefore(i + 1)) {
				continue;
			}
			int left = i - 1;
			while (left > 0 && !this.text.hardBreakBefore(left) && this.text.get(left - 1).capitalised()
					&& !Lexicon.ARTICLES.contains(this.text.get(left - 1).folded())) {
				left--;
			}
			int right = i + 1;
			int head = -1;
			for (int j = i + 1; j < Math.min(this.text.size(), i + 6); j++) {
				if (j > i + 1 && this.text.hardBreakBefore(j)) {
					break;
				}
				String word = this.text.get(j).folded();
				if (word.endsWith("s") && Lexicon.ORGANISATION_HEADS.containsKey(word.substring(0, word.length() - 1))
						|| word.endsWith("ies") && Lexicon.ORGANISATION_HEADS
							.containsKey(word.substring(0, word.length() - 3) + "y")) {
					head = j;
					break;
				}
				if (!this.text.get(j).capitalised() && !Lexicon.NAME_CONNECTORS.contains(word)) {
					break;
				}
			}
			if (head < 0 || !(this.cast.startingAt(left, RecordType.PLACE) != null
					|| this.cast.startingAt(left, RecordType.COUNTRY) != null)) {
				continue;
			}
			int tail = right + 1;
			while (tail < head && this.cast.at(tail) != null && this.cast.at(tail).from() == right) {
				tail++;
			}
			String singular = singular(this.text.surface(tail, head + 1));
			String leftName = this.text.surface(left, i) + " " + singular;
			String rightName = this.text.surface(right, tail) + " " + singular;
			int[] span = { this.text.get(left).start(), this.text.get(head).end() };
			this.cast.cover(left, head + 1);
			for (String name : List.of(leftName, rightName)) {
				Entry entry = organisationNamed(name);
				if (entry != null) {
					entry.evidence.add(span);
				}
			}
		}
	}

	private Entry organisationNamed(String name) {
		String key = NameLinker.key(name);
		List<Known> stored = this.phrases.linker().named(key, List.of(RecordType.ORGANISATION));
		if (stored.size() == 1) {
			return this.cast.stored(stored.get(0), this.phrases.linker().candidates(name, KnownNames.TYPES));
		}
		Entry named = this.cast.byKey(RecordType.ORGANISATION, key);
		if (named != null) {
			return named;
		}
		String kind = Lexicon.organisationKind(List.of(org.diplomacygraph.values.Names.fold(name).split(" ")));
		return (kind != null) ? this.cast.fresh(RecordType.ORGANISATION, name, kind) : null;
	}

	private static String singular(String plural) {
		if (plural.endsWith("ies")) {
			return plural.substring(0, plural.length() - 3) + "y";
		}
		return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
	}

	private static String countryOf(Entry entry) {
		return (entry.type == RecordType.COUNTRY && entry.stored != null) ? entry.stored.id() : entry.country;
	}

}
