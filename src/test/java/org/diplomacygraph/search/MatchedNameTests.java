package org.diplomacygraph.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which name of an entity a query matched best. */
class MatchedNameTests {

	static final List<String> TO_LAM = List.of("Tô Lâm", "To Lam", "General Secretary Lâm", "General Secretary To Lam",
			"Party chief Lâm", "Party chief Tô Lâm", "Lâm", "Lam");

	static final List<String> HANOI = List.of("Hanoi", "Hà Nội");

	static final List<String> TORRES_IRIBAR = List.of("Luis Antonio Torres Iríbar", "Torres Iríbar");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			General Secretary Lam  | General Secretary Lâm
			general secretary lâm  | General Secretary Lâm
			to lam                 | To Lam
			Tô Lâm                 | Tô Lâm
			TO LAM                 | To Lam
			party chief            | Party chief Lâm
			party chief to lam     | Party chief Tô Lâm
			lam                    | Lam
			lâm                    | Lâm
			gen sec lam            | General Secretary Lâm
			""")
	void theNameWithTheMostMatchingWordsAndTheFewestOthersWins(String query, String matched) {
		assertThat(MatchedName.best(query, TO_LAM)).isEqualTo(matched);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			to lam  | To Lam
			tô lâm  | Tô Lâm
			TÔ LÂM  | Tô Lâm
			lam     | Lam
			LÂM     | Lâm
			""")
	void amongEqualFoldedMatchesTheSpellingOfTheQueryWins(String query, String matched) {
		assertThat(MatchedName.best(query, List.of("Tô Lâm", "To Lam", "Lâm", "Lam"))).isEqualTo(matched);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ha noi  | Hà Nội
			hà nội  | Hà Nội
			HÀ NỘI  | Hà Nội
			hanoi   | Hanoi
			han     | Hanoi
			hanio   | Hanoi
			""")
	void foldedWordsMatchTheSpellingTheyFold(String query, String matched) {
		assertThat(MatchedName.best(query, HANOI)).isEqualTo(matched);
	}

	@Test
	void prefixesAndTyposCount() {
		assertThat(MatchedName.best("torres iri", TORRES_IRIBAR)).isEqualTo("Torres Iríbar");
		assertThat(MatchedName.best("antonio tores", TORRES_IRIBAR)).isEqualTo("Luis Antonio Torres Iríbar");
		assertThat(MatchedName.best("polanko", List.of("Rogelio Polanco Fuentes", "Polanco Fuentes")))
			.isEqualTo("Polanco Fuentes");
	}

	@Test
	void aShortWordIsThePrefixOfALongerOneOnlyAtTheEndOfTheQuery() {
		// "la" of "la hoai" is a word of its own, not the beginning of Lâm; at the end it is being typed.
		assertThat(MatchedName.best("la hoai", List.of("Lâm Hoài", "Hoài"))).isEqualTo("Hoài");
		assertThat(MatchedName.best("hoai la", List.of("Hoài", "Lâm Hoài"))).isEqualTo("Lâm Hoài");
		assertThat(MatchedName.matchesAsPrefix("la", false)).isFalse();
		assertThat(MatchedName.matchesAsPrefix("la", true)).isTrue();
		assertThat(MatchedName.matchesAsPrefix("hoa", false)).isTrue();
	}

	@Test
	void vietnameseDMatchesD() {
		assertThat(MatchedName.best("Đinh", List.of("Đinh Tiến Dũng", "Dinh Tien Dung", "Dung")))
			.isEqualTo("Đinh Tiến Dũng");
		assertThat(MatchedName.best("dinh tien dung", List.of("Đinh Tiến Dũng", "Dinh Tien Dung", "Dung")))
			.isEqualTo("Dinh Tien Dung");
	}

	@Test
	void withoutAnyMatchTheCanonicalNameIsGiven() {
		assertThat(MatchedName.best("xylophone", HANOI)).isEqualTo("Hanoi");
	}

	@Test
	void aTypoIsOneInsertionDeletionSubstitutionOrSwap() {
		assertThat(MatchedName.withinOneEdit("polanco", "polanco")).isTrue();
		assertThat(MatchedName.withinOneEdit("polanko", "polanco")).isTrue();
		assertThat(MatchedName.withinOneEdit("polaco", "polanco")).isTrue();
		assertThat(MatchedName.withinOneEdit("polannco", "polanco")).isTrue();
		assertThat(MatchedName.withinOneEdit("ploanco", "polanco")).isTrue();
		assertThat(MatchedName.withinOneEdit("polanoc", "polanco")).isTrue();
		assertThat(MatchedName.withinOneEdit("xolanco", "polanco")).isTrue();
		assertThat(MatchedName.withinOneEdit("polankko", "polanco")).isFalse();
		assertThat(MatchedName.withinOneEdit("plonaco", "polanco")).isFalse();
		assertThat(MatchedName.withinOneEdit("pol", "polanco")).isFalse();
	}

}
