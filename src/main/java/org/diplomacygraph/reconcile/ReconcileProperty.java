package org.diplomacygraph.reconcile;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplomacygraph.record.RecordType;

/**
 * The properties of the reconciliation API: those a query may give to raise or lower the scores
 * (each counting as {@code src/docs/matching.md} says), and those data extension fetches.
 */
enum ReconcileProperty {

	COUNTRY("country", "Country", "A person's nationality; the country of an organisation, place or meeting",
			Value.ENTITY, EnumSet.of(RecordType.PERSON, RecordType.ORGANISATION, RecordType.PLACE,
					RecordType.MEETING),
			EnumSet.of(RecordType.PERSON, RecordType.ORGANISATION, RecordType.PLACE, RecordType.MEETING)),
	ORGANISATION("organisation", "Organisation", "An organisation a person holds a post at, or a meeting brings together",
			Value.ENTITY, EnumSet.of(RecordType.PERSON, RecordType.MEETING), EnumSet.noneOf(RecordType.class)),
	PARENT("parent", "Part of", "The organisation an organisation is part of", Value.ENTITY,
			EnumSet.of(RecordType.ORGANISATION), EnumSet.noneOf(RecordType.class)),
	WITHIN("within", "Within", "The place a place lies within", Value.ENTITY, EnumSet.of(RecordType.PLACE),
			EnumSet.noneOf(RecordType.class)),
	KIND("kind", "Kind", "What sort of organisation, place, meeting or agreement: party, city, talks, memorandum...",
			Value.KIND, EnumSet.of(RecordType.ORGANISATION, RecordType.PLACE, RecordType.MEETING,
					RecordType.AGREEMENT),
			EnumSet.of(RecordType.ORGANISATION, RecordType.PLACE, RecordType.MEETING, RecordType.AGREEMENT)),
	DATE("date", "Date", "The day, month or year a meeting was held: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD",
			Value.DATE, EnumSet.of(RecordType.MEETING), EnumSet.noneOf(RecordType.class)),
	PLACE("place", "Place", "Where a meeting was held", Value.ENTITY, EnumSet.of(RecordType.MEETING),
			EnumSet.noneOf(RecordType.class)),
	PARTICIPANT("participant", "Participant", "A person who took part in a meeting", Value.ENTITY,
			EnumSet.of(RecordType.MEETING), EnumSet.noneOf(RecordType.class)),
	PARTY("party", "Party", "An organisation or a country party to an agreement", Value.ENTITY,
			EnumSet.of(RecordType.AGREEMENT), EnumSet.noneOf(RecordType.class)),
	SIGNED_ON("signedOn", "Signed on", "When an agreement was signed: YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD", Value.DATE,
			EnumSet.of(RecordType.AGREEMENT), EnumSet.noneOf(RecordType.class)),
	VALID_FROM("validFrom", "Valid from", "When an agreement's validity begins", Value.DATE,
			EnumSet.of(RecordType.AGREEMENT), EnumSet.noneOf(RecordType.class)),
	VALID_UNTIL("validUntil", "Valid until", "When an agreement's validity ends", Value.DATE,
			EnumSet.of(RecordType.AGREEMENT), EnumSet.noneOf(RecordType.class)),
	ALIASES("aliases", "Other names", "The other names of a person, organisation, place or country", Value.TEXT,
			EnumSet.noneOf(RecordType.class),
			EnumSet.of(RecordType.PERSON, RecordType.ORGANISATION, RecordType.PLACE, RecordType.COUNTRY)),
	POSITIONS("positions", "Posts", "The posts a person holds: title, organisation or country, dates", Value.TEXT,
			EnumSet.noneOf(RecordType.class), EnumSet.of(RecordType.PERSON));

	private final String id;

	private final String label;

	private final String description;

	private final Value value;

	private final Set<RecordType> queried;

	private final Set<RecordType> extended;

	ReconcileProperty(String id, String label, String description, Value value, Set<RecordType> queried,
			Set<RecordType> extended) {
		this.id = id;
		this.label = label;
		this.description = description;
		this.value = value;
		this.queried = queried;
		this.extended = extended;
	}

	String id() {
		return this.id;
	}

	String label() {
		return this.label;
	}

	String description() {
		return this.description;
	}

	Value value() {
		return this.value;
	}

	/** Whether queries for records of this type may give the property (any type when null). */
	boolean queried(RecordType type) {
		return (type == null) ? !this.queried.isEmpty() : this.queried.contains(type);
	}

	/** Whether data extension fetches it for records of this type (any type when null). */
	boolean extended(RecordType type) {
		return (type == null) ? !this.extended.isEmpty() : this.extended.contains(type);
	}

	static Optional<ReconcileProperty> byId(String id) {
		for (ReconcileProperty property : values()) {
			if (property.id.equalsIgnoreCase(id.strip())) {
				return Optional.of(property);
			}
		}
		return Optional.empty();
	}

	/** The IDs of the properties queries may give, for messages. */
	static String queriedList() {
		StringBuilder ids = new StringBuilder();
		for (ReconcileProperty property : values()) {
			if (property.queried(null)) {
				ids.append((ids.length() > 0) ? ", " : "").append(property.id);
			}
		}
		return ids.toString();
	}

	/** The IDs of the properties data extension fetches, for messages. */
	static String extendedList() {
		StringBuilder ids = new StringBuilder();
		for (ReconcileProperty property : values()) {
			if (property.extended(null)) {
				ids.append((ids.length() > 0) ? ", " : "").append(property.id);
			}
		}
		return ids.toString();
	}

	/** What a property's values are. */
	enum Value {

		/** Another record, by its ID ({@code {"id": …}} or a global ID) or its name. */
		ENTITY,
		/** A kind: the name of a value of the record's kind enumeration, case and separators aside. */
		KIND,
		/** A partial date. */
		DATE,
		/** Text, for extension only. */
		TEXT;

		String words() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
