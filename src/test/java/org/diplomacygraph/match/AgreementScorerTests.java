package org.diplomacygraph.match;

import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.values.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Agreements of the corpus found again by their parties, kind, validity, signing and title. */
class AgreementScorerTests {

	/** The Hanoi–Havana agreement as 001 has it: signed at the talks of 9 June 2023, valid 2023–2028. */
	static final StoredAgreement HANOI_HAVANA = new StoredAgreement("hanoi-havana-cooperation-2023-2028",
			"Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
			Agreement.Kind.COOPERATION_AGREEMENT, PartialDate.parse("2023-06-09"), PartialDate.parse("2023"),
			PartialDate.parse("2028"), "dung-torres-iribar-talks-2023-06-09",
			Set.of("hanoi-party-committee", "havana-party-committee"), Set.of());

	/** The rice handover, signed the same day between the same parties. */
	static final StoredAgreement RICE_HANDOVER = new StoredAgreement("hanoi-havana-rice-handover-2023",
			"Handover of 2,000 tonnes of rice as Hanoi's gift to Havana", Agreement.Kind.HANDOVER_DOCUMENT,
			PartialDate.parse("2023-06-09"), null, null, "dung-torres-iribar-talks-2023-06-09",
			Set.of("hanoi-party-committee", "havana-party-committee"), Set.of());

	@Test
	void partiesKindAndValidityFindTheAgreementOfAnotherReport() {
		// 000's report of it: "in June 2023 ... signed a cooperation agreement for the 2023-2028 period".
		AgreementQuery report = new AgreementQuery("Hanoi–Havana cooperation agreement 2023–2028",
				Agreement.Kind.COOPERATION_AGREEMENT, PartialDate.parse("2023-06"), PartialDate.parse("2023"),
				PartialDate.parse("2028"), Set.of("hanoi-party-committee", "havana-party-committee"), Set.of(), null);
		Candidate agreement = AgreementScorer.score(report, HANOI_HAVANA, Corpus.LABELS);
		assertThat(agreement.score()).isGreaterThanOrEqualTo(Thresholds.SAME);
		assertThat(agreement.reasons()).startsWith(
				"parties: Hanoi Party Committee, Havana Party Committee (2 of 2 given) (+35)");
		assertThat(agreement.reasons()).contains("a cooperation agreement, as given (+10)",
				"valid 2023–2028, as given (+15)", "signed in days both give: 2023-06-09 and 2023-06 (+10)");
		// The handover shares parties and day, but is another kind of document.
		Candidate handover = AgreementScorer.score(report, RICE_HANDOVER, Corpus.LABELS);
		assertThat(handover.score()).isLessThan(Thresholds.LIKELY);
		assertThat(handover.reasons()).contains("a handover document, not a cooperation agreement (-15)");
	}

	@Test
	void otherPartiesPeriodsAndMeetingsCountAgainst() {
		AgreementQuery report = new AgreementQuery(null, null, PartialDate.parse("2025-09"), PartialDate.parse("2002"),
				PartialDate.parse("2025"), Set.of(), Set.of("vietnam", "cuba"), "to-lam-diaz-canel-talks-2025-09");
		Candidate agreement = AgreementScorer.score(report, HANOI_HAVANA, Corpus.LABELS);
		assertThat(agreement.score()).isZero();
		assertThat(agreement.reasons()).containsExactly("none of the 2 parties given is a party (-25)",
				"signed 2023-06-09, not 2025-09 (-25)", "valid 2023–2028, not 2002–2025 (-20)",
				"signed at Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar, not "
						+ "to-lam-diaz-canel-talks-2025-09 (-10)");
	}

	@Test
	void theSameTitleIsStrongAndTitlesAlikeCountUpToForty() {
		AgreementQuery title = new AgreementQuery(
				"Cooperation Agreement between the Hanoi and Havana Party Committees for 2023-2028", null, null, null,
				null, Set.of(), Set.of(), null);
		assertThat(AgreementScorer.score(title, HANOI_HAVANA, Corpus.LABELS).score()).isEqualTo(AgreementScorer.SAME_TITLE);
		AgreementQuery alike = new AgreementQuery("Hanoi Havana party committees cooperation agreement", null, null, null,
				null, Set.of(), Set.of(), null);
		Candidate candidate = AgreementScorer.score(alike, HANOI_HAVANA, Corpus.LABELS);
		assertThat(candidate.score()).isBetween(20, AgreementScorer.TITLE);
		assertThat(candidate.reasons()).first().asString().startsWith("titles alike: ");
	}

}
