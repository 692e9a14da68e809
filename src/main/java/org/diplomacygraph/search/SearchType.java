package org.diplomacygraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;

/** The types of entity search can return (the schema's {@code SearchType}), and the names each is found by. */
public enum SearchType {

	PERSON(Person.class, (person) -> names(person.getName(), person.getAliases())),

	ORGANISATION(Organisation.class, (organisation) -> names(organisation.getName(), organisation.getAliases())),

	PLACE(Place.class, (place) -> names(place.getName(), place.getAliases())),

	COUNTRY(Country.class, (country) -> names(country.getName(), country.getAliases())),

	MEETING(Meeting.class, (meeting) -> List.of(meeting.getTitle())),

	AGREEMENT(Agreement.class, (agreement) -> List.of(agreement.getTitle()));

	private final Class<?> entityClass;

	private final Function<Object, List<String>> names;

	<T> SearchType(Class<T> entityClass, Function<T, List<String>> names) {
		this.entityClass = entityClass;
		this.names = (entity) -> names.apply(entityClass.cast(entity));
	}

	Class<?> entityClass() {
		return this.entityClass;
	}

	/** The name (or title) of an entity of this type, then its other names. */
	List<String> names(Object entity) {
		return this.names.apply(entity);
	}

	/** The type of an entity search returns. */
	static SearchType of(Object entity) {
		for (SearchType type : values()) {
			if (type.entityClass.isInstance(entity)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Not a searchable entity: " + entity.getClass().getName());
	}

	private static List<String> names(String name, List<String> aliases) {
		List<String> names = new ArrayList<>(aliases.size() + 1);
		names.add(name);
		names.addAll(aliases);
		return names;
	}

}
