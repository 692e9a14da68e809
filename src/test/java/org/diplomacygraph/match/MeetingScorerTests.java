package org.diplomacygraph.match;

import java.util.Set;

import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.values.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A second report of a meeting of the corpus, told apart from the other meetings by date, people and place. */
class MeetingScorerTests {

	@Test
	void theSameDayAndPeopleAreTheSameMeeting() {
		MeetingQuery report = new MeetingQuery(null, Meeting.Kind.MEETING, PartialDate.parse("2023-06-09"), null, null,
				"vietnam", Set.of("dinh-tien-dung", "luis-antonio-torres-iribar"), Set.of());
		Candidate talks = MeetingScorer.score(report, Set.of(), Corpus.DUNG_TORRES_IRIBAR_TALKS, Corpus.LABELS);
		assertThat(talks.score()).isEqualTo(35 + 45 + 5 - 5);
		assertThat(talks.reasons()).containsExactly(
				"took part: Đinh Tiến Dũng, Luis Antonio Torres Iríbar (2 of 2 given) (+45)",
				"held on 2023-06-09, as given (+35)", "in Vietnam, as given (+5)", "talks, not a meeting (-5)");
		// The visit around the talks shares a day and a person only.
		Candidate visit = MeetingScorer.score(report, Set.of(), Corpus.TORRES_IRIBAR_VISIT, Corpus.LABELS);
		assertThat(visit.score()).isEqualTo(20 + 25 + 5 - 5);
		assertThat(visit.reasons()).contains("held in days both give: 2023-06-05/2023-06-15 and 2023-06-09 (+20)");
	}

	@Test
	void anotherDayOrOtherPeopleCountAgainst() {
		MeetingQuery report = new MeetingQuery(null, null, PartialDate.parse("2024-09"), null, null, null,
				Set.of("to-lam"), Set.of());
		Candidate talks = MeetingScorer.score(report, Set.of(), Corpus.DUNG_TORRES_IRIBAR_TALKS, Corpus.LABELS);
		assertThat(talks.score()).isZero();
		assertThat(talks.reasons()).containsExactly("held 2023-06-09, not 2024-09 (-40)",
				"none of the 1 people given took part (-25)");
	}

	@Test
	void aPlaceWithinTheOtherCounts() {
		// A report placing the conversation in Havana: the Palace of the Revolution lies there.
		MeetingQuery havana = new MeetingQuery(null, Meeting.Kind.CONVERSATION, PartialDate.parse("2025-04-29"), null,
				"havana", "cuba", Set.of("miguel-diaz-canel"), Set.of());
		Candidate conversation = MeetingScorer.score(havana, Set.of("havana"), Corpus.DIAZ_CANEL_LE_QUANG_LONG,
				Corpus.LABELS);
		assertThat(conversation.score()).isEqualTo(35 + 25 + 10 + 5 + 5);
		assertThat(conversation.reasons()).contains("at Palace of the Revolution, in Havana as given (+10)");
		// And one placing it at the palace, when the stored meeting says Havana only.
		StoredMeeting inHavana = new StoredMeeting("m", "m", null, PartialDate.parse("2025-04-29"), null, "havana",
				Set.of("havana"), "cuba", Set.of(), Set.of());
		MeetingQuery palace = new MeetingQuery(null, null, PartialDate.parse("2025-04-29"), null,
				"palace-of-the-revolution", null, Set.of(), Set.of());
		assertThat(MeetingScorer.score(palace, Set.of("palace-of-the-revolution", "havana"), inHavana, Corpus.LABELS)
			.reasons()).contains("at Havana, where Palace of the Revolution lies (+10)");
		MeetingQuery hanoi = new MeetingQuery(null, null, null, null, "hanoi", null, Set.of(), Set.of());
		assertThat(MeetingScorer.score(hanoi, Set.of("hanoi"), Corpus.DIAZ_CANEL_LE_QUANG_LONG, Corpus.LABELS)
			.reasons()).containsExactly("at Palace of the Revolution, not Hanoi (-20)");
	}

	@Test
	void aDayWithoutYearMatchesByDayAndMonth() {
		MeetingQuery report = new MeetingQuery("Reception of Yu Luming by Ngo Thi Thanh Hang", Meeting.Kind.RECEPTION,
				PartialDate.parse("2025-06-24"), null, null, null, Set.of("yu-luming"), Set.of("cppcc-beijing"));
		Candidate reception = MeetingScorer.score(report, Set.of(), Corpus.HANG_YU_LUMING_RECEPTION, Corpus.LABELS);
		assertThat(reception.score()).isEqualTo(100);
		assertThat(reception.reasons()).containsExactly(
				"the title 'Reception of Yu Luming by Ngô Thị Thanh Hằng', as given (+60)",
				"took part: yu-luming (1 of 1 given) (+25)",
				"held on the same day of the year: 2025-06-24 and --06-24 (+20)", "brings together cppcc-beijing (+5)",
				"a reception, as given (+5)");
	}

	@Test
	void aTitleAloneIsLikelyAtMostAndTitlesAlikeCountLittle() {
		MeetingQuery title = new MeetingQuery("Talks between Dinh Tien Dung and Luis Antonio Torres Iribar", null, null,
				null, null, null, Set.of(), Set.of());
		assertThat(MeetingScorer.score(title, Set.of(), Corpus.DUNG_TORRES_IRIBAR_TALKS, Corpus.LABELS).score())
			.isEqualTo(MeetingScorer.SAME_TITLE);
		MeetingQuery alike = new MeetingQuery("Dung and Torres Iribar hold talks", null, null, null, null, null,
				Set.of(), Set.of());
		int points = MeetingScorer.score(alike, Set.of(), Corpus.DUNG_TORRES_IRIBAR_TALKS, Corpus.LABELS).score();
		assertThat(points).isPositive().isLessThanOrEqualTo(MeetingScorer.TITLE);
	}

}
