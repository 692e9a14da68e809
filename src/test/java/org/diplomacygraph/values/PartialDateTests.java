package org.diplomacygraph.values;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@ParameterizedTest
	@CsvSource({ "2023, 2023-01-01, 2023-12-31", "2024-02, 2024-02-01, 2024-02-29", "2023-02, 2023-02-01, 2023-02-28",
			"2023-06-09, 2023-06-09, 2023-06-09" })
	void datedFormsKeepTheirTextAndTheRangeTheyDenote(String text, LocalDate earliest, LocalDate latest) {
		PartialDate date = PartialDate.parse(text);
		assertThat(date.text()).isEqualTo(text);
		assertThat(date.earliest()).isEqualTo(earliest);
		assertThat(date.latest()).isEqualTo(latest);
		assertThat(date.hasYear()).isTrue();
		assertThat(date).hasToString(text);
	}

	@Test
	void aDayWithoutAYearHasNoRangeBecauseTheYearIsNotInvented() {
		PartialDate date = PartialDate.parse("--06-24");
		assertThat(date.text()).isEqualTo("--06-24");
		assertThat(date.earliest()).isNull();
		assertThat(date.latest()).isNull();
		assertThat(date.hasYear()).isFalse();
	}

	@Test
	void theTwentyNinthOfFebruaryWithoutAYearIsPossible() {
		assertThat(PartialDate.parse("--02-29").text()).isEqualTo("--02-29");
	}

	@ParameterizedTest
	@CsvSource({ "2023-02-30", "2023-13", "2023-00-10", "2023-06-31", "--02-30", "--13-01" })
	void impossibleDatesAreRejected(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text))
			.withMessage("impossible date '" + text + "'");
	}

	@ParameterizedTest
	@CsvSource({ "9 June 2023", "23-06-09", "2023/06/09", "June", "2023-6-9", "''" })
	void otherFormsAreRejectedWithTheAcceptedOnesNamed(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text))
			.withMessage("malformed date '" + text + "' (expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)");
	}

	@ParameterizedTest
	@CsvSource({ "0000", "0000-06", "0000-06-09" })
	void theYearZeroIsRefusedSinceYearsStartAt0001(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text))
			.withMessage("impossible date '" + text + "': there is no year 0000, years start at 0001");
		assertThat(PartialDate.parse("0001").earliest()).isEqualTo(LocalDate.of(1, 1, 1));
	}

	@Test
	void aLongValueIsQuotedCutShort() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("9".repeat(60_000)))
			.withMessage("malformed date '" + "9".repeat(100)
					+ "… (60000 characters)' (expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)");
	}

}
