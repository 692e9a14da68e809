package org.diplomacygraph.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;

import org.diplomacygraph.values.InputText;
import org.hibernate.proxy.HibernateProxy;

/**
 * The one registry of the types of the graph: every node type of the GraphQL API and every kind of
 * record the write side stores, in the order messages list them ("a Person, an Organisation, a
 * Place or a Country"). For each: its JPA entity name (the class is resolved through the JPA
 * metamodel, so this package depends on no feature package), its GraphQL type (null for relations,
 * which are no nodes), the words messages use, whether it has names, a search index, a
 * reconciliation description, and the JPQL queries that find a record still referring to one of its
 * records ({@code :id}). The order rows are inserted in (and deleted in, reversed) is derived from
 * the entities' associations: {@link #insertOrder}.
 *
 * <p>The constants are also the stored subject type of evidence and claims, and the
 * {@code entity_type} of redirects and curation actions (their names are the column values), and the
 * values of the schema's {@code SearchType} (the indexed ones).
 */
public enum RecordType {

	PERSON("Person", "Person", "person", "people", Flag.NAMED_INDEXED,
			"A person named by an article, however the articles spell the name",
			"select 1 from Participant p where p.personId = :id", "select 1 from Signatory s where s.personId = :id",
			"select 1 from Position p where p.personId = :id"),
	ORGANISATION("Organisation", "Organisation", "organisation", "organisations", Flag.NAMED_INDEXED,
			"A party, committee, government body, embassy, company or other body",
			"select 1 from Position p where p.organisationId = :id",
			"select 1 from AgreementParty p where p.organisationId = :id",
			"select 1 from Organisation o where o.parentId = :id",
			"select 1 from Meeting m join m.organisations o where o.id = :id"),
	PLACE("Place", "Place", "place", "places", Flag.NAMED_INDEXED,
			"A city, province, building or zone where meetings happen",
			"select 1 from Meeting m where m.placeId = :id", "select 1 from Place p where p.withinId = :id"),
	COUNTRY("Country", "Country", "country", "countries", Flag.NAMED_INDEXED, "A sovereign state",
			"select 1 from Person p where p.nationalityId = :id", "select 1 from Organisation o where o.countryId = :id",
			"select 1 from Place p where p.countryId = :id", "select 1 from Position p where p.countryId = :id",
			"select 1 from Meeting m where m.countryId = :id", "select 1 from AgreementParty p where p.countryId = :id"),
	MEETING("Meeting", "Meeting", "meeting", "meetings", Flag.INDEXED,
			"Talks, a reception, a visit or another encounter, found by its date, people and place",
			"select 1 from Participant p where p.meetingId = :id", "select 1 from Agreement a where a.meetingId = :id",
			"select 1 from Meeting m where m.partOfId = :id"),
	AGREEMENT("Agreement", "Agreement", "agreement", "agreements", Flag.INDEXED,
			"An agreement, memorandum, minutes or programme, found by its parties, kind, dates and title",
			"select 1 from AgreementParty p where p.agreementId = :id",
			"select 1 from Signatory s where s.agreementId = :id"),
	/** A post a person holds. */
	POSITION("Position", "Position", "position", "positions", Flag.NONE, null,
			"select 1 from Participant p where p.capacityId = :id", "select 1 from Signatory s where s.capacityId = :id"),
	PARTICIPANT("Participant", null, "participant", "participants", Flag.NONE),
	AGREEMENT_PARTY("AgreementParty", null, "party", "parties", Flag.NONE),
	SIGNATORY("Signatory", null, "signatory", "signatories", Flag.NONE),
	/** An article: a node, the source of evidence and claims; no record kind of the write side. */
	ARTICLE("Article", "Article", "article", "articles", Flag.NOT_A_RECORD);

	private final String entityName;

	private final String typeName;

	private final String noun;

	private final String plural;

	private final Flag flag;

	private final String description;

	private final List<String> referredBy;

	RecordType(String entityName, String typeName, String noun, String plural, Flag flag) {
		this(entityName, typeName, noun, plural, flag, null);
	}

	RecordType(String entityName, String typeName, String noun, String plural, Flag flag, String description,
			String... referredBy) {
		this.entityName = entityName;
		this.typeName = typeName;
		this.noun = noun;
		this.plural = plural;
		this.flag = flag;
		this.description = description;
		this.referredBy = List.of(referredBy);
	}

	/**
	 * The kinds of record the write side stores in an order in which each refers only to kinds
	 * before it, derived from the entities' to-one and many-to-many associations (references of a
	 * record to its own type aside): rows are inserted in this order, deleted in the reverse. Among
	 * the kinds free to come next, the first in the registry comes first.
	 */
	public static List<RecordType> insertOrder(Metamodel metamodel) {
		Map<RecordType, Set<RecordType>> refersTo = new EnumMap<>(RecordType.class);
		for (RecordType type : records()) {
			Set<RecordType> targets = EnumSet.noneOf(RecordType.class);
			for (Attribute<?, ?> attribute : metamodel.entity(type.entityName).getAttributes()) {
				Class<?> target = switch (attribute.getPersistentAttributeType()) {
					case MANY_TO_ONE, ONE_TO_ONE -> attribute.getJavaType();
					case MANY_TO_MANY -> ((PluralAttribute<?, ?, ?>) attribute).getElementType().getJavaType();
					default -> null;
				};
				records().stream()
					.filter((other) -> other != type && other.entityType(metamodel) == target)
					.forEach(targets::add);
			}
			refersTo.put(type, targets);
		}
		List<RecordType> order = new ArrayList<>();
		while (order.size() < refersTo.size()) {
			RecordType next = records().stream()
				.filter((type) -> !order.contains(type) && order.containsAll(refersTo.get(type)))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The record types refer to each other in a circle: "
						+ refersTo));
			order.add(next);
		}
		return order;
	}

	/** The kinds of record the write side stores (every type but articles), in the registry's order. */
	public static List<RecordType> records() {
		return Arrays.stream(values()).filter(RecordType::isRecord).toList();
	}

	/** The node types: the GraphQL types that implement {@code Node}. */
	public static List<RecordType> nodes() {
		return Arrays.stream(values()).filter(RecordType::isNode).toList();
	}

	/** The types search returns: the schema's {@code SearchType}. */
	public static List<RecordType> searchable() {
		return Arrays.stream(values()).filter(RecordType::indexed).toList();
	}

	/** The node type of a GraphQL type name ({@code Person}), if it is one. */
	public static Optional<RecordType> ofTypeName(String typeName) {
		return Arrays.stream(values()).filter((type) -> type.isNode() && type.typeName.equals(typeName)).findFirst();
	}

	/**
	 * The type of an entity (or a proxy of one, which is not initialised: the change log reads the
	 * ends of relations after a merge has detached them), if it is one of the registry's.
	 */
	public static Optional<RecordType> ofEntity(Object entity) {
		Class<?> entityClass = (entity instanceof HibernateProxy proxy)
				? proxy.getHibernateLazyInitializer().getPersistentClass() : entity.getClass();
		String name = entityClass.getSimpleName();
		return Arrays.stream(values()).filter((type) -> type.entityName.equals(name)).findFirst();
	}

	/** The JPA entity name, as JPQL names it: {@code Person}, {@code AgreementParty}. */
	public String entityName() {
		return this.entityName;
	}

	/** The entity class, from the JPA metamodel. */
	public Class<?> entityType(Metamodel metamodel) {
		return metamodel.entity(this.entityName).getJavaType();
	}

	/** The entity class, from the entity manager's metamodel. */
	public Class<?> entityType(EntityManager entityManager) {
		return entityType(entityManager.getMetamodel());
	}

	/** The GraphQL type of a node, e.g. {@code Person}; null for a relation (participant, party, signatory). */
	public String typeName() {
		return this.typeName;
	}

	/** Whether records of this type are nodes, with global IDs. */
	public boolean isNode() {
		return this.typeName != null;
	}

	/** Whether this is a kind of record the write side stores (every type but articles). */
	public boolean isRecord() {
		return this.flag != Flag.NOT_A_RECORD;
	}

	/** "person", "organisation", ...: the type in messages. */
	public String noun() {
		return this.noun;
	}

	/** "people", "organisations", ... */
	public String plural() {
		return this.plural;
	}

	/** "a person", "an organisation". */
	public String withArticle() {
		return ("aeiou".indexOf(this.noun.charAt(0)) >= 0 ? "an " : "a ") + this.noun;
	}

	/** Whether records of this type have a name and aliases. */
	public boolean named() {
		return this.flag == Flag.NAMED_INDEXED;
	}

	/**
	 * The rule and maximum length of the names and aliases of a named type (an organisation's may be
	 * longer); null for a type without names.
	 */
	public InputText.Field nameField() {
		if (!named()) {
			return null;
		}
		return (this == ORGANISATION) ? InputText.Field.ORGANISATION_NAME : InputText.Field.NAME;
	}

	/** Whether records of this type have a search index (and are what search returns). */
	public boolean indexed() {
		return this.flag == Flag.NAMED_INDEXED || this.flag == Flag.INDEXED;
	}

	/** What reconciliation says of the type; null if reconciliation does not offer it. */
	public String description() {
		return this.description;
	}

	/** JPQL queries, each with the parameter {@code :id}, that find a record referring to one of this type. */
	public List<String> referredBy() {
		return this.referredBy;
	}

	/** Names and index: the few combinations the types have. */
	private enum Flag {

		NOT_A_RECORD, NONE, INDEXED, NAMED_INDEXED

	}

}
