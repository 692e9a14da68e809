package org.diplomacygraph.match;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.diplomacygraph.values.PartialDate;

/**
 * How the dates a report gives compare with the stored ones, partial dates taken as the ranges of
 * days they may denote ({@code 2023-06} is 1 to 30 June 2023) and a date with an end date as the
 * days from the first's earliest to the end's latest. A date without a year ({@code --06-24})
 * compares by month and day only.
 *
 * @param outcome how they compare
 * @param text the dates in words, for reasons: {@code 2023-06-09}, {@code 2023-06 and 2023-06-09},
 * {@code 2023-06-09, not 2024-09}
 */
record DateComparison(Outcome outcome, String text) {

	/** Ranges longer than this (a year, a month and more) only overlap, never agree on a day. */
	private static final long PRECISE_DAYS = 1;

	static DateComparison compare(PartialDate given, PartialDate givenEnd, PartialDate stored, PartialDate storedEnd) {
		if (given == null || stored == null) {
			return new DateComparison(Outcome.UNKNOWN, "");
		}
		String givenText = text(given, givenEnd);
		String storedText = text(stored, storedEnd);
		if (!given.hasYear() || !stored.hasYear()) {
			String givenDay = monthDay(given.text());
			String storedDay = monthDay(stored.text());
			if (givenDay == null || storedDay == null) {
				return new DateComparison(Outcome.UNKNOWN, "");
			}
			return givenDay.equals(storedDay) ? new DateComparison(Outcome.SAME_MONTH_DAY, givenText + " and " + storedText)
					: new DateComparison(Outcome.DISJOINT, storedText + ", not " + givenText);
		}
		LocalDate givenFirst = given.earliest();
		LocalDate givenLast = last(given, givenEnd);
		LocalDate storedFirst = stored.earliest();
		LocalDate storedLast = last(stored, storedEnd);
		if (givenFirst.equals(storedFirst) && givenLast.equals(storedLast)
				&& ChronoUnit.DAYS.between(givenFirst, givenLast) < PRECISE_DAYS) {
			return new DateComparison(Outcome.SAME_DAY, givenText);
		}
		if (!givenFirst.isAfter(storedLast) && !storedFirst.isAfter(givenLast)) {
			return new DateComparison(Outcome.OVERLAP, (givenText.equals(storedText)) ? givenText
					: storedText + " and " + givenText);
		}
		long apart = givenFirst.isAfter(storedLast) ? ChronoUnit.DAYS.between(storedLast, givenFirst)
				: ChronoUnit.DAYS.between(givenLast, storedFirst);
		return new DateComparison((apart <= 1) ? Outcome.NEXT_DAY : Outcome.DISJOINT, storedText + ", not " + givenText);
	}

	private static LocalDate last(PartialDate date, PartialDate end) {
		return (end != null && end.hasYear() && end.latest().isAfter(date.latest())) ? end.latest() : date.latest();
	}

	private static String text(PartialDate date, PartialDate end) {
		return (end != null) ? date.text() + "/" + end.text() : date.text();
	}

	/** {@code MM-DD} of a date given to the day, with or without a year; null otherwise. */
	private static String monthDay(String text) {
		if (text.startsWith("--")) {
			return text.substring(2);
		}
		return (text.length() == 10) ? text.substring(5) : null;
	}

	/** How two dates compare. */
	enum Outcome {

		/** Neither date is known, or they cannot be compared (a year and a date without one). */
		UNKNOWN,
		/** The same day. */
		SAME_DAY,
		/** The same month and day, one of them without a year. */
		SAME_MONTH_DAY,
		/** Ranges that share days: a month and a day in it, two years. */
		OVERLAP,
		/** A day apart: a report may date an event by the day it was published. */
		NEXT_DAY,
		/** Apart by more than a day. */
		DISJOINT

	}

}
