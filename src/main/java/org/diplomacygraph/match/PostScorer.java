package org.diplomacygraph.match;

import org.diplomacygraph.match.NameSimilarity.NameMatch;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Names;

/**
 * Scores a stored post of the person a query names (only that person's posts are candidates):
 * <ul>
 * <li>title: {@value #SAME_TITLE} the same once folded, else up to {@value #TITLE} by its
 * {@link NameSimilarity similarity} ({@code Secretary}, {@code Party Secretary});</li>
 * <li>organisation: {@value #SAME_BODY} the same, {@value #RELATED_BODY} one the parent of the other
 * (the General Secretary of the party and of its Central Committee), {@value #OTHER_BODY} another;
 * the same for a country headed;</li>
 * <li>dates held: {@value #DATES_AGREE} if they overlap, {@value #OTHER_DATES} if they do not.</li>
 * </ul>
 */
final class PostScorer {

	static final int SAME_TITLE = 50;

	static final int TITLE = 45;

	static final int SAME_BODY = 40;

	static final int RELATED_BODY = 20;

	static final int OTHER_BODY = -30;

	static final int DATES_AGREE = 10;

	static final int OTHER_DATES = -25;

	private PostScorer() {
	}

	/**
	 * @param givenOrganisationParent the parent of the query's organisation, or null
	 */
	static Candidate score(PostQuery query, String givenOrganisationParent, StoredPost stored, Labels labels) {
		Tally tally = new Tally();
		if (query.title() != null && stored.title() != null) {
			if (Names.fold(query.title()).equals(Names.fold(stored.title()))) {
				tally.add(SAME_TITLE, "the title '" + stored.title() + "', as given");
			}
			else {
				NameMatch match = NameSimilarity.match(query.title(), stored.title(), true, false, false);
				int points = Math.round(match.score() * TITLE / 100f);
				if (points > 0) {
					tally.add(points, "titles alike: " + match.reason());
				}
			}
		}
		body(tally, query, givenOrganisationParent, stored, labels);
		DateComparison from = DateComparison.compare(query.from(), query.until(), stored.from(), stored.until());
		if (from.outcome() == DateComparison.Outcome.DISJOINT) {
			tally.add(OTHER_DATES, "held " + from.text());
		}
		else if (from.outcome() != DateComparison.Outcome.UNKNOWN) {
			tally.add(DATES_AGREE, "held in days both give: " + from.text());
		}
		return tally.candidate(RecordType.POSITION, stored.id(), stored.title());
	}

	private static void body(Tally tally, PostQuery query, String givenParent, StoredPost stored, Labels labels) {
		if (query.organisation() != null && stored.organisation() != null) {
			String at = "at " + labels.of(RecordType.ORGANISATION, stored.organisation());
			String given = labels.of(RecordType.ORGANISATION, query.organisation());
			if (query.organisation().equals(stored.organisation())) {
				tally.add(SAME_BODY, at + ", as given");
			}
			else if (query.organisation().equals(stored.organisationParent())) {
				tally.add(RELATED_BODY, at + ", part of " + given + " as given");
			}
			else if (stored.organisation().equals(givenParent)) {
				tally.add(RELATED_BODY, at + ", of which " + given + " is part");
			}
			else {
				tally.add(OTHER_BODY, at + ", not " + given);
			}
		}
		else if (query.country() != null && stored.country() != null) {
			String at = "at the head of " + labels.of(RecordType.COUNTRY, stored.country());
			if (query.country().equals(stored.country())) {
				tally.add(SAME_BODY, at + ", as given");
			}
			else {
				tally.add(OTHER_BODY, at + ", not " + labels.of(RecordType.COUNTRY, query.country()));
			}
		}
		else if ((query.organisation() != null) != (stored.organisation() != null)
				&& (query.organisation() != null || query.country() != null)) {
			tally.add(OTHER_BODY, (stored.organisation() != null)
					? "at " + labels.of(RecordType.ORGANISATION, stored.organisation()) + ", not at the head of a country"
					: "at the head of a country, not at an organisation");
		}
	}

}
