package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.propose.Cast.Mention;
import org.diplomacygraph.record.RecordType;

/**
 * Proposes the meetings a text reports, from the phrases that report them: "received", "met",
 * "held talks (with)", "at the meeting with", "converses with", "paid a courtesy call on", "hosted",
 * and visits ("X’s state visit to Cuba", "the state visit to Cuba by X", "who is on a Vietnam
 * visit", "State visits by X (9/2024) and Y (9/2025)"). Participants are the people named on either
 * side of the phrase in its sentence (a pronoun stands for the person the sentence or the one before
 * it is about); the date is the one the sentence states nearest to the phrase ("the same day": the
 * meeting's before; none: a day the sentence before states); the place follows "in" or "at", or
 * "visit to". A meeting reported twice (a caption, a repeated paragraph) is proposed once.
 */
final class Meetings {

	/** How the people around a phrase take part. */
	private enum Mode {

		/** "A received B": A hosts, B is the guest. */
		OBJECT,
		/** "A paid a courtesy call on B": A is the guest. */
		REVERSED,
		/** "A and B held talks": everyone named before it. */
		JOINT,
		/** A visit: one guest. */
		VISIT

	}

	/** A proposed meeting. */
	static final class Meeting {

		String kind;

		String date;

		String endDate;

		final List<int[]> dateEvidence = new ArrayList<>();

		Entry place;

		String country;

		final List<int[]> placeEvidence = new ArrayList<>();

		final List<Participant> participants = new ArrayList<>();

		final List<int[]> evidence = new ArrayList<>();

		boolean sameDay;

		int sentence;

		int trigger;

		Participant participant(Entry person) {
			return this.participants.stream().filter((p) -> p.person == person).findFirst().orElse(null);
		}

		/** The hosts and guests (attendees aside). */
		Set<Entry> people() {
			Set<Entry> people = new LinkedHashSet<>();
			this.participants.stream().filter((p) -> !"attendee".equals(p.role)).forEach((p) -> people.add(p.person));
			return people;
		}

	}

	/** A person's part in a meeting, with the words stating it. */
	static final class Participant {

		final Entry person;

		String role;

		final int[] evidence;

		final int mention;

		Participant(Entry person, String role, int[] evidence, int mention) {
			this.person = person;
			this.role = role;
			this.evidence = evidence;
			this.mention = mention;
		}

	}

	private record Trigger(int from, int to, String kind, Mode mode) {
	}

	private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "him");

	private static final Set<String> VISIT_ADJECTIVES = Set.of("state", "official", "working", "ongoing", "recent",
			"historic", "first", "upcoming", "friendship", "two", "three", "four", "five", "day");

	private final TextTokens text;

	private final Cast cast;

	private final List<Dates.Found> dates;

	private final List<Mention> people;

	Meetings(TextTokens text, Cast cast, List<Dates.Found> dates) {
		this.text = text;
		this.cast = cast;
		this.dates = dates;
		this.people = cast.mentions().stream().filter((m) -> m.entry().type == RecordType.PERSON).toList();
	}

	List<Meeting> find() {
		List<Trigger> triggers = triggers();
		List<Meeting> found = new ArrayList<>();
		for (Trigger trigger : triggers) {
			List<Meeting> meetings = (trigger.mode() == Mode.VISIT) ? visits(trigger) : meeting(trigger);
			for (Meeting meeting : meetings) {
				meeting.sentence = this.text.get(trigger.from()).sentence();
				meeting.trigger = trigger.from();
				if (meeting.date == null && !meeting.sameDay) {
					date(meeting, trigger, triggers);
				}
				if (meeting.sameDay && meeting.date == null && !found.isEmpty()) {
					Meeting before = found.get(found.size() - 1);
					meeting.date = before.date;
					meeting.dateEvidence.addAll(before.dateEvidence);
				}
				place(meeting, trigger);
				add(found, meeting);
			}
		}
		List<Meeting> merged = new ArrayList<>();
		for (Meeting meeting : found) {
			if (meeting.date == null && "visit".equals(meeting.kind) || meeting.date == null
					&& "state-visit".equals(meeting.kind)) {
				Meeting dated = found.stream()
					.filter((other) -> other != meeting && other.date != null && isVisit(other)
							&& other.people().equals(meeting.people()))
					.findFirst()
					.orElse(null);
				if (dated != null) {
					dated.evidence.addAll(meeting.evidence);
					continue;
				}
			}
			merged.add(meeting);
		}
		roles(merged);
		return merged;
	}

	private List<Trigger> triggers() {
		List<Trigger> triggers = new ArrayList<>();
		for (int i = 0; i < this.text.size(); i++) {
			if (!this.text.get(i).story()) {
				continue;
			}
			String word = this.text.get(i).folded();
			boolean with = this.text.is(i + 1, "with") && !this.text.hardBreakBefore(i + 1);
			switch (word) {
				case "received", "receives", "receiving", "receive", "hosted", "hosts", "hosting" ->
					triggers.add(new Trigger(i, i + 1, "reception", Mode.OBJECT));
				case "met", "meets" -> triggers.add(new Trigger(i, with ? i + 2 : i + 1, "meeting", Mode.OBJECT));
				case "meeting" -> {
					if (with) {
						triggers.add(new Trigger(i, i + 2, "meeting", Mode.OBJECT));
					}
					else if (this.text.is(i - 1, "the") && this.text.is(i - 2, "at")) {
						triggers.add(new Trigger(i - 2, i + 1, "meeting", Mode.OBJECT));
					}
				}
				case "talks" -> {
					if (with) {
						triggers.add(new Trigger(i, i + 2, "talks", Mode.OBJECT));
					}
					else if (this.text.is(i - 1, "held", "hold", "holds", "holding")) {
						triggers.add(new Trigger(i - 1, i + 1, "talks", Mode.JOINT));
					}
				}
				case "converses", "conversed", "conversing", "talked", "spoke" -> {
					if (with) {
						triggers.add(new Trigger(i, i + 2, "conversation", Mode.OBJECT));
					}
				}
				case "conversation", "call" -> {
					if (this.text.is(i - 1, "phone", "telephone") && with) {
						triggers.add(new Trigger(i - 1, i + 2, "conversation", Mode.OBJECT));
					}
					else if (this.text.is(i - 1, "courtesy") && this.text.is(i + 1, "on", "to")) {
						triggers.add(new Trigger(i - 1, i + 2, "courtesy-call", Mode.REVERSED));
					}
				}
				case "visit", "visits" -> {
					String kind = this.text.is(i - 1, "state") ? "state-visit" : "visit";
					if (!this.text.is(i - 1, "to") && !(this.text.is(i - 1, "courtesy"))) {
						triggers.add(new Trigger(this.text.is(i - 1, "state", "official", "working") ? i - 1 : i, i + 1,
								kind, Mode.VISIT));
					}
				}
				default -> {
				}
			}
		}
		return triggers;
	}

	/** A meeting of people on either side of a phrase ("received", "talks with") or before it ("held talks"). */
	private List<Meeting> meeting(Trigger trigger) {
		int sentence = this.text.get(trigger.from()).sentence();
		List<Mention> before = before(trigger.from(), sentence);
		List<Mention> after = after(trigger.to(), sentence);
		Meeting meeting = new Meeting();
		meeting.kind = trigger.kind();
		if (trigger.mode() == Mode.JOINT) {
			Set<Entry> seen = new LinkedHashSet<>();
			for (int k = 0; k < before.size(); k++) {
				Mention mention = before.get(k);
				if (seen.add(mention.entry())) {
					meeting.participants.add(participant(mention, seen.size() == 1 ? "host" : "guest", trigger));
				}
			}
			if (meeting.participants.size() < 2) {
				return List.of();
			}
		}
		else {
			Mention subject = before.isEmpty() ? null : before.get(before.size() - 1);
			Mention object = firstOther(after, subject);
			if (subject == null && object != null) {
				subject = pronounSubject(trigger, sentence, object);
			}
			if (subject == null || object == null || subject.entry() == object.entry()) {
				return List.of();
			}
			boolean reversed = trigger.mode() == Mode.REVERSED;
			meeting.participants.add(participant(subject, reversed ? "guest" : "host", trigger));
			meeting.participants.add(participant(object, reversed ? "host" : "guest", trigger));
			attendees(meeting, object.to(), sentence, trigger);
		}
		meeting.evidence.add(span(trigger, meeting.participants));
		return List.of(meeting);
	}

	/** The visit or visits a "visit" word reports: the visitor and where they went. */
	private List<Meeting> visits(Trigger trigger) {
		int sentence = this.text.get(trigger.from()).sentence();
		int i = trigger.from();
		List<Mention> guests = new ArrayList<>();
		// "X’s (ongoing) (state) visit", "the latter’s visit", "his visit"
		int k = i - 1;
		while (k >= 0 && VISIT_ADJECTIVES.contains(this.text.get(k).folded()) && !this.text.hardBreakBefore(k + 1)) {
			k--;
		}
		if (k >= 1 && this.text.is(k, "s") && this.text.possessiveAfter(k - 1)) {
			Mention owner = this.cast.at(k - 1);
			if (owner != null && owner.entry().type == RecordType.PERSON) {
				guests.add(owner);
			}
			else if (this.text.is(k - 1, "latter")) {
				List<Mention> before = before(k - 1, sentence);
				if (!before.isEmpty()) {
					guests.add(before.get(before.size() - 1));
				}
			}
		}
		else if (k >= 0 && this.text.is(k, "his", "her")) {
			Mention subject = pronounSubject(trigger, sentence, null);
			if (subject != null) {
				guests.add(subject);
			}
		}
		int after = trigger.to();
		// "visit to Cuba by X", "visits by X (9/2024) and Y (9/2025)"
		int to = -1;
		if (this.text.is(after, "to") && !this.text.hardBreakBefore(after)) {
			to = after + 1;
			after = placeEnd(to);
		}
		if (guests.isEmpty() && this.text.is(after, "by") && !this.text.hardBreakBefore(after)) {
			for (Mention mention : after(after + 1, sentence)) {
				guests.add(mention);
			}
			guests = byList(guests, after + 1);
		}
		// "who is on a Vietnam visit", "paid a state visit to"
		boolean onA = this.text.is(i - 1, "a", "an") && this.text.is(i - 2, "on")
				|| this.text.is(i - 2, "a", "an") && this.text.is(i - 3, "on")
				|| this.text.is(i - 3, "a", "an") && this.text.is(i - 4, "on") && this.text.is(i - 1, "state", "official");
		int article = this.text.is(i - 1, "a", "an") ? i - 1 : this.text.is(i - 2, "a", "an") ? i - 2 : i - 3;
		boolean paid = this.text.is(article, "a", "an")
				&& this.text.is(article - 1, "paid", "pays", "paying", "made", "makes", "paying", "began", "begins");
		if (guests.isEmpty() && (onA || paid)) {
			List<Mention> before = before(i, sentence);
			if (!before.isEmpty()) {
				guests.add(before.get(before.size() - 1));
			}
		}
		List<Meeting> visits = new ArrayList<>();
		for (Mention guest : guests) {
			Meeting visit = new Meeting();
			visit.kind = trigger.kind();
			visit.participants.add(participant(guest, "guest", trigger));
			visit.evidence.add(span(trigger, visit.participants));
			if (to >= 0) {
				destination(visit, to);
			}
			else if (onA && !this.text.is(i - 1, "a", "an", "state", "official", "working")) {
				// "on a Vietnam visit"
				destination(visit, i - 1);
			}
			if (guests.size() > 1) {
				Dates.Found date = parenthesisedDateAfter(guest.to());
				if (date != null) {
					setDate(visit, date);
				}
			}
			visits.add(visit);
		}
		return visits;
	}

	/** Keeps the people of a "by" list: each followed by a comma, "and" or a date in parentheses. */
	private List<Mention> byList(List<Mention> mentions, int from) {
		List<Mention> kept = new ArrayList<>();
		int expected = from;
		for (Mention mention : mentions) {
			if (!kept.isEmpty() && !joined(kept.get(kept.size() - 1).to(), mention.from())) {
				break;
			}
			if (kept.isEmpty() && !titlesOnly(expected, mention.from())) {
				break;
			}
			kept.add(mention);
		}
		return kept;
	}

	/** Whether only titles (and commas) stand between two words. */
	private boolean titlesOnly(int from, int to) {
		for (int i = from; i < to; i++) {
			String word = this.text.get(i).folded();
			if (!this.text.get(i).capitalised() && !this.text.is(i, "of", "the", "and")
					&& !Lexicon.TITLE_HEADS.contains(word) && !Lexicon.TITLE_MODIFIERS.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Whether two people are joined as items of one list: only a date in parentheses, "and", commas and titles between them. */
	private boolean joined(int end, int next) {
		String between = this.text.text().substring(this.text.get(end - 1).end(), this.text.get(next).start());
		return between.length() < 80 && (between.contains(" and ") || between.contains(","));
	}

	private Dates.Found parenthesisedDateAfter(int end) {
		if (end >= this.text.size() + 1) {
			return null;
		}
		int offset = this.text.get(end - 1).end();
		for (Dates.Found date : this.dates) {
			if (date.start() > offset && date.start() - offset <= 3 && this.text.text().substring(offset, date.start()).contains("(")) {
				return date;
			}
		}
		return null;
	}

	/** The country or place a visit went to, named at word {@code index}. */
	private void destination(Meeting visit, int index) {
		if (index < 0 || index >= this.text.size()) {
			return;
		}
		int from = this.text.is(index, "the") ? index + 1 : index;
		Mention mention = this.cast.at(from);
		if (mention == null) {
			return;
		}
		int[] span = { mention.start(), mention.end() };
		if (mention.entry().type == RecordType.COUNTRY && mention.entry().stored != null) {
			visit.country = mention.entry().stored.id();
			visit.placeEvidence.add(span);
		}
		else if (mention.entry().type == RecordType.PLACE) {
			visit.place = mention.entry();
			visit.country = mention.entry().country;
			visit.placeEvidence.add(span);
		}
	}

	private int placeEnd(int from) {
		int index = this.text.is(from, "the") ? from + 1 : from;
		Mention mention = (index < this.text.size()) ? this.cast.at(index) : null;
		return (mention != null) ? mention.to() : from;
	}

	/** People named after a word in a sentence, in order. */
	private List<Mention> after(int from, int sentence) {
		return this.people.stream()
			.filter((m) -> m.from() >= from && this.text.get(m.from()).sentence() == sentence)
			.toList();
	}

	/** People named before a word in a sentence, in order. */
	private List<Mention> before(int to, int sentence) {
		return this.people.stream()
			.filter((m) -> m.to() <= to && this.text.get(m.from()).sentence() == sentence)
			.toList();
	}

	private static Mention firstOther(List<Mention> mentions, Mention not) {
		for (Mention mention : mentions) {
			if (not == null || mention.entry() != not.entry()) {
				return mention;
			}
		}
		return null;
	}

	/**
	 * Who "he", "his" or "she" before a phrase is: the person the rest of the sentence names after the
	 * phrase's object ("At his talks with X, Dung noted"), else the first person the sentence before
	 * names.
	 */
	private Mention pronounSubject(Trigger trigger, int sentence, Mention object) {
		boolean pronoun = false;
		for (int i = trigger.from() - 1; i >= 0 && this.text.get(i).sentence() == sentence; i--) {
			if (PRONOUNS.contains(this.text.get(i).folded())) {
				pronoun = true;
			}
		}
		if (!pronoun) {
			return null;
		}
		for (Mention mention : after(trigger.to(), sentence)) {
			if (object != null && mention.entry() != object.entry() && mention.from() > object.to()) {
				return mention;
			}
		}
		for (int s = sentence - 1; s >= Math.max(0, sentence - 2); s--) {
			int previous = s;
			Mention first = this.people.stream()
				.filter((m) -> this.text.get(m.from()).sentence() == previous
						&& (object == null || m.entry() != object.entry()))
				.findFirst()
				.orElse(null);
			if (first != null) {
				return first;
			}
		}
		return null;
	}

	/** "with the attendance of A and B": attendees. */
	private void attendees(Meeting meeting, int from, int sentence, Trigger trigger) {
		for (int i = from; i < this.text.size() && this.text.get(i).sentence() == sentence; i++) {
			if (this.text.startsWith(i, "attendance of") || this.text.startsWith(i, "participation of")
					|| this.text.startsWith(i, "attended by") || this.text.startsWith(i, "presence of")) {
				for (Mention mention : after(i + 2, sentence)) {
					if (meeting.participant(mention.entry()) == null) {
						meeting.participants.add(participant(mention, "attendee", trigger));
					}
				}
				return;
			}
		}
	}

	private Participant participant(Mention mention, String role, Trigger trigger) {
		int start = Math.min(mention.start(), this.text.get(trigger.from()).start());
		int end = Math.max(mention.end(), this.text.get(trigger.to() - 1).end());
		return new Participant(mention.entry(), role, new int[] { start, end }, mention.from());
	}

	/** The words reporting a meeting: from the first of its people or its phrase to the last. */
	private int[] span(Trigger trigger, List<Participant> participants) {
		int start = this.text.get(trigger.from()).start();
		int end = this.text.get(trigger.to() - 1).end();
		for (Participant participant : participants) {
			start = Math.min(start, participant.evidence[0]);
			end = Math.max(end, participant.evidence[1]);
		}
		return new int[] { start, end };
	}

	/** The date of the sentence nearest to the phrase (not nearer to another phrase); else a day the sentence before states. */
	private void date(Meeting meeting, Trigger trigger, List<Trigger> triggers) {
		int sentence = this.text.get(trigger.from()).sentence();
		int at = this.text.get(trigger.from()).start();
		Dates.Found best = null;
		for (Dates.Found date : this.dates) {
			if (date.incidental() || date.kind() == Dates.Kind.PERIOD || sentenceOf(date) != sentence) {
				continue;
			}
			if (nearest(date, triggers) != trigger) {
				continue;
			}
			if (best == null || precision(date) > precision(best)
					|| precision(date) == precision(best) && Math.abs(date.start() - at) < Math.abs(best.start() - at)) {
				best = date;
			}
		}
		if (best == null && !isVisit(meeting)) {
			for (Dates.Found date : this.dates) {
				int s = sentenceOf(date);
				if (!date.incidental() && date.kind() == Dates.Kind.DAY && date.until() == null && s < sentence
						&& s >= sentence - 2) {
					best = date;
				}
			}
		}
		if (best != null) {
			setDate(meeting, best);
		}
	}

	private void setDate(Meeting meeting, Dates.Found date) {
		if (date.kind() == Dates.Kind.SAME_DAY) {
			meeting.sameDay = true;
			meeting.dateEvidence.add(new int[] { date.start(), date.end() });
			return;
		}
		meeting.date = date.value();
		meeting.endDate = date.until();
		meeting.dateEvidence.add(new int[] { date.start(), date.end() });
	}

	private Trigger nearest(Dates.Found date, List<Trigger> triggers) {
		Trigger nearest = null;
		int distance = Integer.MAX_VALUE;
		for (Trigger trigger : triggers) {
			if (this.text.get(trigger.from()).sentence() != sentenceOf(date)) {
				continue;
			}
			int d = Math.min(Math.abs(date.start() - this.text.get(trigger.to() - 1).end()),
					Math.abs(this.text.get(trigger.from()).start() - date.end()));
			if (d < distance) {
				distance = d;
				nearest = trigger;
			}
		}
		return nearest;
	}

	private int sentenceOf(Dates.Found date) {
		for (TextTokens.Token token : this.text.tokens()) {
			if (token.start() >= date.start()) {
				return token.sentence();
			}
		}
		return -1;
	}

	private static int precision(Dates.Found date) {
		if (date.kind() == Dates.Kind.SAME_DAY) {
			return 4;
		}
		String value = date.value();
		if (value.startsWith("--") || value.length() == 10) {
			return 3;
		}
		return (value.length() == 7) ? 2 : 1;
	}

	/** "held talks in Hà Nội", "at the Palace of the Revolution": the place after "in" or "at" in the sentence. */
	private void place(Meeting meeting, Trigger trigger) {
		if (meeting.place != null || isVisit(meeting) && meeting.country != null) {
			return;
		}
		int sentence = this.text.get(trigger.from()).sentence();
		for (int i = trigger.from(); i < this.text.size() && this.text.get(i).sentence() == sentence; i++) {
			if (!this.text.is(i, "in", "at")) {
				continue;
			}
			int from = this.text.is(i + 1, "the") ? i + 2 : i + 1;
			Mention mention = (from < this.text.size()) ? this.cast.at(from) : null;
			if (mention != null && mention.from() == from && mention.entry().type == RecordType.PLACE) {
				meeting.place = mention.entry();
				meeting.country = mention.entry().country;
				meeting.placeEvidence.add(new int[] { this.text.get(i).start(), mention.end() });
				return;
			}
		}
	}

	/** Adds a meeting, or its evidence to the same meeting found before (same people, kind and date). */
	private static void add(List<Meeting> found, Meeting meeting) {
		for (Meeting other : found) {
			if (other.people().equals(meeting.people()) && compatible(other.kind, meeting.kind)
					&& (other.date == null || meeting.date == null || other.date.equals(meeting.date))) {
				other.evidence.addAll(meeting.evidence);
				for (Participant participant : meeting.participants) {
					if (other.participant(participant.person) == null) {
						other.participants.add(participant);
					}
				}
				if (other.date == null && meeting.date != null) {
					other.date = meeting.date;
					other.endDate = meeting.endDate;
					other.dateEvidence.addAll(meeting.dateEvidence);
				}
				if (other.place == null && meeting.place != null) {
					other.place = meeting.place;
					other.placeEvidence.addAll(meeting.placeEvidence);
				}
				if (other.country == null) {
					other.country = meeting.country;
				}
				if ("state-visit".equals(meeting.kind)) {
					other.kind = meeting.kind;
				}
				return;
			}
		}
		found.add(meeting);
	}

	private static boolean compatible(String a, String b) {
		boolean visitA = a.endsWith("visit");
		boolean visitB = b.endsWith("visit");
		return visitA == visitB;
	}

	private static boolean isVisit(Meeting meeting) {
		return meeting.kind.endsWith("visit");
	}

	/** In talks and meetings, a person who is a guest elsewhere in the article (a reception, a visit) is the guest. */
	private static void roles(List<Meeting> meetings) {
		Set<Entry> guests = new LinkedHashSet<>();
		for (Meeting meeting : meetings) {
			if (!"talks".equals(meeting.kind) && !"meeting".equals(meeting.kind)) {
				meeting.participants.stream()
					.filter((p) -> "guest".equals(p.role))
					.forEach((p) -> guests.add(p.person));
			}
		}
		for (Meeting meeting : meetings) {
			if (!"talks".equals(meeting.kind) && !"meeting".equals(meeting.kind)) {
				continue;
			}
			List<Participant> main = meeting.participants.stream().filter((p) -> !"attendee".equals(p.role)).toList();
			if (main.size() == 2 && guests.contains(main.get(0).person) && !guests.contains(main.get(1).person)) {
				main.get(0).role = "guest";
				main.get(1).role = "host";
			}
		}
		meetings.removeIf(Objects::isNull);
	}

}
