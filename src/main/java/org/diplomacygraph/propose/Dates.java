package org.diplomacygraph.propose;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomacygraph.values.PartialDate;

/**
 * Finds the dates an English text states and resolves them against the article's publication date
 * with the precision the text and that date give, never more ({@link PartialDate}'s forms):
 * <ul>
 * <li>"June 9, 2023", "9 June 2023", "2023-06-09": the day; "June 2023", "9/2024": the month;
 * "in 1973": the year; "2023-2028", "(2002 - 2025)": a period of years;</li>
 * <li>"June 24" without a year: {@code --06-24}, unless the publication's year decides it (it does
 * when it is known and the day does not fall after the publication's day);</li>
 * <li>"Monday", "yesterday", "today": the day only when the publication's day is known (the most
 * recent such day on or before it);</li>
 * <li>"in September last year", "this year": the month or year, counted from the publication's year;</li>
 * <li>"the same day": whatever date the event before it had (resolved by the reader of events).</li>
 * </ul>
 * A day in parentheses right after a name ("the August Revolution (August 19)") is an anniversary,
 * marked {@linkplain Found#incidental incidental}: no event takes that date.
 */
final class Dates {

	/** What a date expression says. */
	enum Kind {

		DAY, MONTH, YEAR, PERIOD, SAME_DAY

	}

	/**
	 * A date the text states: its words (offsets in the text), its value ({@code value}; a period's or
	 * range's last date in {@code until}), and whether it is an anniversary rather than an event's date.
	 */
	record Found(int start, int end, Kind kind, String value, String until, boolean incidental) {
	}

	private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November"
			+ "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

	private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)"
			+ "(?:\\s*[-–]\\s*(\\d{1,2})(?!\\d))?(?:,?\\s+(\\d{4})(?!\\d))?");

	private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?"
			+ "\\s+" + MONTHS + "(?:,?\\s+(\\d{4})(?!\\d))?");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + ",?\\s+(\\d{4})(?!\\d)");

	private static final Pattern NUMERIC_MONTH_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{4})(?![\\d/])");

	private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d/-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d/-])");

	private static final Pattern PERIOD = Pattern.compile("(?<![\\d/-])(\\d{4})\\s*[-–]\\s*(\\d{4})(?![\\d/-])");

	private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|from|until|till|by|of|during|before|after)\\s+"
			+ "(?:early\\s+|late\\s+|mid-)?(\\d{4})(?![\\d/-])");

	private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:in|since|during|until|by)\\s+(?:early\\s+|late\\s+|mid-)?"
			+ MONTHS + "(?!\\s*,?\\s*\\d)(?:\\s+(last|this|next) year)?");

	private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

	private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tomorrow)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(last|this|next) year\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SAME_DAY = Pattern.compile("\\b(?:the same day|that day|on the same day)\\b",
			Pattern.CASE_INSENSITIVE);

	private Dates() {
	}

	/** Every date the story states, in the order of the text; none overlaps another. */
	static List<Found> find(TextTokens text, PartialDate publishedOn) {
		String t = text.text();
		List<Found> found = new ArrayList<>();
		Matcher m = ISO_DAY.matcher(t);
		while (m.find()) {
			add(found, text, m.start(), m.end(), Kind.DAY, day(m.group(1), m.group(2), m.group(3)), null);
		}
		m = MONTH_DAY.matcher(t);
		while (m.find()) {
			Month month = month(m.group(1));
			String year = m.group(4);
			String from = monthDay(month, m.group(2), year, publishedOn);
			String until = (m.group(3) != null) ? rangeEnd(from, month, m.group(3)) : null;
			add(found, text, m.start(), m.end(), Kind.DAY, from, until);
		}
		m = DAY_MONTH.matcher(t);
		while (m.find()) {
			Month month = month(m.group(3));
			String year = m.group(4);
			String from = monthDay(month, m.group(1), year, publishedOn);
			String until = (m.group(2) != null) ? rangeEnd(from, month, m.group(2)) : null;
			add(found, text, m.start(), m.end(), Kind.DAY, from, until);
		}
		m = MONTH_YEAR.matcher(t);
		while (m.find()) {
			add(found, text, m.start(), m.end(), Kind.MONTH, m.group(2) + "-" + two(month(m.group(1)).getValue()), null);
		}
		m = NUMERIC_MONTH_YEAR.matcher(t);
		while (m.find()) {
			int month = Integer.parseInt(m.group(1));
			if (month >= 1 && month <= 12) {
				add(found, text, m.start(), m.end(), Kind.MONTH, m.group(2) + "-" + two(month), null);
			}
		}
		m = PERIOD.matcher(t);
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2))) {
				add(found, text, m.start(), m.end(), Kind.PERIOD, m.group(1), m.group(2));
			}
		}
		m = MONTH_ALONE.matcher(t);
		while (m.find()) {
			Integer year = relativeYear(m.group(2), publishedOn);
			if (year != null) {
				add(found, text, m.start(), m.end(), Kind.MONTH, year + "-" + two(month(m.group(1)).getValue()), null);
			}
		}
		m = YEAR.matcher(t);
		while (m.find()) {
			add(found, text, m.start(1), m.end(1), Kind.YEAR, m.group(1), null);
		}
		m = WEEKDAY.matcher(t);
		while (m.find()) {
			String day = weekday(m.group(1), publishedOn);
			if (day != null) {
				add(found, text, m.start(), m.end(), Kind.DAY, day, null);
			}
		}
		m = RELATIVE_DAY.matcher(t);
		while (m.find()) {
			if (publishedOn != null && publishedOn.earliest() != null
					&& publishedOn.earliest().equals(publishedOn.latest())) {
				LocalDate day = publishedOn.earliest()
					.plusDays(switch (m.group(1).toLowerCase(Locale.ROOT)) {
						case "yesterday" -> -1;
						case "tomorrow" -> 1;
						default -> 0;
					});
				add(found, text, m.start(), m.end(), Kind.DAY, day.toString(), null);
			}
		}
		m = RELATIVE_YEAR.matcher(t);
		while (m.find()) {
			Integer year = relativeYear(m.group(1), publishedOn);
			if (year != null) {
				add(found, text, m.start(), m.end(), Kind.YEAR, String.valueOf(year), null);
			}
		}
		m = SAME_DAY.matcher(t);
		while (m.find()) {
			add(found, text, m.start(), m.end(), Kind.SAME_DAY, null, null);
		}
		found.sort(Comparator.comparingInt(Found::start));
		return List.copyOf(found);
	}

	/** Adds a date unless its words overlap one found before (the more precise patterns run first) or lie outside the story. */
	private static void add(List<Found> found, TextTokens text, int start, int end, Kind kind, String value, String until) {
		if (value == null && kind != Kind.SAME_DAY) {
			return;
		}
		for (Found other : found) {
			if (start < other.end() && other.start() < end) {
				return;
			}
		}
		for (TextTokens.Token token : text.tokens()) {
			if (token.start() >= start && token.end() <= end && !token.story()) {
				return;
			}
		}
		found.add(new Found(start, end, kind, value, until, incidental(text.text(), start, end)));
	}

	/** "(August 19)" right after a capitalised word: an anniversary, not an event's date. */
	private static boolean incidental(String text, int start, int end) {
		int before = start - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		if (before < 0 || text.charAt(before) != '(' || end >= text.length() || text.charAt(end) != ')') {
			return false;
		}
		int word = before - 1;
		while (word >= 0 && text.charAt(word) == ' ') {
			word--;
		}
		int wordStart = word;
		while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		return word >= 0 && Character.isUpperCase(text.charAt(wordStart));
	}

	/** A month and day, with the year the text gives or the publication decides; {@code --MM-DD} otherwise. */
	static String monthDay(Month month, String day, String year, PartialDate publishedOn) {
		int dayOfMonth = Integer.parseInt(day);
		if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) {
			return null;
		}
		if (year != null) {
			return valid(year + "-" + two(month.getValue()) + "-" + two(dayOfMonth));
		}
		String yearless = "--" + two(month.getValue()) + "-" + two(dayOfMonth);
		if (publishedOn == null || !publishedOn.hasYear()) {
			return yearless;
		}
		int publicationYear = publishedOn.earliest().getYear();
		boolean dayKnown = publishedOn.earliest().equals(publishedOn.latest());
		boolean monthKnown = publishedOn.earliest().getMonth() == publishedOn.latest().getMonth()
				&& publishedOn.earliest().getYear() == publishedOn.latest().getYear();
		MonthDay date = MonthDay.of(month, dayOfMonth);
		if (dayKnown && date.isAfter(MonthDay.from(publishedOn.earliest()))
				|| monthKnown && !dayKnown && month.getValue() > publishedOn.earliest().getMonthValue()) {
			return yearless;
		}
		return valid(publicationYear + "-" + two(month.getValue()) + "-" + two(dayOfMonth));
	}

	/** The last day of a range of days in one month ("June 5-15"): the first day's year, or none if it has none. */
	static String rangeEnd(String first, Month month, String day) {
		if (first == null) {
			return null;
		}
		String monthDay = two(month.getValue()) + "-" + two(Integer.parseInt(day));
		String last = first.startsWith("--") ? "--" + monthDay : first.substring(0, 4) + "-" + monthDay;
		return (valid(last) != null && last.compareTo(first) > 0) ? last : null;
	}

	/** The weekday on or before the publication's day, within its week; null if the day is not known. */
	static String weekday(String name, PartialDate publishedOn) {
		if (publishedOn == null || publishedOn.earliest() == null || !publishedOn.earliest().equals(publishedOn.latest())) {
			return null;
		}
		DayOfWeek wanted = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
		LocalDate day = publishedOn.earliest();
		for (int back = 0; back < 7; back++) {
			if (day.minusDays(back).getDayOfWeek() == wanted) {
				return day.minusDays(back).toString();
			}
		}
		return null;
	}

	private static Integer relativeYear(String which, PartialDate publishedOn) {
		if (publishedOn == null || !publishedOn.hasYear()) {
			return null;
		}
		int year = publishedOn.earliest().getYear();
		if (which == null || which.equalsIgnoreCase("this")) {
			return year;
		}
		return which.equalsIgnoreCase("last") ? year - 1 : year + 1;
	}

	private static Month month(String name) {
		String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
		for (Month month : Month.values()) {
			if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toUpperCase(Locale.ROOT).startsWith(prefix)) {
				return month;
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static String day(String year, String month, String day) {
		return valid(year + "-" + month + "-" + day);
	}

	private static String valid(String date) {
		try {
			PartialDate.parse(date);
			return date;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String two(int value) {
		return (value < 10) ? "0" + value : String.valueOf(value);
	}

}
