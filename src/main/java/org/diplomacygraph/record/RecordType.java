package org.diplomacygraph.record;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;

/**
 * The registry of the kinds of record the write side stores, in an order in which each refers only
 * to kinds before it (so rows are inserted in this order and deleted in the reverse): for each, its
 * evidence subject type, entity class, GraphQL type (null for relations, which are no nodes), the
 * words messages use, whether it has names and a search index, and the JPQL queries that find a
 * record still referring to one of its records ({@code :id}). Ingest, claims, retraction and
 * curation derive what they need about a type from here.
 */
public enum RecordType {

	COUNTRY(SubjectType.COUNTRY, Country.class, "Country", "country", "countries", true, true,
			"select 1 from Person p where p.nationalityId = :id", "select 1 from Organisation o where o.countryId = :id",
			"select 1 from Place p where p.countryId = :id", "select 1 from Position p where p.countryId = :id",
			"select 1 from Meeting m where m.countryId = :id", "select 1 from AgreementParty p where p.countryId = :id"),
	PLACE(SubjectType.PLACE, Place.class, "Place", "place", "places", true, true,
			"select 1 from Meeting m where m.placeId = :id", "select 1 from Place p where p.withinId = :id"),
	ORGANISATION(SubjectType.ORGANISATION, Organisation.class, "Organisation", "organisation", "organisations", true,
			true, "select 1 from Position p where p.organisationId = :id",
			"select 1 from AgreementParty p where p.organisationId = :id",
			"select 1 from Organisation o where o.parentId = :id",
			"select 1 from Meeting m join m.organisations o where o.id = :id"),
	PERSON(SubjectType.PERSON, Person.class, "Person", "person", "people", true, true,
			"select 1 from Participant p where p.personId = :id", "select 1 from Signatory s where s.personId = :id",
			"select 1 from Position p where p.personId = :id"),
	POSITION(SubjectType.POSITION, Position.class, "Position", "position", "positions", false, false,
			"select 1 from Participant p where p.capacityId = :id", "select 1 from Signatory s where s.capacityId = :id"),
	MEETING(SubjectType.MEETING, Meeting.class, "Meeting", "meeting", "meetings", false, true,
			"select 1 from Participant p where p.meetingId = :id", "select 1 from Agreement a where a.meetingId = :id",
			"select 1 from Meeting m where m.partOfId = :id"),
	PARTICIPANT(SubjectType.PARTICIPANT, Participant.class, null, "participant", "participants", false, false),
	AGREEMENT(SubjectType.AGREEMENT, Agreement.class, "Agreement", "agreement", "agreements", false, true,
			"select 1 from AgreementParty p where p.agreementId = :id",
			"select 1 from Signatory s where s.agreementId = :id"),
	AGREEMENT_PARTY(SubjectType.AGREEMENT_PARTY, AgreementParty.class, null, "party", "parties", false, false),
	SIGNATORY(SubjectType.SIGNATORY, Signatory.class, null, "signatory", "signatories", false, false);

	private final SubjectType subject;

	private final Class<?> entityType;

	private final String typeName;

	private final String noun;

	private final String plural;

	private final boolean named;

	private final boolean indexed;

	private final List<String> referredBy;

	RecordType(SubjectType subject, Class<?> entityType, String typeName, String noun, String plural, boolean named,
			boolean indexed, String... referredBy) {
		this.subject = subject;
		this.entityType = entityType;
		this.typeName = typeName;
		this.noun = noun;
		this.plural = plural;
		this.named = named;
		this.indexed = indexed;
		this.referredBy = List.of(referredBy);
	}

	/** The record type of an evidence subject type. */
	public static RecordType of(SubjectType subject) {
		return valueOf(subject.name());
	}

	/** The entity class of records of an evidence subject type. */
	public static Class<?> entityType(SubjectType subject) {
		return of(subject).entityType;
	}

	/** The entity classes with a search index. */
	public static Set<Class<?>> indexedTypes() {
		return Arrays.stream(values()).filter((type) -> type.indexed).map((type) -> type.entityType).collect(Collectors.toUnmodifiableSet());
	}

	public SubjectType subject() {
		return this.subject;
	}

	public Class<?> entityType() {
		return this.entityType;
	}

	/** The GraphQL type of a node, e.g. {@code Person}; null for a relation (participant, party, signatory). */
	public String typeName() {
		return this.typeName;
	}

	/** Whether records of this type are nodes, with global IDs. */
	public boolean isNode() {
		return this.typeName != null;
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
		return this.named;
	}

	public boolean indexed() {
		return this.indexed;
	}

	/** JPQL queries, each with the parameter {@code :id}, that find a record referring to one of this type. */
	public List<String> referredBy() {
		return this.referredBy;
	}

}
