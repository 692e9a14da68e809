package org.diplomacygraph.curation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.model.GlobalId;
import org.diplomacygraph.model.InputText;
import org.diplomacygraph.node.NodeType;

/**
 * The entity types that curation works on: every type that can be merged, and for the named ones
 * (people, organisations, places, countries) where their aliases live, for {@code addAlias} and for
 * the removed name that a merge makes an alias. Meetings, agreements and posts have a title and no
 * aliases. Table and column names are constants of this enum, never input.
 */
enum CuratedType {

	PERSON(NodeType.PERSON, "person", "name",
			new Aliases("person_alias", "person_id", InputText.Field.NAME, true)),
	ORGANISATION(NodeType.ORGANISATION, "organisation", "name",
			new Aliases("organisation_alias", "organisation_id", InputText.Field.ORGANISATION_NAME, true)),
	PLACE(NodeType.PLACE, "place", "name", new Aliases("place_alias", "place_id", InputText.Field.NAME, false)),
	COUNTRY(NodeType.COUNTRY, "country", "name", new Aliases("country_alias", "country_id", InputText.Field.NAME, false)),
	MEETING(NodeType.MEETING, "meeting", "title", null),
	AGREEMENT(NodeType.AGREEMENT, "agreement", "title", null),
	/** A post (the schema's {@code Position}). */
	POSITION(NodeType.POSITION, "person_position", "title", null);

	final NodeType nodeType;

	final Class<?> entityType;

	final String table;

	/** The column that names a record in messages and the audit log: its name, or its title. */
	final String labelColumn;

	/** Where the type's aliases are stored; null for the types without aliases. */
	final Aliases aliases;

	CuratedType(NodeType nodeType, String table, String labelColumn, Aliases aliases) {
		this.nodeType = nodeType;
		this.entityType = nodeType.entityType();
		this.table = table;
		this.labelColumn = labelColumn;
		this.aliases = aliases;
	}

	static Optional<CuratedType> of(NodeType nodeType) {
		return Arrays.stream(values()).filter((type) -> type.nodeType == nodeType).findFirst();
	}

	/** The types with aliases, which {@code addAlias} accepts. */
	static List<CuratedType> namedTypes() {
		return Arrays.stream(values()).filter(CuratedType::named).toList();
	}

	/** Whether records of the type have a name and aliases (which a merge keeps). */
	boolean named() {
		return this.aliases != null;
	}

	String typeName() {
		return this.nodeType.typeName();
	}

	/** The evidence rows and claims whose subject is an entity of this type; also the type in {@code entity_redirect}. */
	SubjectType subjectType() {
		return SubjectType.valueOf(name());
	}

	/** "a Person, an Organisation, a Place or a Country", for messages. */
	static String list(List<CuratedType> types) {
		List<String> names = types.stream().map((type) -> GlobalId.withArticle(type.typeName())).toList();
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	/**
	 * Where the aliases of a named type are stored.
	 *
	 * @param table the alias table
	 * @param owner its column of the entity's ID
	 * @param field the rule and maximum length of the type's names and aliases
	 * @param searchText whether the entity table keeps the folded names in {@code search_text} for the name filters
	 */
	record Aliases(String table, String owner, InputText.Field field, boolean searchText) {
	}

}
