package org.diplomacygraph.match;

import java.util.List;
import java.util.Set;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Names;

/**
 * What the matcher compares of a stored person, organisation, place or country: read from the
 * database by {@link CandidateStore}, or given by a caller that holds its own set of known records
 * ({@link Matcher#rank}).
 *
 * @param kind the organisation's or place's kind, or null
 * @param country a person's nationality, an organisation's or place's country
 * @param parent the organisation's parent, the place's enclosing place
 * @param code a country's ISO code
 * @param organisations the organisations a person holds posts at
 */
public record StoredEntity(RecordType type, String id, String name, List<String> aliases, Enum<?> kind, String country,
		String parent, String code, Set<String> organisations) {

	public StoredEntity {
		aliases = List.copyOf(aliases);
		organisations = Set.copyOf(organisations);
	}

	/** The name, then the aliases. */
	List<String> names() {
		return Names.all(this.name, this.aliases);
	}

}
