package org.diplomacygraph.paging;

import java.time.LocalDate;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.PartialDate;

/**
 * A range of days for filters, from the first day {@code from} covers to the last day {@code to}
 * covers; a partial date matches when the days it may denote overlap the range.
 */
public record DateRange(PartialDate from, PartialDate to) {

	/** Checks the range as a client gave it: a range that cannot match is a BAD_REQUEST naming the argument. */
	public DateRange check(String argument) {
		if (this.from != null && !this.from.hasYear() || this.to != null && !this.to.hasYear()) {
			throw new BadRequestException("`" + argument + "` needs dates with a year, got "
					+ ((this.from != null && !this.from.hasYear()) ? "from: \"" + this.from + "\""
							: "to: \"" + this.to + "\""));
		}
		if (this.from != null && this.to != null && this.to.latest().isBefore(this.from.earliest())) {
			throw new BadRequestException("`" + argument + "` ends before it starts: from: \"" + this.from
					+ "\", to: \"" + this.to + "\"");
		}
		return this;
	}

	/** Rows whose date (an embedded {@link PartialDate}) overlaps this range; undated rows never do. */
	public Predicate overlaps(CriteriaBuilder cb, Path<PartialDate> date) {
		return overlaps(cb, date, null);
	}

	/**
	 * Rows whose days from {@code date} to {@code end} (the last day of several, if known; else the
	 * date alone) overlap this range; undated rows never do.
	 */
	public Predicate overlaps(CriteriaBuilder cb, Path<PartialDate> date, Path<PartialDate> end) {
		Path<LocalDate> earliest = date.get("earliest");
		jakarta.persistence.criteria.Expression<LocalDate> latest = (end != null)
				? cb.coalesce(end.<LocalDate>get("latest"), date.<LocalDate>get("latest")) : date.get("latest");
		Predicate dated = cb.isNotNull(earliest);
		Predicate afterStart = (this.from != null) ? cb.greaterThanOrEqualTo(latest, this.from.earliest()) : null;
		Predicate beforeEnd = (this.to != null) ? cb.lessThanOrEqualTo(earliest, this.to.latest()) : null;
		return Filter.and(cb, dated, afterStart, beforeEnd);
	}

}
