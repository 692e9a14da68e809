package org.diplomacygraph.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;

/**
 * A date known to a year, a month, a day, or a day and month without a year, kept with the
 * inclusive range of days it may denote so that it can be filtered and sorted.
 * <p>
 * {@code text} is the ISO 8601 form ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or
 * {@code --MM-DD}); a date without a year has no range, because inventing a year would be
 * inventing a fact. Years run from 0001 to 9999: ISO 8601's year 0000 (1 BC) is refused, since no
 * source writes it and it is far more often a placeholder than a date.
 */
@Embeddable
public record PartialDate(String text, LocalDate earliest, LocalDate latest) {

	private static final Pattern DATED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private static final Pattern YEARLESS = Pattern.compile("--(\\d{2})-(\\d{2})");

	/** Parses one of the four accepted forms, rejecting impossible dates such as {@code 2023-02-30}. */
	public static PartialDate parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("date is missing");
		}
		try {
			Matcher dated = DATED.matcher(text);
			if (dated.matches()) {
				int year = Integer.parseInt(dated.group(1));
				if (year == 0) {
					throw new IllegalArgumentException(
							"impossible date '" + text + "': there is no year 0000, years start at 0001");
				}
				if (dated.group(2) == null) {
					return new PartialDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
				}
				YearMonth month = YearMonth.of(year, Integer.parseInt(dated.group(2)));
				if (dated.group(3) == null) {
					return new PartialDate(text, month.atDay(1), month.atEndOfMonth());
				}
				LocalDate day = month.atDay(Integer.parseInt(dated.group(3)));
				return new PartialDate(text, day, day);
			}
			Matcher yearless = YEARLESS.matcher(text);
			if (yearless.matches()) {
				MonthDay.of(Integer.parseInt(yearless.group(1)), Integer.parseInt(yearless.group(2)));
				return new PartialDate(text, null, null);
			}
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("impossible date '" + InputText.echo(text) + "'", ex);
		}
		throw new IllegalArgumentException(
				"malformed date '" + InputText.echo(text) + "' (expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)");
	}

	/**
	 * A non-null key that orders dates by the first day they may denote (as a day number since
	 * 1970-01-01), unknown dates and dates without a year last, in ascending or in descending order.
	 * Keyset pagination needs non-null keys; plain numbers, unlike sentinel dates, survive every
	 * driver's calendar conversions.
	 */
	public static long sortKey(PartialDate date, boolean descending) {
		if (date != null && date.earliest != null) {
			return date.earliest.toEpochDay();
		}
		return descending ? Long.MIN_VALUE : Long.MAX_VALUE;
	}

	/** Whether the year is known, i.e. the date has a range on the calendar. */
	public boolean hasYear() {
		return this.earliest != null;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
