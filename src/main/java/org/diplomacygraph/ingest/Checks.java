package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplomacygraph.ingest.CorpusCompiler.Problem;
import org.diplomacygraph.ingest.Draft.Value;
import org.diplomacygraph.values.PartialDate;
import org.diplomacygraph.values.UserError.Code;

/**
 * The defects of one compilation, in the order found, and the checks of single values that report
 * them: slugs, kinds, dates, periods, and values that several entries give and must agree on.
 */
final class Checks {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	static final Pattern POSITION_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*");

	private final List<Problem> problems = new ArrayList<>();

	void report(Problem problem) {
		this.problems.add(problem);
	}

	List<Problem> problems() {
		return List.copyOf(this.problems);
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** Whether an id (or the article's slug) is a slug of the given syntax; a defect if not. */
	boolean slug(Where at, String field, String value, Pattern syntax) {
		if (value == null || !syntax.matcher(value).matches()) {
			report(at.defect((value == null) ? Code.REQUIRED : Code.INVALID, null,
					field + " must be a lower-case slug such as 'to-lam'"
							+ ((syntax == POSITION_ID) ? " after the person's id and a slash ('to-lam/president')" : "")
							+ ", not " + ((value == null) ? "missing" : "'" + value + "'"),
					field));
			return false;
		}
		return true;
	}

	/**
	 * The constant of a kind (or role, or status) written as a slug ({@code courtesy-call}); null
	 * and a defect if there is none, and the target value is marked invalid so that it is not
	 * reported missing too.
	 */
	<K extends Enum<K>> K kind(Where at, Class<K> type, String value, Value<K> target) {
		if (value == null) {
			return null;
		}
		for (K constant : type.getEnumConstants()) {
			if (slugOf(constant).equals(value)) {
				return constant;
			}
		}
		target.markInvalid();
		report(at.defect(Code.INVALID, null, "unknown " + target.field + " '" + value + "' (expected one of: "
				+ Arrays.stream(type.getEnumConstants()).map(Checks::slugOf).collect(Collectors.joining(", ")) + ")",
				target.field));
		return null;
	}

	static String slugOf(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	PartialDate date(Where at, String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			return PartialDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			report(at.defect(Code.INVALID, field, ex.getMessage(), field));
			return null;
		}
	}

	/** An end before its start is a defect, reported where the end was given. */
	void ordered(Where at, String fromField, PartialDate from, String untilField, PartialDate until) {
		if (from != null && until != null && from.hasYear() && until.hasYear()
				&& until.latest().isBefore(from.earliest())) {
			report(at.defect(Code.INVALID, null, untilField + " '" + until + "' is before " + fromField + " '" + from + "'",
					untilField));
		}
	}

	/**
	 * A single value given here: the first one given is kept, and another one is a conflict with
	 * where the first was given (another file, or the stored graph).
	 */
	<T> void agree(Value<T> value, Where at, T given) {
		if (given == null) {
			return;
		}
		T current = value.offer(given, at);
		if (current != null && !current.equals(given)) {
			Where origin = value.origin();
			report(at.defect(Code.CONFLICT, null, value.field + " '" + given + "' disagrees with '" + current
					+ "' given in " + origin.file() + " (" + origin.entry() + ")", value.field));
		}
	}

}
