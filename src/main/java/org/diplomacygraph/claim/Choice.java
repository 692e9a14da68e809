package org.diplomacygraph.claim;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.values.PartialDate;

/**
 * The served value of one field of one record, chosen from its claims by the field's
 * {@link ClaimField.Rule}, and whether the sources disagree. A pure function of the claims, in the
 * order they were made.
 *
 * @param served the served value, null when no claim is left (or for names, where every claim is served)
 * @param disputed whether two sources assert values that cannot both be true
 */
public record Choice(String served, boolean disputed) {

	/** Chooses from the claims of one field of one record, oldest first. */
	public static Choice of(ClaimField field, List<Claim> claims) {
		if (claims.isEmpty()) {
			return new Choice(null, false);
		}
		return switch (field.rule()) {
			case NAMES -> new Choice(null, false);
			case FURTHEST -> new Choice(claims.stream()
				.map(Claim::getClaimed)
				.max(Comparator.comparingInt(field::stage))
				.orElseThrow(), false);
			case MOST_SOURCES -> mostSources(claims);
			case DATE -> date(claims);
		};
	}

	/** Whether the claim's value is the served one (for names: always). */
	public boolean serves(ClaimField field, Claim claim) {
		return field.rule() == ClaimField.Rule.NAMES || claim.getClaimed().equals(this.served);
	}

	private static Choice mostSources(List<Claim> claims) {
		Map<String, Set<String>> sources = new LinkedHashMap<>();
		claims.forEach((claim) -> sources.computeIfAbsent(claim.getClaimed(), (value) -> new HashSet<>()).add(claim.source()));
		String served = null;
		int most = 0;
		for (Map.Entry<String, Set<String>> value : sources.entrySet()) {
			if (value.getValue().size() > most) {
				served = value.getKey();
				most = value.getValue().size();
			}
		}
		return new Choice(served, sources.size() > 1);
	}

	private static Choice date(List<Claim> claims) {
		List<PartialDate> dates = new ArrayList<>();
		claims.forEach((claim) -> dates.add(PartialDate.parse(claim.getClaimed())));
		boolean disputed = false;
		for (int i = 0; i < dates.size() && !disputed; i++) {
			for (int j = i + 1; j < dates.size(); j++) {
				if (!consistent(dates.get(i), dates.get(j))) {
					disputed = true;
					break;
				}
			}
		}
		PartialDate best = null;
		int bestSupport = -1;
		for (PartialDate candidate : dates) {
			int support = (int) dates.stream().filter((other) -> consistent(candidate, other)).count();
			if (support > bestSupport || (support == bestSupport && span(candidate) < span(best))) {
				best = candidate;
				bestSupport = support;
			}
		}
		return new Choice(best.text(), disputed);
	}

	/**
	 * Two partial dates can both be true when the days they may denote overlap: a day and month
	 * without a year fits a dated range that holds that day and month in one of its years, and another
	 * yearless date only if it is the same day and month.
	 */
	static boolean consistent(PartialDate a, PartialDate b) {
		if (!a.hasYear() && !b.hasYear()) {
			return a.text().equals(b.text());
		}
		if (!a.hasYear() || !b.hasYear()) {
			PartialDate yearless = a.hasYear() ? b : a;
			PartialDate dated = a.hasYear() ? a : b;
			MonthDay day = MonthDay.parse(yearless.text());
			for (int year = dated.earliest().getYear(); year <= dated.latest().getYear(); year++) {
				if (day.isValidYear(year)) {
					LocalDate candidate = day.atYear(year);
					if (!candidate.isBefore(dated.earliest()) && !candidate.isAfter(dated.latest())) {
						return true;
					}
				}
			}
			return false;
		}
		return !a.latest().isBefore(b.earliest()) && !b.latest().isBefore(a.earliest());
	}

	/** How many days a date may denote: smaller is more precise; a date without a year is the least precise. */
	private static long span(PartialDate date) {
		if (date == null || !date.hasYear()) {
			return Long.MAX_VALUE;
		}
		return ChronoUnit.DAYS.between(date.earliest(), date.latest());
	}

}
