package org.diplomacygraph.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;

/**
 * A country as a client names it in a filter: by its global ID ({@code country}) or by its ISO
 * 3166-1 alpha-2 code ({@code countryCode}), one or the other. Every filter field that takes a
 * country takes it both ways, through this one class.
 *
 * @param id the country's slug, or null when named by code
 * @param code the code in upper case, or null when named by ID
 */
public record CountryKey(String id, String code) {

	private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

	/**
	 * The country a pair of filter fields names, or null when neither is given; a malformed value,
	 * or both fields given, is a BAD_REQUEST naming the arguments.
	 */
	public static CountryKey of(String globalId, String code, String idArgument, String codeArgument) {
		if (globalId != null && code != null) {
			throw both(idArgument, codeArgument);
		}
		if (globalId != null) {
			return new CountryKey(GlobalId.require(globalId, "Country", idArgument), null);
		}
		return (code != null) ? new CountryKey(null, code(code, codeArgument)) : null;
	}

	/**
	 * The countries a pair of list fields names, each by ID or each by code; empty when neither is
	 * given, a BAD_REQUEST when both are, or when a value is malformed (named with its index).
	 */
	public static List<CountryKey> all(List<String> globalIds, List<String> codes, String idArgument,
			String codeArgument) {
		if (globalIds != null && codes != null) {
			throw both(idArgument, codeArgument);
		}
		List<CountryKey> keys = new ArrayList<>();
		if (globalIds != null) {
			for (int i = 0; i < globalIds.size(); i++) {
				keys.add(of(globalIds.get(i), null, idArgument + "[" + i + "]", null));
			}
		}
		if (codes != null) {
			for (int i = 0; i < codes.size(); i++) {
				keys.add(of(null, codes.get(i), null, codeArgument + "[" + i + "]"));
			}
		}
		return keys;
	}

	/**
	 * A code as a client gave it, in upper case: two letters of either case ({@code vn} is
	 * {@code VN}); anything else is a BAD_REQUEST naming the argument.
	 */
	public static String code(String code, String argument) {
		InputText.require(code, InputText.Field.CODE, argument);
		String upper = code.toUpperCase(Locale.ROOT);
		if (!ALPHA_2.matcher(upper).matches()) {
			throw new BadRequestException("`" + argument + "` must be an ISO 3166-1 alpha-2 code, two letters such as "
					+ "`VN`, but got '" + InputText.echo(code) + "'");
		}
		return upper;
	}

	/**
	 * The condition that a country ID column names this country: equal to its slug, or, by code, one
	 * of the countries with the code (a subquery; none matches an unknown code).
	 */
	public Predicate matches(Expression<String> countryId, AbstractQuery<?> query, CriteriaBuilder cb) {
		if (this.id != null) {
			return cb.equal(countryId, this.id);
		}
		Subquery<String> withCode = query.subquery(String.class);
		Root<Country> country = withCode.from(Country.class);
		withCode.select(country.get("id")).where(cb.equal(country.get("code"), this.code));
		return countryId.in(withCode);
	}

	/** The error of a country named both by ID and by code. */
	public static BadRequestException both(String idArgument, String codeArgument) {
		return new BadRequestException("Give `" + idArgument + "` or `" + codeArgument + "`, not both");
	}

}
