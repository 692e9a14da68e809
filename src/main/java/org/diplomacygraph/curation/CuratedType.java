package org.diplomacygraph.curation;

import java.util.Arrays;
import java.util.Optional;

import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.model.InputText;
import org.diplomacygraph.node.NodeType;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;

/**
 * The entity types that curation works on, those with aliases in the store: where their rows and
 * aliases live. Table and column names are constants of this enum, never input.
 */
enum CuratedType {

	PERSON(NodeType.PERSON, Person.class, "person", "person_alias", "person_id", InputText.Field.NAME, true),
	ORGANISATION(NodeType.ORGANISATION, Organisation.class, "organisation", "organisation_alias", "organisation_id",
			InputText.Field.ORGANISATION_NAME, true),
	PLACE(NodeType.PLACE, Place.class, "place", "place_alias", "place_id", InputText.Field.NAME, false),
	COUNTRY(NodeType.COUNTRY, Country.class, "country", "country_alias", "country_id", InputText.Field.NAME, false);

	final NodeType nodeType;

	final Class<?> entityType;

	final String table;

	final String aliasTable;

	final String aliasOwner;

	/** The rule and maximum length of the type's names and aliases. */
	final InputText.Field aliasField;

	/** Whether the table keeps the folded names in {@code search_text} for the name filters. */
	final boolean hasSearchText;

	CuratedType(NodeType nodeType, Class<?> entityType, String table, String aliasTable, String aliasOwner,
			InputText.Field aliasField, boolean hasSearchText) {
		this.nodeType = nodeType;
		this.entityType = entityType;
		this.table = table;
		this.aliasTable = aliasTable;
		this.aliasOwner = aliasOwner;
		this.aliasField = aliasField;
		this.hasSearchText = hasSearchText;
	}

	static Optional<CuratedType> of(NodeType nodeType) {
		return Arrays.stream(values()).filter((type) -> type.nodeType == nodeType).findFirst();
	}

	static Optional<CuratedType> ofTypeName(String typeName) {
		return NodeType.of(typeName).flatMap(CuratedType::of);
	}

	String typeName() {
		return this.nodeType.typeName();
	}

	/** The evidence rows whose subject is an entity of this type. */
	SubjectType subjectType() {
		return SubjectType.valueOf(name());
	}

}
