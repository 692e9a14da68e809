package org.diplomacygraph.match;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplomacygraph.match.DateComparison.Outcome;
import org.diplomacygraph.match.NameSimilarity.NameMatch;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Names;

/**
 * Scores a stored meeting against a report of one. A meeting has no name to go by: what makes two
 * reports one meeting is the date, the people and the place.
 * <ul>
 * <li>date (partial dates as ranges, an end date extending them): {@value #SAME_DAY} the same day,
 * {@value #SAME_MONTH_DAY} the same day and month (one without a year), {@value #OVERLAP} overlapping
 * ranges (a month and a day in it), {@value #NEXT_DAY} a day apart, {@value #OTHER_DATE} apart;</li>
 * <li>participants: {@value #ONE_PARTICIPANT} for one shared, {@value #TWO_PARTICIPANTS} for two,
 * {@value #MORE_PARTICIPANTS} for more; {@value #NO_PARTICIPANT} if both name people and none is shared;</li>
 * <li>place: {@value #SAME_PLACE} the same, {@value #PLACE_WITHIN} one within the other (a palace in
 * Havana, Havana), {@value #OTHER_PLACE} another; country: {@value #SAME_COUNTRY}, {@value #OTHER_COUNTRY};</li>
 * <li>organisations brought together: {@value #SAME_ORGANISATIONS} if shared, {@value #OTHER_ORGANISATIONS} if not;</li>
 * <li>kind: {@value #SAME_KIND} the same, {@value #OTHER_KIND} another (reports call one encounter talks
 * or a meeting);</li>
 * <li>title: {@value #SAME_TITLE} the same once folded (a title is an editor's, so the same one
 * was taken from this graph), else up to {@value #TITLE} by its {@link NameSimilarity similarity}.</li>
 * </ul>
 */
final class MeetingScorer {

	static final int SAME_DAY = 35;

	static final int SAME_MONTH_DAY = 20;

	static final int OVERLAP = 20;

	static final int NEXT_DAY = 0;

	static final int OTHER_DATE = -40;

	static final int ONE_PARTICIPANT = 25;

	static final int TWO_PARTICIPANTS = 45;

	static final int MORE_PARTICIPANTS = 50;

	static final int NO_PARTICIPANT = -25;

	static final int SAME_PLACE = 15;

	static final int PLACE_WITHIN = 10;

	static final int OTHER_PLACE = -20;

	static final int SAME_COUNTRY = 5;

	static final int OTHER_COUNTRY = -30;

	static final int SAME_ORGANISATIONS = 5;

	static final int OTHER_ORGANISATIONS = -5;

	static final int SAME_KIND = 5;

	static final int OTHER_KIND = -5;

	static final int SAME_TITLE = 60;

	static final int TITLE = 20;

	private MeetingScorer() {
	}

	/**
	 * @param givenPlaceWithin the query's place and every place it lies within
	 */
	static Candidate score(MeetingQuery query, Set<String> givenPlaceWithin, StoredMeeting stored, Labels labels) {
		Tally tally = new Tally();
		date(tally, DateComparison.compare(query.date(), query.endDate(), stored.date(), stored.endDate()));
		participants(tally, query.participants(), stored.participants(), labels);
		place(tally, query, givenPlaceWithin, stored, labels);
		if (query.country() != null && stored.country() != null) {
			String country = labels.of(RecordType.COUNTRY, stored.country());
			if (query.country().equals(stored.country())) {
				tally.add(SAME_COUNTRY, "in " + country + ", as given");
			}
			else {
				tally.add(OTHER_COUNTRY, "in " + country + ", not " + labels.of(RecordType.COUNTRY, query.country()));
			}
		}
		if (!query.organisations().isEmpty() && !stored.organisations().isEmpty()) {
			List<String> shared = shared(query.organisations(), stored.organisations());
			tally.add(shared.isEmpty() ? OTHER_ORGANISATIONS : SAME_ORGANISATIONS, shared.isEmpty()
					? "brings together none of the organisations given"
					: "brings together " + names(shared, RecordType.ORGANISATION, labels));
		}
		if (query.kind() != null && stored.kind() != null) {
			tally.add((query.kind() == stored.kind()) ? SAME_KIND : OTHER_KIND, EntityScorer.withArticle(stored.kind())
					+ ((query.kind() == stored.kind()) ? ", as given" : ", not " + EntityScorer.withArticle(query.kind())));
		}
		title(tally, query.title(), stored.title(), SAME_TITLE, TITLE);
		return tally.candidate(RecordType.MEETING, stored.id(), stored.title());
	}

	static void date(Tally tally, DateComparison dates) {
		switch (dates.outcome()) {
			case SAME_DAY -> tally.add(SAME_DAY, "held on " + dates.text() + ", as given");
			case SAME_MONTH_DAY -> tally.add(SAME_MONTH_DAY, "held on the same day of the year: " + dates.text());
			case OVERLAP -> tally.add(OVERLAP, "held in days both give: " + dates.text());
			case NEXT_DAY -> tally.add(NEXT_DAY, "held a day apart: " + dates.text());
			case DISJOINT -> tally.add(OTHER_DATE, "held " + dates.text());
			default -> {
			}
		}
	}

	private static void participants(Tally tally, Set<String> given, Set<String> stored, Labels labels) {
		if (given.isEmpty() || stored.isEmpty()) {
			return;
		}
		List<String> shared = shared(given, stored);
		String which = names(shared, RecordType.PERSON, labels) + " (" + shared.size() + " of " + given.size()
				+ " given)";
		switch (shared.size()) {
			case 0 -> tally.add(NO_PARTICIPANT, "none of the " + given.size() + " people given took part");
			case 1 -> tally.add(ONE_PARTICIPANT, "took part: " + which);
			case 2 -> tally.add(TWO_PARTICIPANTS, "took part: " + which);
			default -> tally.add(MORE_PARTICIPANTS, "took part: " + which);
		}
	}

	private static void place(Tally tally, MeetingQuery query, Set<String> givenWithin, StoredMeeting stored,
			Labels labels) {
		if (query.place() == null || stored.place() == null) {
			return;
		}
		String at = "at " + labels.of(RecordType.PLACE, stored.place());
		String given = labels.of(RecordType.PLACE, query.place());
		if (query.place().equals(stored.place())) {
			tally.add(SAME_PLACE, at + ", as given");
		}
		else if (stored.placeWithin().contains(query.place())) {
			tally.add(PLACE_WITHIN, at + ", in " + given + " as given");
		}
		else if (givenWithin.contains(stored.place())) {
			tally.add(PLACE_WITHIN, at + ", where " + given + " lies");
		}
		else {
			tally.add(OTHER_PLACE, at + ", not " + given);
		}
	}

	/**
	 * {@code same} points for the same title, up to {@code most} for titles alike; none against,
	 * since titles are editors' words.
	 */
	static void title(Tally tally, String given, String stored, int same, int most) {
		if (given == null || stored == null) {
			return;
		}
		if (Names.fold(given).equals(Names.fold(stored))) {
			tally.add(same, "the title '" + stored + "', as given");
			return;
		}
		NameMatch match = NameSimilarity.match(given, stored, true, false, false);
		int points = Math.round(match.score() * most / 100f);
		if (points > 0) {
			tally.add(points, "titles alike: " + match.reason());
		}
	}

	static List<String> shared(Set<String> given, Set<String> stored) {
		return given.stream().filter(stored::contains).sorted().toList();
	}

	static String names(List<String> ids, RecordType type, Labels labels) {
		return ids.stream().map((id) -> labels.of(type, id)).collect(Collectors.joining(", "));
	}

}
