package org.diplomacygraph.search;

import java.util.Collection;
import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.Names;

/**
 * A search as a client asked for it, checked.
 *
 * @param text the words to look for, as typed: by the rule of names ({@link InputText.Field#SEARCH}:
 * at most 200 characters, at least one letter or digit, no control, format or private-use
 * character), and at most {@value #MAX_WORDS} words
 * @param types the types of entity to look in
 * @param first how many hits to return, 1 to {@value #MAX_FIRST}
 */
record SearchQuery(String text, Set<RecordType> types, int first) {

	static final int DEFAULT_FIRST = 10;

	static final int MAX_FIRST = 100;

	/** Each word becomes a handful of Lucene clauses; this keeps a query well under Lucene's limit of 1024. */
	static final int MAX_WORDS = 32;

	SearchQuery {
		InputText.require(text, InputText.Field.SEARCH, "query");
		String folded = Names.fold(text);
		if (folded.isEmpty()) {
			throw new BadRequestException("`query` must contain at least one letter or digit");
		}
		int words = folded.split(" ").length;
		if (words > MAX_WORDS) {
			throw new BadRequestException("`query` must have at most " + MAX_WORDS + " words, got " + words);
		}
		if (first < 1 || first > MAX_FIRST) {
			throw new BadRequestException("`first` must be between 1 and " + MAX_FIRST + ", got " + first);
		}
		types = Set.copyOf(types);
	}

	/**
	 * The search for the arguments of the GraphQL field: no {@code types} means all types, and a
	 * {@code first} of null (sent explicitly; omitted, it is 10 by the schema) means the default too.
	 */
	static SearchQuery of(String text, Collection<RecordType> types, Integer first) {
		return new SearchQuery(text, (types != null) ? Set.copyOf(types) : Set.copyOf(RecordType.searchable()),
				(first != null) ? first : DEFAULT_FIRST);
	}

}
