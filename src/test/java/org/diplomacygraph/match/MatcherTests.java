package org.diplomacygraph.match;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.PartialDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher on the packaged corpus, as other outlets' reports name its records: candidates
 * retrieved from the search index and indexed columns, then scored, in a bounded number of statements.
 */
// The plain web context of the HTTP tests (HttpProtocolApiTests, ReconcileApiTests): one context for all.
@ApiTest
class MatcherTests {

	@Autowired
	Matcher matcher;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void statistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ORGANISATION | Parti communiste du Vietnam   | communist-party-of-vietnam
			ORGANISATION | La Habana Party Committee     | havana-party-committee
			ORGANISATION | Partido Comunista do Vietnã   | communist-party-of-vietnam
			ORGANISATION | CPV                           | communist-party-of-vietnam
			ORGANISATION | PCC                           | communist-party-of-cuba
			ORGANISATION | VFF                           | vietnam-fatherland-front
			ORGANISATION | Hanoi Peoples Committee       | hanoi-peoples-committee
			PERSON       | To Lam                        | to-lam
			PERSON       | Miguel Diaz-Canel             | miguel-diaz-canel
			PERSON       | Rogelio Polanko Fuentes       | rogelio-polanco-fuentes
			PERSON       | Dinh Tien Dung                | dinh-tien-dung
			PERSON       | Luis Antonio Torres Iribar    | luis-antonio-torres-iribar
			PLACE        | La Habana                     | havana
			PLACE        | Ha Noi                        | hanoi
			PLACE        | Pinar del Rio                 | pinar-del-rio
			COUNTRY      | Viet Nam                      | vietnam
			COUNTRY      | VN                            | vietnam
			COUNTRY      | República de Cuba             | cuba
			""")
	void otherOutletsSpellingsFindTheStoredRecordFirst(RecordType type, String name, String id) {
		Ranking ranking = this.matcher.entities(EntityQuery.named(type, name), 5);
		assertThat(ranking.best()).get().extracting(Candidate::id).isEqualTo(id);
		assertThat(ranking.best().get().reasons()).isNotEmpty();
	}

	@Test
	void anExactNameIsUnambiguousAndAOneWordNameIsNot() {
		Ranking toLam = this.matcher.entities(EntityQuery.person("Tô Lâm", List.of(), "vietnam", Set.of()), 5);
		assertThat(toLam.unambiguous()).isTrue();
		assertThat(toLam.best().get().score()).isEqualTo(100);
		Ranking lam = this.matcher.entities(EntityQuery.named(RecordType.PERSON, "Lam"), 5);
		assertThat(lam.best().get().id()).isEqualTo("to-lam");
		assertThat(lam.unambiguous()).isFalse();
	}

	@Test
	void propertiesTellNamesakesApart() {
		// "Communist Party" alone is the Vietnamese and the Cuban party alike; the country decides.
		Ranking both = this.matcher.entities(EntityQuery.named(RecordType.ORGANISATION, "Communist Party"), 5);
		assertThat(both.candidates()).extracting(Candidate::id)
			.contains("communist-party-of-vietnam", "communist-party-of-cuba");
		assertThat(both.unambiguous()).isFalse();
		Ranking cuban = this.matcher.entities(EntityQuery.organisation("Communist Party", List.of(),
				Organisation.Kind.PARTY, "cuba", null), 5);
		assertThat(cuban.best().get().id()).isEqualTo("communist-party-of-cuba");
		assertThat(cuban.candidates().get(1).score()).isLessThanOrEqualTo(cuban.best().get().score() - 30);
	}

	@Test
	void aGlobalIdIsItsRecord() {
		String id = GlobalId.encode("Person", "yu-luming");
		Ranking ranking = this.matcher.entities(EntityQuery.named(RecordType.PERSON, id), 5);
		assertThat(ranking.best().get()).extracting(Candidate::id, Candidate::score).containsExactly("yu-luming", 100);
		assertThat(ranking.best().get().reasons()).containsExactly("'" + id + "' is its ID");
		// The ID of another type is no name of a person.
		assertThat(this.matcher.entities(EntityQuery.named(RecordType.PERSON, GlobalId.encode("Place", "hanoi")), 5)
			.candidates()).isEmpty();
	}

	@Test
	void aMeetingIsFoundByItsDayAndPeople() {
		MeetingQuery report = new MeetingQuery(null, Meeting.Kind.TALKS, PartialDate.parse("2023-06-09"), null, null,
				"vietnam", Set.of("dinh-tien-dung", "luis-antonio-torres-iribar"), Set.of());
		Ranking ranking = this.matcher.meetings(report, 5);
		assertThat(ranking.candidates()).extracting(Candidate::id)
			.startsWith("dung-torres-iribar-talks-2023-06-09", "torres-iribar-visit-vietnam-2023");
		assertThat(ranking.unambiguous()).isTrue();
		assertThat(ranking.best().get().reasons()).contains("held on 2023-06-09, as given (+35)",
				"took part: Đinh Tiến Dũng, Luis Antonio Torres Iríbar (2 of 2 given) (+45)");
	}

	@Test
	void aMeetingIsFoundByItsPlaceWithinAnother() {
		// The conversation at the Palace of the Revolution, reported as held in Havana.
		MeetingQuery report = new MeetingQuery(null, null, PartialDate.parse("2025-04-29"), null, "havana", null,
				Set.of("miguel-diaz-canel"), Set.of());
		Ranking ranking = this.matcher.meetings(report, 5);
		assertThat(ranking.best().get().id()).isEqualTo("diaz-canel-le-quang-long-2025-04-29");
		assertThat(ranking.best().get().reasons()).contains("at Palace of the Revolution, in Havana as given (+10)",
				"in Cuba, as given (+5)");
	}

	@Test
	void anAgreementIsFoundByItsPartiesKindAndValidity() {
		AgreementQuery report = new AgreementQuery(null, Agreement.Kind.COOPERATION_AGREEMENT, PartialDate.parse("2023-06"),
				PartialDate.parse("2023"), PartialDate.parse("2028"), Set.of("hanoi-party-committee",
						"havana-party-committee"), Set.of(), null);
		Ranking ranking = this.matcher.agreements(report, 5);
		assertThat(ranking.best().get().id()).isEqualTo("hanoi-havana-cooperation-2023-2028");
		// Without a title: a likely duplicate for a person to confirm, not the same beyond doubt.
		assertThat(ranking.best().get().score()).isBetween(Thresholds.LIKELY, Thresholds.SAME - 1);
		// The rice handover, signed the same day by the same parties, is another kind of document.
		assertThat(ranking.candidates()).extracting(Candidate::id).doesNotContain("hanoi-havana-rice-handover-2023");
	}

	@Test
	void aPostIsFoundAmongItsPersonsPosts() {
		Ranking ranking = this.matcher.posts(new PostQuery("to-lam", "General Secretary", "communist-party-of-vietnam",
				null, null, null), 5);
		assertThat(ranking.best().get().id()).isEqualTo("to-lam/general-secretary");
		assertThat(ranking.best().get().globalId()).isEqualTo(GlobalId.encode("Position", "to-lam/general-secretary"));
	}

	@Test
	void aQueryRunsAFewStatementsWhateverTheCandidates() {
		this.statistics.clear();
		this.matcher.entities(EntityQuery.person("Nguyen", List.of(), "vietnam", Set.of("hanoi-party-committee")), 50);
		// Hits loaded, their aliases, their posts, the names reasons give.
		long people = this.statistics.getPrepareStatementCount();
		this.statistics.clear();
		this.matcher.meetings(new MeetingQuery("Talks", null, PartialDate.parse("2025-09"), null, "hanoi", null,
				Set.of("to-lam", "miguel-diaz-canel"), Set.of()), 50);
		long meetings = this.statistics.getPrepareStatementCount();
		assertThat(people).isLessThanOrEqualTo(6);
		assertThat(meetings).isLessThanOrEqualTo(12);
	}

}
