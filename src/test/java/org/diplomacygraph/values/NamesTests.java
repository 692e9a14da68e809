package org.diplomacygraph.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding, words, function words and initials of names from the corpus and its languages. */
class NamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đinh Tiến Dũng                    | dinh tien dung
			ĐỒNG NAI                          | dong nai
			Tô Lâm                            | to lam
			Partido Comunista do Vietnã       | partido comunista do vietna
			Palácio da Revolução              | palacio da revolucao
			Peña Muñoz                        | pena munoz
			Díaz-Canel Bermúdez               | diaz canel bermudez
			Vietnam–Cuba Youth Network        | vietnam cuba youth network
			'  Hanoi   Party  Committee '     | hanoi party committee
			Hanoi People’s Committee          | hanoi people s committee
			Communist Party of Việt Nam (CPV) | communist party of viet nam cpv
			Łódź Øresund Æsir Straße          | lodz oresund aesir strasse
			""")
	void foldIgnoresCaseDiacriticsPunctuationAndSpacing(String name, String folded) {
		assertThat(Names.fold(name)).isEqualTo(folded);
	}

	@Test
	void contentWordsLeaveOutTheWordsThatJoinOthers() {
		assertThat(Names.contentWords("Parti communiste du Vietnam")).containsExactly("parti", "communiste", "vietnam");
		assertThat(Names.contentWords("Partido Comunista de Cuba")).containsExactly("partido", "comunista", "cuba");
		assertThat(Names.contentWords("Chinese People's Political Consultative Conference"))
			.containsExactly("chinese", "people", "political", "consultative", "conference");
		// A name of function words only keeps them.
		assertThat(Names.contentWords("La")).containsExactly("la");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Communist Party of Vietnam                                     | cpv
			Communist Party of Cuba                                        | cpc
			Partido Comunista de Cuba                                      | pcc
			Vietnam Fatherland Front                                       | vff
			Chinese People's Political Consultative Conference             | cppcc
			Communist Party of Việt Nam (CPV) Central Committee            | cpvncc
			Hanoi                                                          | ''
			""")
	void initialsAreTheFirstLettersOfTheContentWords(String name, String initials) {
		assertThat(Names.initials(name)).isEqualTo(initials);
	}

	@Test
	void acronymsAreShortUpperCaseWords() {
		assertThat(Names.isAcronym("CPV")).isTrue();
		assertThat(Names.isAcronym("CPPCC")).isTrue();
		assertThat(Names.isAcronym("Cpv")).isFalse();
		assertThat(Names.isAcronym("C")).isFalse();
		assertThat(Names.isAcronym("CPV CC")).isFalse();
		assertThat(Names.sortedLetters("pcc")).isEqualTo(Names.sortedLetters("cpc"));
	}

	@Test
	void allListsTheNameThenEachAliasOnce() {
		assertThat(Names.all("Tô Lâm", java.util.List.of("To Lam", "Tô Lâm", "Lam"))).containsExactly("Tô Lâm", "To Lam",
				"Lam");
	}

}
