package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.propose.Cast.Mention;
import org.diplomacygraph.record.RecordType;

/**
 * Proposes the agreements a text reports: a memorandum of understanding, a (cooperation)
 * agreement, minutes, a handover document or a programme with its period, named by a noun phrase
 * that is specific: one agreement ("a", "an", "the") or a period ("for 2023-2028", "(2002 - 2025)"),
 * or several that were signed ("witnessed the signing of ... multiple cooperation agreements").
 * Generic talk of agreements ("many cooperation agreements", "implementing agreements") is left
 * out. Status from the verbs (signed; "will", "facilitate the signing": planned; "implementing":
 * in force), the period as validity, the date of the sentence as the signing date ("Following the
 * talks": the talks' date and the talks as its meeting), and the organisations that signed.
 */
final class Agreements {

	/** A proposed agreement. */
	static final class Agreement {

		String kind;

		String title;

		String status;

		final List<int[]> statusEvidence = new ArrayList<>();

		String signedOn;

		final List<int[]> signedOnEvidence = new ArrayList<>();

		String validFrom;

		String validUntil;

		final List<int[]> validityEvidence = new ArrayList<>();

		Meetings.Meeting meeting;

		final List<int[]> evidence = new ArrayList<>();

		final List<Entry> parties = new ArrayList<>();

		final List<int[]> partyEvidence = new ArrayList<>();

		int sentence;

	}

	private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that");

	private static final Set<String> PLURAL_DETERMINERS = Set.of("multiple", "several", "many", "numerous", "two",
			"three", "four", "five", "various", "some", "new", "these");

	/** Quantities that make agreements talk of a relationship, not an event ("many cooperation agreements"). */
	private static final Set<String> VAGUE = Set.of("many", "numerous", "various", "some", "these");

	private static final Set<String> STOP_WORDS = Set.of("with", "which", "that", "is", "are", "was", "were", "has",
			"have", "had", "will", "would", "could", "should", "to", "as", "and", "signed", "by", "reflecting",
			"under", "while", "after", "before", "following", "who", "where", "when");

	private static final Set<String> LIST_INTRODUCERS = Set.of("areas", "fields", "sectors", "spheres");

	private final TextTokens text;

	private final Cast cast;

	private final List<Dates.Found> dates;

	private final List<Meetings.Meeting> meetings;

	Agreements(TextTokens text, Cast cast, List<Dates.Found> dates, List<Meetings.Meeting> meetings) {
		this.text = text;
		this.cast = cast;
		this.dates = dates;
		this.meetings = meetings;
	}

	List<Agreement> find() {
		List<Agreement> found = new ArrayList<>();
		for (int i = 0; i < this.text.size(); i++) {
			if (!this.text.get(i).story()) {
				continue;
			}
			int[] noun = noun(i);
			if (noun == null) {
				continue;
			}
			Agreement agreement = agreement(i, noun);
			if (agreement != null) {
				add(found, agreement);
			}
			i = noun[1] - 1;
		}
		return found;
	}

	/** The agreement noun at a word: {kind index, end of noun}, the kind as the third... null if none. */
	private int[] noun(int i) {
		if (this.text.startsWith(i, "memorandum of understanding") || this.text.startsWith(i, "memoranda of understanding")) {
			return new int[] { 0, i + 3 };
		}
		if (this.text.is(i, "mou", "mous")) {
			return new int[] { 0, i + 1 };
		}
		if (this.text.is(i, "agreement", "agreements")) {
			return new int[] { 1, i + 1 };
		}
		if (this.text.is(i, "minute", "minutes") && this.text.is(i + 1, "of")) {
			return new int[] { 2, i + 1 };
		}
		if (this.text.is(i, "handover") && this.text.is(i + 1, "of")) {
			return new int[] { 3, i + 1 };
		}
		if (this.text.is(i, "project", "programme", "program")) {
			return new int[] { 4, i + 1 };
		}
		return null;
	}

	private static final String[] KINDS = { "memorandum-of-understanding", "cooperation-agreement", "minutes",
			"handover-document", "programme" };

	private Agreement agreement(int head, int[] noun) {
		int sentence = this.text.get(head).sentence();
		String kind = KINDS[noun[0]];
		// Left: modifiers back to a determiner ("a cooperation agreement", "the 2023-2028 cooperation agreement").
		int start = head;
		String determiner = null;
		for (int k = head - 1; k >= Math.max(0, head - 6); k--) {
			if (this.text.hardBreakBefore(k + 1) && !this.text.gapBefore(k + 1).isBlank()
					&& !this.text.gapBefore(k + 1).strip().equals("-")) {
				break;
			}
			String word = this.text.get(k).folded();
			if (DETERMINERS.contains(word) || PLURAL_DETERMINERS.contains(word)) {
				determiner = word;
				break;
			}
			if (this.text.get(k).capitalised() && !this.text.get(k).numeric() && k < head - 1
					|| STOP_WORDS.contains(word)) {
				break;
			}
			start = k;
		}
		int end = nounPhraseEnd(noun[1], sentence);
		int endOffset = this.text.get(end - 1).end();
		String surface = this.text.text().substring(this.text.get(start).start(), endOffset);
		if (surface.chars().filter((c) -> c == '(').count() > surface.chars().filter((c) -> c == ')').count()
				&& endOffset < this.text.text().length() && this.text.text().charAt(endOffset) == ')') {
			surface = surface + ")";
		}
		boolean plural = this.text.get(head).folded().endsWith("s") && !this.text.is(head, "minutes");
		Dates.Found period = period(start, end, sentence);
		String status = status(sentence, start, end);
		boolean signed = "signed".equals(status);
		if (noun[0] == 4 && period == null) {
			return null;
		}
		if (noun[0] == 2 || noun[0] == 3) {
			if (!signed) {
				return null;
			}
		}
		else if (plural) {
			if (!signed || determiner == null || VAGUE.contains(determiner) || !signingEvent(sentence)) {
				return null;
			}
		}
		else if (determiner == null && period == null && !signed) {
			return null;
		}
		else if (noun[0] == 1 && !signed && period == null && !"planned".equals(status)) {
			return null;
		}
		Agreement agreement = new Agreement();
		agreement.kind = kind;
		agreement.sentence = sentence;
		agreement.title = title(surface, noun[0]);
		agreement.evidence.add(new int[] { this.text.get(start).start(), this.text.get(end - 1).end() });
		if (status != null) {
			agreement.status = status;
			agreement.statusEvidence.add(statusSpan(sentence, start, end));
		}
		if (period != null) {
			agreement.validFrom = period.value();
			agreement.validUntil = period.until();
			agreement.validityEvidence.add(new int[] { period.start(), period.end() });
		}
		if (signed) {
			signing(agreement, sentence, start);
		}
		return agreement;
	}

	/** "witnessed the signing of", "signed" (not "have signed"): a signing that took place. */
	private boolean signingEvent(int sentence) {
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.sentence() != sentence) {
				continue;
			}
			if (this.text.startsWith(token.index(), "signing of")
					|| token.folded().equals("signed") && !this.text.is(token.index() - 1, "have", "has", "had")) {
				return true;
			}
		}
		return false;
	}

	/** The end of the noun phrase: through "of", "on", "for", "in" phrases to a comma, a verb or the sentence's end. */
	private int nounPhraseEnd(int from, int sentence) {
		int end = from;
		boolean list = false;
		for (int i = from; i < this.text.size() && this.text.get(i).sentence() == sentence; i++) {
			String gap = this.text.gapBefore(i);
			boolean thousands = gap.equals(",") && this.text.get(i).numeric() && this.text.get(i - 1).numeric();
			if (!thousands && (gap.contains(",") || gap.contains(";") || gap.contains(":") || gap.contains("(")
					&& !this.text.get(i).numeric())) {
				if (!list || !gap.contains(",") || STOP_WORDS.contains(this.text.get(i).folded())
						&& !this.text.is(i, "and") || this.text.is(i, "and") && this.text.is(i + 1, "a", "an", "the")) {
					break;
				}
			}
			String word = this.text.get(i).folded();
			boolean joinsNouns = word.equals("and") && !this.text.is(i + 1, "a", "an", "the", "multiple", "several")
					&& !gap.contains(",");
			if (STOP_WORDS.contains(word) && !(list && word.equals("and")) && !joinsNouns) {
				break;
			}
			if (LIST_INTRODUCERS.contains(word)) {
				list = true;
			}
			end = i + 1;
			if (i - from > 30) {
				break;
			}
		}
		return Math.max(end, from);
	}

	/** The period of years the phrase or its sentence gives ("for 2023-2028", "(2002 - 2025)"). */
	private Dates.Found period(int start, int end, int sentence) {
		int from = this.text.get(start).start();
		int to = this.text.get(end - 1).end();
		for (Dates.Found date : this.dates) {
			if (date.kind() == Dates.Kind.PERIOD && date.start() >= from - 12 && date.end() <= to + 16) {
				return date;
			}
		}
		// "a cooperation agreement between the two municipal Party Committees for 2023-2028"
		for (Dates.Found date : this.dates) {
			if (date.kind() == Dates.Kind.PERIOD && date.start() >= to && date.start() - to < 80
					&& sentenceOf(date) == sentence && this.text.text().substring(to, date.start()).matches(
							"(?s)[^,;.]*\b(for|in|from)\s+(the\s+)?$")) {
				return date;
			}
		}
		return null;
	}

	/**
	 * signed, planned or in-force from the sentence's verbs (a future only before the phrase: "will
	 * facilitate the signing of"); null if it says none.
	 */
	private String status(int sentence, int start, int end) {
		boolean signing = false;
		boolean future = false;
		boolean implementing = false;
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.sentence() != sentence || token.index() >= start && Set.of("will", "facilitate", "plan", "plans",
					"planned", "prepare", "upcoming", "negotiate").contains(token.folded())) {
				continue;
			}
			switch (token.folded()) {
				case "signed", "inked", "signing", "concluded" -> signing = true;
				case "will", "facilitate", "plan", "plans", "planned", "prepare", "upcoming", "negotiate" -> future = true;
				case "implementing", "implement", "implementation" -> implementing = true;
				default -> {
				}
			}
		}
		if (signing && future) {
			return "planned";
		}
		if (signing) {
			return "signed";
		}
		return implementing ? "in-force" : null;
	}

	private int[] statusSpan(int sentence, int start, int end) {
		int from = this.text.get(start).start();
		int to = this.text.get(end - 1).end();
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.sentence() == sentence && Set.of("signed", "signing", "inked", "implementing", "facilitate", "will")
				.contains(token.folded())) {
				from = Math.min(from, token.start());
				to = Math.max(to, token.end());
			}
		}
		return new int[] { from, to };
	}

	/** The signing's date, meeting and signing organisations. */
	private void signing(Agreement agreement, int sentence, int start) {
		int at = this.text.get(start).start();
		Dates.Found best = null;
		for (Dates.Found date : this.dates) {
			if (date.kind() == Dates.Kind.PERIOD || date.incidental() || sentenceOf(date) != sentence) {
				continue;
			}
			if (best == null || Math.abs(date.start() - at) < Math.abs(best.start() - at)) {
				best = date;
			}
		}
		int first = firstToken(sentence);
		if (this.text.startsWith(first, "following the talks") || this.text.startsWith(first, "after the talks")
				|| this.text.startsWith(first, "following the meeting") || this.text.startsWith(first, "after the meeting")) {
			Meetings.Meeting meeting = null;
			for (Meetings.Meeting candidate : this.meetings) {
				if (candidate.sentence < sentence && !candidate.kind.endsWith("visit")) {
					meeting = candidate;
				}
			}
			if (meeting != null) {
				agreement.meeting = meeting;
				if (best == null && meeting.date != null) {
					agreement.signedOn = meeting.date;
					agreement.signedOnEvidence.add(new int[] { this.text.get(first).start(),
							this.text.get(first + 2).end() });
					agreement.signedOnEvidence.addAll(meeting.dateEvidence);
				}
			}
		}
		if (best != null && best.kind() != Dates.Kind.SAME_DAY && best.value() != null) {
			agreement.signedOn = best.value();
			agreement.signedOnEvidence.add(new int[] { best.start(), best.end() });
		}
		// The organisations that signed: named before "signed" in the sentence.
		for (Mention mention : this.cast.mentions()) {
			if (mention.entry().type == RecordType.ORGANISATION && this.text.get(mention.from()).sentence() == sentence
					&& mention.to() <= start && !agreement.parties.contains(mention.entry())) {
				agreement.parties.add(mention.entry());
				agreement.partyEvidence.add(new int[] { mention.start(), mention.end() });
			}
		}
		for (Entry entry : this.cast.entries(RecordType.ORGANISATION)) {
			for (int[] span : entry.evidence) {
				if (span[1] <= at && span[0] >= this.text.get(first).start() && !agreement.parties.contains(entry)) {
					agreement.parties.add(entry);
					agreement.partyEvidence.add(span);
				}
			}
		}
	}

	private int firstToken(int sentence) {
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.sentence() == sentence) {
				return token.index();
			}
		}
		return 0;
	}

	private int sentenceOf(Dates.Found date) {
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.start() >= date.start()) {
				return token.sentence();
			}
		}
		return -1;
	}

	/** A title from the noun phrase: its first letter upper case, "a document on the handover" as "Handover ...". */
	private static String title(String surface, int kind) {
		String title = surface;
		if (kind == 3) {
			int handover = title.toLowerCase(java.util.Locale.ROOT).indexOf("handover");
			title = title.substring(Math.max(0, handover));
		}
		return title.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + title.substring(1);
	}

	/** Adds an agreement, or its evidence to the same one found before (same kind and period, or same title). */
	private static void add(List<Agreement> found, Agreement agreement) {
		for (Agreement other : found) {
			boolean samePeriod = other.validFrom != null && Objects.equals(other.validFrom, agreement.validFrom)
					&& Objects.equals(other.validUntil, agreement.validUntil);
			boolean sameTitle = NameLinker.key(other.title).equals(NameLinker.key(agreement.title));
			if (other.kind.equals(agreement.kind) && (samePeriod || sameTitle)) {
				other.evidence.addAll(agreement.evidence);
				if (other.status == null || "signed".equals(agreement.status)) {
					if (agreement.status != null) {
						other.status = agreement.status;
						other.statusEvidence.clear();
						other.statusEvidence.addAll(agreement.statusEvidence);
					}
				}
				if (other.signedOn == null && agreement.signedOn != null) {
					other.signedOn = agreement.signedOn;
					other.signedOnEvidence.addAll(agreement.signedOnEvidence);
				}
				if (other.meeting == null) {
					other.meeting = agreement.meeting;
				}
				for (int i = 0; i < agreement.parties.size(); i++) {
					if (!other.parties.contains(agreement.parties.get(i))) {
						other.parties.add(agreement.parties.get(i));
						other.partyEvidence.add(agreement.partyEvidence.get(i));
					}
				}
				if (agreement.title.length() > other.title.length() && "signed".equals(agreement.status)) {
					other.title = agreement.title;
				}
				return;
			}
		}
		found.add(agreement);
	}

}
