package org.diplomacygraph.match;

import java.util.List;
import java.util.Set;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties of people, organisations, places and countries as evidence for and against. */
class EntityScorerTests {

	@Test
	void aNameInAnotherLanguageWithItsCountryAndKindIsTheSameOrganisation() {
		Candidate candidate = EntityScorer.score(EntityQuery.organisation("Parti communiste du Vietnam", List.of(),
				Organisation.Kind.PARTY, "vietnam", null), Corpus.CPV, Corpus.LABELS);
		assertThat(candidate.score()).isEqualTo(93);
		assertThat(candidate.reasons()).containsExactly(
				"'Parti communiste du Vietnam' and its name 'Communist Party of Vietnam' share 3 of 3 words "
						+ "(parti≈party, communiste≈communist) (+85)",
				"in Vietnam, as given (+5)", "a party, as given (+3)");
		assertThat(candidate.globalId()).isEqualTo(org.diplomacygraph.values.GlobalId.encode("Organisation",
				"communist-party-of-vietnam"));
	}

	@Test
	void anotherCountryOrKindCountsAgainst() {
		Candidate cuba = EntityScorer.score(EntityQuery.organisation("Communist Party of Vietnam", List.of(), null,
				"cuba", null), Corpus.CPV, Corpus.LABELS);
		assertThat(cuba.score()).isEqualTo(100 - 30);
		assertThat(cuba.reasons()).contains("in Vietnam, not Cuba (-30)");
		Candidate embassy = EntityScorer.score(EntityQuery.organisation("Communist Party of Vietnam", List.of(),
				Organisation.Kind.EMBASSY, null, null), Corpus.CPV, Corpus.LABELS);
		assertThat(embassy.score()).isEqualTo(90);
		assertThat(embassy.reasons()).contains("a party, not an embassy (-10)");
	}

	@Test
	void theParentOrganisationCountsForAndAgainst() {
		Candidate same = EntityScorer.score(EntityQuery.organisation("La Habana Party Committee", List.of(),
				Organisation.Kind.PARTY_COMMITTEE, "cuba", "communist-party-of-cuba"), Corpus.HAVANA_PARTY_COMMITTEE,
				Corpus.LABELS);
		assertThat(same.score()).isEqualTo(85 + 5 + 5 + 3);
		assertThat(same.reasons()).contains("part of Communist Party of Cuba, as given (+5)");
		Candidate other = EntityScorer.score(EntityQuery.organisation("Havana Party Committee", List.of(), null, null,
				"communist-party-of-vietnam"), Corpus.HAVANA_PARTY_COMMITTEE, Corpus.LABELS);
		assertThat(other.score()).isEqualTo(85);
		assertThat(other.reasons()).contains("part of Communist Party of Cuba, not Communist Party of Vietnam (-15)");
	}

	@Test
	void anAcronymFindsItsOrganisationAndAnotherOrderIsWeaker() {
		assertThat(EntityScorer.score(EntityQuery.named(org.diplomacygraph.record.RecordType.ORGANISATION, "CPV"),
				Corpus.CPV, Corpus.LABELS).score()).isEqualTo(95);
		Candidate pcc = EntityScorer.score(EntityQuery.organisation("PCC", List.of(), null, "cuba", null), Corpus.CPC,
				Corpus.LABELS);
		assertThat(pcc.score()).isEqualTo(75 + 5);
		assertThat(pcc.reasons()).first().asString().startsWith("'PCC' has the initials of 'Communist Party of Cuba'");
	}

	@Test
	void aPersonsNationalityAndPostsCount() {
		Candidate toLam = EntityScorer.score(EntityQuery.person("To Lam", List.of(), "vietnam",
				Set.of("cpv-central-committee")), Corpus.TO_LAM, Corpus.LABELS);
		assertThat(toLam.score()).isEqualTo(100);
		assertThat(toLam.reasons()).containsExactly(
				"'To Lam' is its name 'Tô Lâm', case, diacritics and punctuation aside (+100)",
				"holds a post at Central Committee of the Communist Party of Vietnam (+10)",
				"a national of Vietnam, as given (+5)");
		Candidate lam = EntityScorer.score(EntityQuery.person("Lam", List.of(), "cuba", Set.of("communist-party-of-cuba")),
				Corpus.TO_LAM, Corpus.LABELS);
		assertThat(lam.score()).isEqualTo(70 - 25 - 5);
		assertThat(lam.reasons()).containsExactly("'Lam' is its other name 'Lam', but one word alone names many (+70)",
				"a national of Vietnam, not Cuba (-25)", "holds posts, but none at Communist Party of Cuba (-5)");
	}

	@Test
	void aPlaceInAnotherLanguageAndItsCountry() {
		Candidate laHabana = EntityScorer.score(EntityQuery.place("La Habana", List.of(), Place.Kind.CITY, "cuba", null),
				Corpus.HAVANA, Corpus.LABELS);
		assertThat(laHabana.score()).isEqualTo(85 + 5 + 3);
		assertThat(laHabana.reasons()).first().asString().contains("habana≈havana");
	}

	@Test
	void aCountryIsFoundByItsNameAliasOrCode() {
		assertThat(EntityScorer.score(EntityQuery.country("Việt Nam", List.of()), Corpus.VIETNAM, Corpus.LABELS).score())
			.isEqualTo(95);
		Candidate code = EntityScorer.score(EntityQuery.country("VN", List.of()), Corpus.VIETNAM, Corpus.LABELS);
		assertThat(code.score()).isEqualTo(95);
		assertThat(code.reasons()).containsExactly("'VN' is its ISO code (+95)");
	}

	@Test
	void nothingAlikeScoresNothing() {
		assertThat(EntityScorer.score(EntityQuery.named(org.diplomacygraph.record.RecordType.PLACE, "Beijing"),
				Corpus.HAVANA, Corpus.LABELS).score()).isZero();
	}

}
