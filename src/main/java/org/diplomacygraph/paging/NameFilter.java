package org.diplomacygraph.paging;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.Names;

/** The name conditions of filters: part of the name or of any other name, or the start of the name; folded. */
public final class NameFilter {

	private NameFilter() {
	}

	/**
	 * Folds the value a client gave; one that breaks the rule of names ({@link InputText.Field#NAME}:
	 * at most 200 characters, a letter or digit, no control, format or private-use character) is a
	 * BAD_REQUEST naming the argument. Entities match when their folded names (the {@code searchText} attribute, see
	 * {@link Names#searchText}) contain it.
	 */
	public static String check(String name, String argument) {
		if (name == null) {
			return null;
		}
		String folded = Names.fold(InputText.require(name, InputText.Field.NAME, argument));
		if (folded.isEmpty()) {
			// A letter or digit that folding removes (none is known today): still no name to look for.
			throw new BadRequestException("`" + argument + "` must contain at least one letter or digit");
		}
		return folded;
	}

	/** Entities whose folded names contain the folded words returned by {@link #check}. */
	public static Predicate contains(CriteriaBuilder cb, From<?, ?> entity, String folded) {
		// Folded text holds only letters, digits and spaces, so it needs no escaping in LIKE.
		return cb.like(entity.get("searchText"), "%" + folded + "%");
	}

	/**
	 * Entities whose folded name (the {@code nameKey} attribute, see {@link Names#fold}) starts with
	 * the folded words returned by {@link #check}: an index range on the name order.
	 */
	public static Predicate startsWith(CriteriaBuilder cb, From<?, ?> entity, String folded) {
		return cb.like(entity.get("nameKey"), folded + "%");
	}

}
