package org.diplomacygraph.search;

import java.util.List;
import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a search accepts, and the exact message for what it does not. */
class SearchQueryTests {

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t\n", "!!!", "*:*", "?", "\\", "--", "\"\"", "()", "😀", "— · —" })
	void aQueryNeedsALetterOrADigit(String text) {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SearchQuery.of(text, null, null))
			.withMessage("`query` must contain at least one letter or digit");
	}

	@Test
	void aNullQueryIsRefusedLikeAnEmptyOne() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SearchQuery.of(null, null, null))
			.withMessage("`query` must contain at least one letter or digit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "7", "đ", "Ý", "北京", "x!" })
	void oneLetterOrDigitOfAnyScriptIsEnough(String text) {
		assertThat(SearchQuery.of(text, null, null).text()).isEqualTo(text);
	}

	@Test
	void aQueryIsAtMost200Characters() {
		assertThat(SearchQuery.of("a".repeat(200), null, null).text()).hasSize(200);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> SearchQuery.of("a".repeat(201), null, null))
			.withMessage("`query` may have at most 200 characters, got 201");
	}

	@Test
	void aQueryIsAtMost32Words() {
		assertThat(SearchQuery.of("w ".repeat(32), null, null).text()).isNotEmpty();
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> SearchQuery.of("w-".repeat(33), null, null))
			.withMessage("`query` must have at most 32 words, got 33");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE })
	void firstIsBetween1And100(int first) {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SearchQuery.of("hanoi", null, first))
			.withMessage("`first` must be between 1 and 100, got " + first);
	}

	@Test
	void firstMayBe1Or100() {
		assertThat(SearchQuery.of("hanoi", null, 1).first()).isEqualTo(1);
		assertThat(SearchQuery.of("hanoi", null, 100).first()).isEqualTo(100);
	}

	@Test
	void anExplicitNullFirstIsTheDefault() {
		assertThat(SearchQuery.of("hanoi", null, null).first()).isEqualTo(10);
	}

	@Test
	void noTypesMeansEveryType() {
		assertThat(SearchQuery.of("hanoi", null, 10).types()).containsExactlyInAnyOrder(RecordType.PERSON,
				RecordType.ORGANISATION, RecordType.PLACE, RecordType.COUNTRY, RecordType.MEETING, RecordType.AGREEMENT);
	}

	@Test
	void typesAreASet() {
		assertThat(SearchQuery.of("hanoi", List.of(RecordType.PLACE, RecordType.PLACE, RecordType.COUNTRY), 10).types())
			.isEqualTo(Set.of(RecordType.PLACE, RecordType.COUNTRY));
		assertThat(SearchQuery.of("hanoi", List.of(), 10).types()).isEmpty();
	}

	@Test
	void theQueryIsCheckedBeforeFirst() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SearchQuery.of("", null, 0))
			.withMessage("`query` must contain at least one letter or digit");
	}

}
