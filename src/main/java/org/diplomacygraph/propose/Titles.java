package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.propose.Cast.Mention;
import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.record.RecordType;

/**
 * Reads titles before names, the way news reports introduce people, and proposes the person, the
 * post and its organisation or country:
 * <ul>
 * <li>"Secretary of the Hanoi Party Committee Bui Thi Minh Hoai" (title of organisation, name),</li>
 * <li>"President of Cuba Miguel Díaz-Canel Bermúdez" (title of country: a head of state's post),</li>
 * <li>"Cuban Ambassador to Vietnam Rogelio Polanco Fuentes" (demonym, title to country: the post at the
 * embassy of the demonym's country there),</li>
 * <li>"Politburo member and Secretary of ... Dinh Tien Dung", "First Secretary, President of Cuba ..."
 * (several titles of one person),</li>
 * <li>"Ambassador Rogelio Polanco Fuentes", "leader Fidel Castro", "Leaders Fidel Castro, Raúl Castro"
 * (title, name: the stored post of that title, if the person is stored),</li>
 * <li>"Nguyen Quoc Zanh, Director of the Zanh Institute of Trade" (name, title after it).</li>
 * </ul>
 * Where an organisation's name ends and the person's begins is decided by the stored names, then by
 * the words that end names of organisations ({@link Lexicon#ORGANISATION_HEADS}).
 */
final class Titles {

	/** Titles of a head of state: held at the country of the person who holds them when no other is named. */
	private static final Set<String> HEADS_OF_STATE = Set.of("president", "king", "queen", "emperor", "monarch",
			"prime minister", "premier");

	/** Titles that are honours or descriptions rather than posts. */
	private static final Set<String> NOT_POSTS = Set.of("leader", "hero", "chief", "party chief", "founder", "late",
			"former", "delegate", "envoy", "counterpart", "mr", "mrs", "ms", "madam", "dr", "prof", "professor",
			"his excellency", "her excellency", "comrade");

	/** One title of a chain: its words, the post's title text, and the organisation or country it is held at. */
	private record Title(int from, int to, String text, Entry organisation, String country, World.Country demonym,
			boolean plural, int end) {
	}

	private final Phrases phrases;

	private final TextTokens text;

	private final Cast cast;

	Titles(Phrases phrases) {
		this.phrases = phrases;
		this.text = phrases.text();
		this.cast = phrases.cast();
	}

	/**
	 * The number of words of a title at {@code index}: modifiers ("Vice", "Deputy", "First") and a
	 * head ("Secretary", "Prime Minister"), a plural head counting too; 0 if none.
	 */
	static int headLength(TextTokens text, int index) {
		int i = index;
		while (i < text.size() && Lexicon.TITLE_MODIFIERS.contains(text.get(i).folded())
				&& (i == index || !text.hardBreakBefore(i))) {
			i++;
		}
		for (int words = 3; words >= 1; words--) {
			if (i + words > text.size() || i + words - 1 > index && text.hardBreakBefore(i + words - 1)) {
				continue;
			}
			String head = text.folded(i, i + words);
			if (Lexicon.TITLE_HEADS.contains(head) || head.endsWith("s") && Lexicon.TITLE_HEADS.contains(
					head.substring(0, head.length() - 1))) {
				return i + words - index;
			}
		}
		// A modifier alone ("General Lam") is no title.
		return 0;
	}

	void scan() {
		int i = 0;
		while (i < this.text.size()) {
			int next = chain(i);
			i = (next > i) ? next : i + 1;
		}
	}

	/** Reads a chain of titles and the name after it at {@code start}; returns where it ends, or -1. */
	private int chain(int start) {
		if (!this.text.get(start).story()) {
			return -1;
		}
		List<Title> titles = new ArrayList<>();
		int j = start;
		while (j < this.text.size()) {
			Title title = title(j, titles.isEmpty());
			if (title == null) {
				break;
			}
			titles.add(title);
			j = title.end();
			int k = continuation(j);
			if (k < 0) {
				break;
			}
			j = k;
		}
		if (titles.isEmpty()) {
			return -1;
		}
		Title last = titles.get(titles.size() - 1);
		int personEnd = PersonNames.end(this.phrases, last.end(), this.text.size());
		if (personEnd < 0 || this.text.hardBreakBefore(last.end()) && !this.text.gapBefore(last.end()).isBlank()) {
			Entry before = apposition(start);
			if (before != null) {
				int[] span = { appositionStart(start), this.text.get(last.end() - 1).end() };
				titles.forEach((title) -> post(before, title, span));
				return last.end();
			}
			return -1;
		}
		if (!this.text.get(start).capitalised() && (titles.size() > 1 || last.organisation() != null)) {
			// Lower-case titles ("the head of the X") stand before names only in the short form.
			return -1;
		}
		Entry person = person(last.end(), personEnd);
		// The post is stated by the titles and the name together: "Cuban Ambassador to Vietnam Rogelio Polanco Fuentes".
		int[] span = { this.text.get(this.text.get(start).capitalised() ? start : titles.get(0).from()).start(),
				this.text.get(personEnd - 1).end() };
		titles.forEach((title) -> post(person, title, span));
		int end = personEnd;
		if (last.plural()) {
			end = list(personEnd);
		}
		return end;
	}

	/** Where the next title of a chain starts after "and" or a comma, or -1. */
	private int continuation(int j) {
		if (j >= this.text.size()) {
			return -1;
		}
		if (this.text.is(j, "and") && !this.text.hardBreakBefore(j) && titleStart(j + 1)) {
			return j + 1;
		}
		if (this.text.gapBefore(j).strip().equals(",") && titleStart(j)) {
			return j;
		}
		return -1;
	}

	private boolean titleStart(int index) {
		if (index >= this.text.size() || !this.text.get(index).capitalised()) {
			return false;
		}
		return headLength(this.text, index) > 0 || World.get().demonym(this.text.get(index).folded()) != null
				&& headLength(this.text, index + 1) > 0;
	}

	/** One title at {@code j}, with what it is held at; null if none starts there. */
	private Title title(int j, boolean first) {
		World.Country demonym = null;
		int from = j;
		Entry organisationBefore = null;
		if (this.text.get(j).capitalised() && World.get().demonym(this.text.get(j).folded()) != null
				&& headLength(this.text, j + 1) > 0 && !this.text.hardBreakBefore(j + 1)) {
			demonym = World.get().demonym(this.text.get(j).folded());
			from = j + 1;
		}
		int head = headLength(this.text, from);
		String portfolio = null;
		if (head == 0 && Lexicon.PORTFOLIO_ADJECTIVES.containsKey(this.text.get(from).folded())
				&& this.text.get(from).capitalised() && minister(from + 1, from + 1 + headLength(this.text, from + 1))) {
			// "Foreign Minister Bui Thanh Son": the minister of foreign affairs.
			portfolio = Lexicon.PORTFOLIO_ADJECTIVES.get(this.text.get(from).folded());
			from++;
			head = headLength(this.text, from);
		}
		if (head == 0 && first && demonym == null) {
			// "Politburo member", "Hanoi Party Secretary": an organisation, then the title.
			int run = this.phrases.runEnd(j);
			for (int h = j + 1; h <= run && h < this.text.size(); h++) {
				int orgFrom = this.phrases.skipArticle(j, h);
				if (headLength(this.text, h) > 0 && !this.text.hardBreakBefore(h)
						&& this.phrases.organisationKind(orgFrom, h) != null
						&& this.phrases.plausibleOrganisation(orgFrom, h)) {
					organisationBefore = this.phrases.organisation(j, h);
					from = h;
					head = headLength(this.text, h);
					break;
				}
			}
		}
		if (head == 0) {
			return null;
		}
		int headEnd = from + head;
		String headWords = this.text.folded(from, headEnd);
		boolean plural = !Lexicon.TITLE_HEADS.contains(lastHead(from, headEnd)) && headWords.endsWith("s");
		String titleText = capitalise(this.text.surface(from, headEnd));
		if (portfolio != null) {
			Entry ministry = ministry(portfolio, demonym, j, headEnd);
			return new Title(from, headEnd, titleText, ministry, null, demonym, false, headEnd);
		}
		if (minister(from, headEnd) && this.text.is(headEnd, "of") && !this.text.hardBreakBefore(headEnd)) {
			// "Minister of Foreign Affairs Bui Thanh Son", "Minister of Industry and Trade of Cuba ..."
			int k = this.phrases.skipArticle(headEnd + 1, this.text.size());
			for (int words = 6; words >= 1; words--) {
				if (k + words <= this.text.size() && KnownNames.runs(this.text, k, words)
						&& Lexicon.PORTFOLIOS.contains(this.text.folded(k, k + words))) {
					int end = k + words;
					World.Country of = demonym;
					if (this.text.is(end, "of") && this.cast.startingAt(end + 1, RecordType.COUNTRY) != null) {
						Mention country = this.cast.startingAt(end + 1, RecordType.COUNTRY);
						of = World.get().country(NameLinker.key(country.surface()));
						end = country.to();
					}
					Entry ministry = ministry(this.text.surface(k, k + words), of, j, end);
					return new Title(from, headEnd, titleText, ministry, null, demonym, false, end);
				}
			}
		}
		if (headEnd < this.text.size() && !this.text.hardBreakBefore(headEnd) && this.text.is(headEnd, "of")) {
			Title of = of(j, from, headEnd, titleText, demonym, organisationBefore);
			if (of != null) {
				return of;
			}
		}
		if (headEnd < this.text.size() && !this.text.hardBreakBefore(headEnd) && this.text.is(headEnd, "to")) {
			int end = countries(headEnd + 1);
			if (end > headEnd + 1) {
				String text = titleText + " " + this.text.surface(headEnd, end);
				Entry embassy = (demonym != null) ? embassy(demonym, headEnd + 1, j, end) : null;
				return new Title(from, headEnd, text, embassy, null, demonym, false, end);
			}
		}
		return new Title(from, headEnd, titleText, organisationBefore, null, demonym, plural, headEnd);
	}

	/** "Title of (the) X": X an organisation, a country or a place, split from the name after it. */
	private Title of(int start, int from, int headEnd, String titleText, World.Country demonym, Entry before) {
		int k = this.phrases.skipArticle(headEnd + 1, this.text.size());
		if (k >= this.text.size() || !this.text.get(k).capitalised()) {
			return null;
		}
		int run = this.phrases.runEnd(k);
		int split = -1;
		for (int s = k + 1; s < run && split < 0; s++) {
			if (this.cast.startingAt(s, RecordType.PERSON) != null && holder(k, s)) {
				split = s;
			}
		}
		for (boolean strict : new boolean[] { true, false }) {
			for (int s = run - 1; s > k && split < 0; s--) {
				int nameEnd = PersonNames.end(this.phrases, s, run);
				if ((strict ? closedHolder(k, s) : holder(k, s))
						&& (nameEnd == run || nameEnd > s && !this.text.get(nameEnd).capitalised())) {
					split = s;
				}
			}
		}
		if (split < 0 && holder(k, run)) {
			split = run;
		}
		if (split < 0) {
			return null;
		}
		String country = country(k, split);
		if (country != null) {
			return new Title(from, headEnd, titleText, before, country, demonym, false, split);
		}
		Entry organisation = this.phrases.organisation(k, split);
		if (organisation == null) {
			// A title of a place ("Mayor of Havana"): the place, and no post.
			this.phrases.place(k, split, null);
			return new Title(from, headEnd, titleText, null, null, demonym, false, split);
		}
		return new Title(from, headEnd, titleText, organisation, null, demonym, false, split);
	}

	/** Whether words {@code from}–{@code to} can hold a post: an organisation's name, a country or a place. */
	private boolean holder(int from, int to) {
		if (to <= from) {
			return false;
		}
		if (this.phrases.organisationKind(from, to) != null || country(from, to) != null) {
			return true;
		}
		Mention mention = this.cast.startingAt(from, RecordType.ORGANISATION);
		if (mention == null) {
			mention = this.cast.startingAt(from, RecordType.PLACE);
		}
		return mention != null && mention.to() == to
				|| this.cast.byKey(RecordType.ORGANISATION, NameLinker.key(this.text.surface(from, to))) != null;
	}

	/**
	 * Whether words end a holder's name for sure: a word ending names of organisations, an
	 * abbreviation in parentheses, a stored name or a country.
	 */
	private boolean closedHolder(int from, int to) {
		return Lexicon.endingKind(this.phrases.words(from, to)) != null || this.text.parenthesisAfter(to - 1)
				|| country(from, to) != null || holder(from, to) && this.phrases.organisationKind(from, to) == null;
	}

	/** The slug of the stored country words {@code from}–{@code to} name exactly, or null. */
	private String country(int from, int to) {
		Mention mention = this.cast.startingAt(from, RecordType.COUNTRY);
		if (mention != null && mention.to() == to) {
			return (mention.entry().stored != null) ? mention.entry().stored.id() : null;
		}
		return null;
	}

	/** The end of "Vietnam" or "Cuba and the Dominican Republic" at {@code from}: countries joined by "and". */
	private int countries(int from) {
		int end = from;
		int i = from;
		while (i < this.text.size()) {
			int k = this.phrases.skipArticle(i, this.text.size());
			Mention mention = this.cast.startingAt(k, RecordType.COUNTRY);
			if (mention == null || k > i && this.text.hardBreakBefore(k)) {
				break;
			}
			end = mention.to();
			if (end < this.text.size() && this.text.is(end, "and") && !this.text.hardBreakBefore(end)) {
				i = end + 1;
				continue;
			}
			break;
		}
		return end;
	}

	/** The embassy of the demonym's country in the country after "to": stored, or new. */
	private Entry embassy(World.Country of, int countryFrom, int phraseFrom, int phraseEnd) {
		Mention in = this.cast.startingAt(countryFrom, RecordType.COUNTRY);
		if (in == null) {
			return null;
		}
		String name = "Embassy of " + of.name() + " in " + in.entry().label();
		String key = NameLinker.key(name);
		Entry embassy = this.cast.byKey(RecordType.ORGANISATION, key);
		if (embassy == null) {
			List<Known> stored = this.phrases.linker().named(key, List.of(RecordType.ORGANISATION));
			if (stored.size() == 1) {
				embassy = this.cast.stored(stored.get(0), this.phrases.linker().candidates(name, KnownNames.TYPES));
			}
			else {
				embassy = this.cast.fresh(RecordType.ORGANISATION, name, "embassy");
				Known country = this.phrases.linker().country(of);
				embassy.country = (country != null) ? country.id() : null;
			}
		}
		embassy.evidence.add(new int[] { this.text.get(phraseFrom).start(), this.text.get(phraseEnd - 1).end() });
		return embassy;
	}

	/** Whether the title's words are a minister's ("Minister", "Deputy Minister", "Vice Minister"). */
	private boolean minister(int from, int to) {
		return to > from && this.text.is(to - 1, "minister") && !this.text.is(to - 2, "prime");
	}

	/**
	 * The ministry of a portfolio, of a country if known: a stored one (by "Ministry of X of C", "C's
	 * adjective Ministry of X", or "Ministry of X" when that one is the country's), or a new one.
	 */
	private Entry ministry(String portfolio, World.Country country, int phraseFrom, int phraseEnd) {
		String bare = "Ministry of " + portfolio;
		String name = (country != null) ? bare + " of " + country.name() : bare;
		NameLinker linker = this.phrases.linker();
		Known stored = null;
		Known storedCountry = linker.country(country);
		List<String> variants = new ArrayList<>(List.of(name));
		if (country != null) {
			country.demonyms().forEach((adjective) -> variants.add(adjective + " " + bare));
		}
		for (String variant : variants) {
			List<Known> named = linker.named(NameLinker.key(variant), List.of(RecordType.ORGANISATION));
			if (named.size() == 1) {
				stored = named.get(0);
				break;
			}
		}
		if (stored == null && storedCountry != null) {
			for (Known candidate : linker.named(NameLinker.key(bare), List.of(RecordType.ORGANISATION))) {
				if (storedCountry.id().equals(candidate.country())) {
					stored = candidate;
				}
			}
		}
		Entry ministry;
		if (stored != null) {
			ministry = this.cast.stored(stored, linker.candidates(stored.name(), KnownNames.TYPES));
		}
		else {
			ministry = this.cast.byKey(RecordType.ORGANISATION, NameLinker.key(name));
			if (ministry == null) {
				ministry = this.cast.fresh(RecordType.ORGANISATION, name, "government-body");
				ministry.country = (storedCountry != null) ? storedCountry.id() : null;
			}
		}
		ministry.evidence.add(new int[] { this.text.get(phraseFrom).start(), this.text.get(phraseEnd - 1).end() });
		return ministry;
	}

	private Entry person(int from, int to) {
		Mention known = this.cast.at(from);
		if (known != null && known.entry().type == RecordType.PERSON && known.to() == to) {
			return known.entry();
		}
		for (int i = from; i < to; i++) {
			Mention inside = this.cast.at(i);
			if (inside != null && inside.entry().type == RecordType.PERSON && inside.entry().stored != null
					&& inside.to() - inside.from() >= 2 && inside.from() >= from && inside.to() <= to) {
				// "Miguel Díaz-Canel" where "Díaz-Canel" is a stored name: the stored person, spelt more fully.
				this.cast.mention(inside.entry(), this.text, from, to);
				return inside.entry();
			}
		}
		Entry person = this.cast.fresh(RecordType.PERSON, this.text.surface(from, to), null);
		this.cast.mention(person, this.text, from, to);
		return person;
	}

	/** "Leaders Fidel Castro, Raúl Castro": more names after the first, joined by commas or "and". */
	private int list(int end) {
		int i = end;
		while (i < this.text.size()) {
			String gap = this.text.gapBefore(i).strip();
			int from = i;
			if (this.text.is(i, "and") && (gap.isEmpty() || gap.equals(","))) {
				from = i + 1;
			}
			else if (!gap.equals(",")) {
				break;
			}
			int nameEnd = PersonNames.end(this.phrases, from, this.text.size());
			if (nameEnd < 0 || nameEnd - from < 2 && this.cast.startingAt(from, RecordType.PERSON) == null) {
				break;
			}
			person(from, nameEnd);
			i = nameEnd;
		}
		return i;
	}

	/** Where the name before ", Title of ..." starts. */
	private int appositionStart(int start) {
		Mention before = this.cast.at(start - 1);
		return (before != null) ? before.start() : this.text.get(start - 1).start();
	}

	/** The person named right before ", Title of ..." (the title after the name). */
	private Entry apposition(int start) {
		if (start < 1 || !this.text.gapBefore(start).strip().equals(",")) {
			return null;
		}
		Mention before = this.cast.at(start - 1);
		if (before != null && before.entry().type == RecordType.PERSON && before.to() == start) {
			return before.entry();
		}
		int from = start - 1;
		while (from > 0 && !this.text.hardBreakBefore(from) && this.text.get(from - 1).capitalised()) {
			from--;
		}
		if (start - from < 2 || PersonNames.end(this.phrases, from, start) != start) {
			return null;
		}
		return person(from, start);
	}

	/** Adds the post a title states to a person: the stored post of that title, or a new one. */
	private void post(Entry person, Title title, int[] span) {
		if (person.country == null && title.demonym() != null) {
			Known country = this.phrases.linker().country(title.demonym());
			person.country = (country != null) ? country.id() : null;
		}
		if (person.country == null && title.country() != null) {
			person.country = title.country();
		}
		String folded = this.text.folded(title.from(), title.to());
		if (title.plural() || NOT_POSTS.contains(folded) || NOT_POSTS.contains(lastHead(title.from(), title.to()))) {
			return;
		}
		Cast.Post post = new Cast.Post(person, span[0], span[1]);
		if (person.stored != null) {
			for (Gazetteer.Post stored : person.stored.posts()) {
				boolean sameTitle = NameLinker.key(stored.title()).equals(NameLinker.key(title.text()));
				boolean sameHolder = title.organisation() == null && title.country() == null
						|| title.organisation() != null && title.organisation().stored != null
								&& (title.organisation().stored.id().equals(stored.organisation())
										|| parentOf(stored.organisation(), title.organisation().stored.id()))
						|| title.country() != null && title.country().equals(stored.country());
				if (sameTitle && (sameHolder || title.organisation() != null && title.organisation().stored == null)) {
					post.stored = stored;
				}
			}
		}
		if (post.stored == null) {
			String country = title.country();
			if (title.organisation() == null && country == null && HEADS_OF_STATE.contains(folded)) {
				// "President To Lam": the head of his country.
				country = person.country;
			}
			if (title.organisation() == null && country == null) {
				return;
			}
			post.title = title.text();
			post.organisation = title.organisation();
			post.country = (title.organisation() == null) ? country : null;
		}
		for (Cast.Post other : person.posts) {
			if (samePost(other, post)) {
				return;
			}
		}
		person.posts.add(post);
	}

	/**
	 * Whether a stored organisation is a body of another ("General Secretary of the Communist Party"
	 * is the post at its Central Committee).
	 */
	private boolean parentOf(String organisation, String parent) {
		Known known = (organisation != null) ? this.phrases.linker().get(RecordType.ORGANISATION, organisation) : null;
		return known != null && parent.equals(known.parent());
	}

	private static boolean samePost(Cast.Post a, Cast.Post b) {
		if (a.stored != null || b.stored != null) {
			return a.stored == b.stored;
		}
		return NameLinker.key(a.title).equals(NameLinker.key(b.title)) && a.organisation == b.organisation
				&& java.util.Objects.equals(a.country, b.country);
	}

	/** The head of a title without its modifiers ("vice secretary" → "secretary"). */
	private String lastHead(int from, int to) {
		int i = from;
		while (i < to - 1 && Lexicon.TITLE_MODIFIERS.contains(this.text.get(i).folded())
				&& !Lexicon.TITLE_HEADS.contains(this.text.folded(i, to))) {
			i++;
		}
		return this.text.folded(i, to);
	}

	/** A title as a post's title: its first letter upper case ("member" → "Member"). */
	private static String capitalise(String title) {
		return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + title.substring(1);
	}

}
