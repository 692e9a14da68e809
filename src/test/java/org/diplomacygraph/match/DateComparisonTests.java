package org.diplomacygraph.match;

import org.diplomacygraph.match.DateComparison.Outcome;
import org.diplomacygraph.values.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Partial dates compared as the ranges of days they may denote. */
class DateComparisonTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2023-06-09 |            | 2023-06-09 |            | SAME_DAY       | 2023-06-09
			2023-06    |            | 2023-06-09 |            | OVERLAP        | 2023-06-09 and 2023-06
			2023       |            | 2023-06-09 |            | OVERLAP        | 2023-06-09 and 2023
			2023-06-09 |            | 2023-06-05 | 2023-06-15 | OVERLAP        | 2023-06-05/2023-06-15 and 2023-06-09
			2025-09    |            | 2025-09    |            | OVERLAP        | 2025-09
			2023-06-10 |            | 2023-06-09 |            | NEXT_DAY       | 2023-06-09, not 2023-06-10
			2024-09    |            | 2025-03-13 |            | DISJOINT       | 2025-03-13, not 2024-09
			--06-24    |            | 2025-06-24 |            | SAME_MONTH_DAY | --06-24 and 2025-06-24
			2025-06-24 |            | --06-24    |            | SAME_MONTH_DAY | 2025-06-24 and --06-24
			--06-25    |            | --06-24    |            | DISJOINT       | --06-24, not --06-25
			--06-24    |            | 2025-06    |            | UNKNOWN        | ''
			""")
	void rangesOfDaysCompare(String given, String givenEnd, String stored, String storedEnd, Outcome outcome,
			String text) {
		assertThat(DateComparison.compare(date(given), date(givenEnd), date(stored), date(storedEnd)))
			.isEqualTo(new DateComparison(outcome, text));
	}

	@ParameterizedTest
	@CsvSource({ "2023-06-09,", ",2023-06-09" })
	void anUnknownDateComparesWithNothing(String given, String stored) {
		assertThat(DateComparison.compare(date(given), null, date(stored), null).outcome()).isEqualTo(Outcome.UNKNOWN);
	}

	private static PartialDate date(String text) {
		return (text != null) ? PartialDate.parse(text) : null;
	}

}
