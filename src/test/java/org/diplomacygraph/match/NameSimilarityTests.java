package org.diplomacygraph.match;

import java.util.List;

import org.diplomacygraph.match.NameSimilarity.NameMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every rule of {@link NameSimilarity}, on names of the corpus and their spellings in other outlets' reports. */
class NameSimilarityTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			To Lam                     | Tô Lâm
			TÔ LÂM                     | Tô Lâm
			Dinh Tien Dung             | Đinh Tiến Dũng
			'  Bui  Thi Minh   Hoai '  | Bùi Thị Minh Hoài
			Luis Antonio Torres Iribar | Luis Antonio Torres Iríbar
			Pinar del Rio              | Pinar del Río
			Vietnam-Cuba Youth Network for Peace and Sustainable Development | Vietnam–Cuba Youth Network for Peace and Sustainable Development
			""")
	void theSameNameFoldedIsTheName(String query, String name) {
		assertThat(NameSimilarity.match(query, name, true, !name.contains("Network"), false)).isEqualTo(new NameMatch(
				NameSimilarity.SAME_NAME,
				"'" + query + "' is its name '" + name + "', case, diacritics and punctuation aside", name));
	}

	@Test
	void theSameNameAsWrittenSaysNothingAboutFolding() {
		NameMatch match = NameSimilarity.match("Tô Lâm", "Tô Lâm", true, true, false);
		assertThat(match).isEqualTo(new NameMatch(100, "'Tô Lâm' is its name 'Tô Lâm'", "Tô Lâm"));
	}

	@Test
	void anAliasIsAlmostAsGoodAsTheName() {
		List<String> diazCanel = List.of("Miguel Díaz-Canel Bermúdez", "Miguel Díaz-Canel", "Díaz-Canel Bermúdez",
				"Díaz-Canel");
		NameMatch match = NameSimilarity.best(List.of("Diaz Canel Bermudez"), diazCanel, true, false);
		assertThat(match.score()).isEqualTo(NameSimilarity.SAME_ALIAS);
		assertThat(match.reason()).startsWith("'Diaz Canel Bermudez' is its other name 'Díaz-Canel Bermúdez'");
		assertThat(match.matched()).isEqualTo("Díaz-Canel Bermúdez");
	}

	@Test
	void onePersonalNameOfOneWordIsWeak() {
		// Tô Lâm is known as "Lam" too, but so may be many.
		NameMatch match = NameSimilarity.best(List.of("Lam"), List.of("Tô Lâm", "To Lam", "Lâm", "Lam"), true, false);
		assertThat(match.score()).isEqualTo(NameSimilarity.ONE_WORD_PERSON);
		assertThat(match.reason()).isEqualTo("'Lam' is its other name 'Lam', but one word alone names many");
		// A place or an organisation of one word is named by it.
		assertThat(NameSimilarity.match("cuba", "Cuba", true, false, false).score()).isEqualTo(NameSimilarity.SAME_NAME);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			CPV   | Communist Party of Vietnam                         | 90 | 'CPV' is the initials of 'Communist Party of Vietnam'
			cpv   | Communist Party of Vietnam                         | 90 | 'cpv' is the initials of 'Communist Party of Vietnam'
			VFF   | Vietnam Fatherland Front                           | 90 | 'VFF' is the initials of 'Vietnam Fatherland Front'
			CPPCC | Chinese People's Political Consultative Conference | 90 | 'CPPCC' is the initials of 'Chinese People's Political Consultative Conference'
			PCC   | Communist Party of Cuba                            | 75 | 'PCC' has the initials of 'Communist Party of Cuba' in another order, as another language orders its words
			PCV   | Communist Party of Vietnam                         | 75 | 'PCV' has the initials of 'Communist Party of Vietnam' in another order, as another language orders its words
			""")
	void anAcronymMatchesTheInitialsOfAnOrganisation(String acronym, String name, int score, String reason) {
		assertThat(NameSimilarity.match(acronym, name, true, false, true)).isEqualTo(new NameMatch(score, reason, name));
	}

	@Test
	void initialsOfAnAliasAndAnAcronymAliasCountLess() {
		assertThat(NameSimilarity.match("CPC", "Communist Party of Cuba", false, false, true).score())
			.isEqualTo(NameSimilarity.INITIALS_OF_ALIAS);
		assertThat(NameSimilarity.match("Vietnam Fatherland Front", "VFF", false, false, true))
			.isEqualTo(new NameMatch(85, "its other name 'VFF' is the initials of 'Vietnam Fatherland Front'", "VFF"));
		// Only organisations are compared by their initials.
		assertThat(NameSimilarity.match("CPV", "Communist Party of Vietnam", true, false, false).score()).isZero();
		// A lower-case word is no acronym in another order.
		assertThat(NameSimilarity.match("pcc", "Communist Party of Cuba", true, false, true).score()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Parti communiste du Vietnam  | Communist Party of Vietnam    | 85 | 'Parti communiste du Vietnam' and its name 'Communist Party of Vietnam' share 3 of 3 words (parti≈party, communiste≈communist)
			La Habana Party Committee    | Havana Party Committee        | 85 | 'La Habana Party Committee' and its name 'Havana Party Committee' share 3 of 3 words (habana≈havana)
			Partido Comunista do Vietnã  | Communist Party of Vietnam    | 61 | 'Partido Comunista do Vietnã' and its name 'Communist Party of Vietnam' share 3 of 3 words (vietna≈vietnam, comunista≈communist, partido≈party)
			Rogelio Polanko Fuentes      | Rogelio Polanco Fuentes       | 85 | 'Rogelio Polanko Fuentes' and its name 'Rogelio Polanco Fuentes' share 3 of 3 words (polanko≈polanco)
			Miguel Diaz-Canel            | Miguel Díaz-Canel Bermúdez    | 85 | 'Miguel Diaz-Canel' and its name 'Miguel Díaz-Canel Bermúdez' share 3 of 4 words
			Torres Iribar                | Luis Antonio Torres Iríbar    | 67 | 'Torres Iribar' and its name 'Luis Antonio Torres Iríbar' share 2 of 4 words
			Parti communiste du Vietnam  | Politburo of the Communist Party of Vietnam | 69 | 'Parti communiste du Vietnam' and its name 'Politburo of the Communist Party of Vietnam' share 3 of 4 words (parti≈party, communiste≈communist), but its name has 'politburo' too
			Hanoi Party Committee        | Havana Party Committee        | 33 | 'Hanoi Party Committee' and its name 'Havana Party Committee' share 2 of 3 words, but 'hanoi' is not 'havana'
			Nguyen Manh Quyen            | Nguyễn Lan Hương              | 17 | 'Nguyen Manh Quyen' and its name 'Nguyễn Lan Hương' share 1 of 3 words, but 'manh quyen' is not 'lan huong'
			Raúl Castro                  | Fidel Castro                  | 25 | 'Raúl Castro' and its name 'Fidel Castro' share 1 of 2 words, but 'raul' is not 'fidel'
			""")
	void sharedWordsInAnyOrderWithTyposAndCognates(String query, String name, int score, String reason) {
		boolean personal = !name.contains("Party") && !name.contains("Committee");
		assertThat(NameSimilarity.match(query, name, true, personal, !personal))
			.isEqualTo(new NameMatch(score, reason, name));
	}

	@Test
	void functionWordsCountInPeoplesNamesOnly() {
		// "Lê" folds to "le", a French article; in a person's name it is a name.
		assertThat(NameSimilarity.match("Le Quang Long", "Lê Quang Long", true, true, false).score()).isEqualTo(100);
		assertThat(NameSimilarity.match("Quang Long", "Lê Quang Long", true, true, false).score()).isEqualTo(80);
		// "du" and "of" are left out of an organisation's words.
		assertThat(NameSimilarity.match("Front du Vietnam Fatherland", "Vietnam Fatherland Front", true, false, false)
			.reason()).contains("share 3 of 3 words");
	}

	@Test
	void wordsAreAlikeWholeByATypoAsCognatesOrByAnInitial() {
		assertThat(NameSimilarity.wordSimilarity("havana", "havana")).isEqualTo(1);
		assertThat(NameSimilarity.wordSimilarity("habana", "havana")).isEqualTo(NameSimilarity.TYPO);
		assertThat(NameSimilarity.wordSimilarity("communiste", "communist")).isEqualTo(NameSimilarity.TYPO);
		assertThat(NameSimilarity.wordSimilarity("comunista", "communist")).isCloseTo(0.8 * 10 / 14, within(1e-9));
		assertThat(NameSimilarity.trigramDice("partido", "party")).isEqualTo(0.5);
		assertThat(NameSimilarity.wordSimilarity("m", "miguel")).isEqualTo(NameSimilarity.INITIAL);
		// Words of three letters differ by more than a typo: Lâm is not Lan.
		assertThat(NameSimilarity.wordSimilarity("lam", "lan")).isZero();
		assertThat(NameSimilarity.wordSimilarity("hanoi", "havana")).isZero();
	}

	@Test
	void theBestPairOfNamesCounts() {
		List<String> cpv = List.of("Communist Party of Vietnam", "CPV", "Communist Party of Việt Nam");
		NameMatch match = NameSimilarity.best(List.of("Partido Comunista do Vietnã", "CPV"), cpv, false, true);
		assertThat(match.score()).isEqualTo(NameSimilarity.SAME_ALIAS);
		assertThat(match.matched()).isEqualTo("CPV");
		assertThat(NameSimilarity.best(List.of("xylophone"), cpv, false, true)).isEqualTo(NameSimilarity.NONE);
	}

}
