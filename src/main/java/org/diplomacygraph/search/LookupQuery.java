package org.diplomacygraph.search;

import java.util.Collection;
import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.Names;

/**
 * A lookup as a client asked for it, checked.
 *
 * @param name the name, as typed: by the rule of names with the length of titles
 * ({@link InputText.Field#TITLE}: at most 500 characters, a meeting's or agreement's title being a
 * name here), at least one letter or digit
 * @param types the types of entity to look in
 * @param first how many entities to return at most, 1 to {@value #MAX_FIRST}
 */
record LookupQuery(String name, Set<RecordType> types, int first) {

	static final int DEFAULT_FIRST = 10;

	static final int MAX_FIRST = 100;

	LookupQuery {
		name = InputText.require(name, InputText.Field.TITLE, "name");
		if (Names.fold(name).isEmpty()) {
			throw new BadRequestException("`name` must contain at least one letter or digit");
		}
		if (first < 1 || first > MAX_FIRST) {
			throw new BadRequestException("`first` must be between 1 and " + MAX_FIRST + ", got " + first);
		}
		types = Set.copyOf(types);
	}

	/** The lookup for the arguments of the GraphQL field: no {@code types} means all, a null {@code first} 10. */
	static LookupQuery of(String name, Collection<RecordType> types, Integer first) {
		return new LookupQuery(name, (types != null) ? Set.copyOf(types) : Set.copyOf(RecordType.searchable()),
				(first != null) ? first : DEFAULT_FIRST);
	}

}
