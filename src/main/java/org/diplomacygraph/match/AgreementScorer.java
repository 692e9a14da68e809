package org.diplomacygraph.match;

import java.util.ArrayList;
import java.util.List;

import org.diplomacygraph.record.RecordType;

/**
 * Scores a stored agreement against a report of one:
 * <ul>
 * <li>parties (organisations and countries): {@value #ONE_PARTY} for one shared, {@value #PARTIES}
 * for two or more; {@value #NO_PARTY} if both name parties and none is shared;</li>
 * <li>kind: {@value #SAME_KIND} the same, {@value #OTHER_KIND} another;</li>
 * <li>validity: {@value #SAME_VALIDITY} if the periods agree (partial dates as ranges),
 * {@value #OTHER_VALIDITY} if they do not;</li>
 * <li>signing date: {@value #SAME_SIGNING} the same day, {@value #SIGNING_OVERLAP} overlapping,
 * {@value #OTHER_SIGNING} apart;</li>
 * <li>meeting signed at: {@value #SAME_MEETING} the same, {@value #OTHER_MEETING} another;</li>
 * <li>title: {@value #SAME_TITLE} the same once folded, else up to {@value #TITLE} by its
 * {@link NameSimilarity similarity}, which counts more than a meeting's: an agreement's title names
 * the document.</li>
 * </ul>
 */
final class AgreementScorer {

	static final int ONE_PARTY = 20;

	static final int PARTIES = 35;

	static final int NO_PARTY = -25;

	static final int SAME_KIND = 10;

	static final int OTHER_KIND = -15;

	static final int SAME_VALIDITY = 15;

	static final int OTHER_VALIDITY = -20;

	static final int SAME_SIGNING = 15;

	static final int SIGNING_OVERLAP = 10;

	static final int OTHER_SIGNING = -25;

	static final int SAME_MEETING = 20;

	static final int OTHER_MEETING = -10;

	static final int SAME_TITLE = 70;

	static final int TITLE = 40;

	private AgreementScorer() {
	}

	static Candidate score(AgreementQuery query, StoredAgreement stored, Labels labels) {
		Tally tally = new Tally();
		parties(tally, query, stored, labels);
		if (query.kind() != null && stored.kind() != null) {
			tally.add((query.kind() == stored.kind()) ? SAME_KIND : OTHER_KIND, EntityScorer.withArticle(stored.kind())
					+ ((query.kind() == stored.kind()) ? ", as given" : ", not " + EntityScorer.withArticle(query.kind())));
		}
		validity(tally, query, stored);
		DateComparison signed = DateComparison.compare(query.signedOn(), null, stored.signedOn(), null);
		switch (signed.outcome()) {
			case SAME_DAY, SAME_MONTH_DAY -> tally.add(SAME_SIGNING, "signed on " + signed.text() + ", as given");
			case OVERLAP, NEXT_DAY -> tally.add(SIGNING_OVERLAP, "signed in days both give: " + signed.text());
			case DISJOINT -> tally.add(OTHER_SIGNING, "signed " + signed.text());
			default -> {
			}
		}
		if (query.meeting() != null && stored.meeting() != null) {
			String at = "signed at " + labels.of(RecordType.MEETING, stored.meeting());
			if (query.meeting().equals(stored.meeting())) {
				tally.add(SAME_MEETING, at + ", as given");
			}
			else {
				tally.add(OTHER_MEETING, at + ", not " + labels.of(RecordType.MEETING, query.meeting()));
			}
		}
		MeetingScorer.title(tally, query.title(), stored.title(), SAME_TITLE, TITLE);
		return tally.candidate(RecordType.AGREEMENT, stored.id(), stored.title());
	}

	private static void parties(Tally tally, AgreementQuery query, StoredAgreement stored, Labels labels) {
		int given = query.organisations().size() + query.countries().size();
		int storedParties = stored.organisations().size() + stored.countries().size();
		if (given == 0 || storedParties == 0) {
			return;
		}
		List<String> shared = new ArrayList<>();
		MeetingScorer.shared(query.organisations(), stored.organisations())
			.forEach((id) -> shared.add(labels.of(RecordType.ORGANISATION, id)));
		MeetingScorer.shared(query.countries(), stored.countries())
			.forEach((id) -> shared.add(labels.of(RecordType.COUNTRY, id)));
		String which = String.join(", ", shared) + " (" + shared.size() + " of " + given + " given)";
		switch (shared.size()) {
			case 0 -> tally.add(NO_PARTY, "none of the " + given + " parties given is a party");
			case 1 -> tally.add(ONE_PARTY, "parties: " + which);
			default -> tally.add(PARTIES, "parties: " + which);
		}
	}

	private static void validity(Tally tally, AgreementQuery query, StoredAgreement stored) {
		DateComparison from = DateComparison.compare(query.validFrom(), null, stored.validFrom(), null);
		DateComparison until = DateComparison.compare(query.validUntil(), null, stored.validUntil(), null);
		List<DateComparison> compared = List.of(from, until);
		if (compared.stream().allMatch((dates) -> dates.outcome() == DateComparison.Outcome.UNKNOWN)) {
			return;
		}
		String period = text(stored.validFrom()) + "–" + text(stored.validUntil());
		if (compared.stream().anyMatch((dates) -> dates.outcome() == DateComparison.Outcome.DISJOINT)) {
			tally.add(OTHER_VALIDITY, "valid " + period + ", not " + text(query.validFrom()) + "–" + text(query.validUntil()));
		}
		else {
			tally.add(SAME_VALIDITY, "valid " + period + ", as given");
		}
	}

	private static String text(org.diplomacygraph.values.PartialDate date) {
		return (date != null) ? date.text() : "?";
	}

}
