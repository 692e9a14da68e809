package org.diplomacygraph.match;

import java.util.List;
import java.util.Set;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;

/**
 * A person, organisation, place or country to find among the stored ones: its name and other names
 * as a source spells them, and what else is known of it, each a slug of a stored record or null
 * when unknown (or not stored yet). Build one with the factory of its type.
 *
 * @param type {@link RecordType#PERSON}, {@link RecordType#ORGANISATION}, {@link RecordType#PLACE}
 * or {@link RecordType#COUNTRY}
 * @param name the name as written
 * @param aliases other names as written (in other languages, abbreviations)
 * @param kind the organisation's or place's kind ({@code Organisation.Kind}, {@code Place.Kind}), or null
 * @param country a person's nationality, an organisation's or place's country
 * @param parent the organisation an organisation is part of, the place a place lies within
 * @param organisations organisations a person holds posts at
 */
public record EntityQuery(RecordType type, String name, List<String> aliases, Enum<?> kind, String country,
		String parent, Set<String> organisations) {

	public EntityQuery {
		if (type == null || !type.named()) {
			throw new IllegalArgumentException("Only people, organisations, places and countries have names to match: " + type);
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A query needs a name");
		}
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		organisations = (organisations != null) ? Set.copyOf(organisations) : Set.of();
	}

	public static EntityQuery person(String name, List<String> aliases, String nationality, Set<String> organisations) {
		return new EntityQuery(RecordType.PERSON, name, aliases, null, nationality, null, organisations);
	}

	public static EntityQuery organisation(String name, List<String> aliases, Organisation.Kind kind, String country,
			String parent) {
		return new EntityQuery(RecordType.ORGANISATION, name, aliases, kind, country, parent, Set.of());
	}

	public static EntityQuery place(String name, List<String> aliases, Place.Kind kind, String country, String within) {
		return new EntityQuery(RecordType.PLACE, name, aliases, kind, country, within, Set.of());
	}

	public static EntityQuery country(String name, List<String> aliases) {
		return new EntityQuery(RecordType.COUNTRY, name, aliases, null, null, null, Set.of());
	}

	/** A name of the type, nothing else known. */
	public static EntityQuery named(RecordType type, String name) {
		return new EntityQuery(type, name, List.of(), null, null, null, Set.of());
	}

	/** The name, then the aliases. */
	List<String> names() {
		return org.diplomacygraph.values.Names.all(this.name, this.aliases);
	}

}
