package org.diplomacygraph.node;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.diplomacygraph.model.GlobalId;
import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;

/** The entity types that implement {@code Node}, with the GraphQL type name their IDs carry. */
public enum NodeType {

	PERSON("Person", Person.class, (entity) -> ((Person) entity).getId()),
	POSITION("Position", Position.class, (entity) -> ((Position) entity).getId()),
	ORGANISATION("Organisation", Organisation.class, (entity) -> ((Organisation) entity).getId()),
	PLACE("Place", Place.class, (entity) -> ((Place) entity).getId()),
	COUNTRY("Country", Country.class, (entity) -> ((Country) entity).getId()),
	MEETING("Meeting", Meeting.class, (entity) -> ((Meeting) entity).getId()),
	AGREEMENT("Agreement", Agreement.class, (entity) -> ((Agreement) entity).getId()),
	ARTICLE("Article", Article.class, (entity) -> ((Article) entity).getId());

	private final String typeName;

	private final Class<?> entityType;

	private final Function<Object, String> idOf;

	NodeType(String typeName, Class<?> entityType, Function<Object, String> idOf) {
		this.typeName = typeName;
		this.entityType = entityType;
		this.idOf = idOf;
	}

	public String typeName() {
		return this.typeName;
	}

	public Class<?> entityType() {
		return this.entityType;
	}

	public static Optional<NodeType> of(String typeName) {
		return Arrays.stream(values()).filter((type) -> type.typeName.equals(typeName)).findFirst();
	}

	/** Reads the slug of an entity of this type. */
	public String idOf(Object entity) {
		return this.idOf.apply(entity);
	}

	/** The global ID of an entity of this type. */
	public String globalIdOf(Object entity) {
		return GlobalId.encode(this.typeName, idOf(entity));
	}

}
