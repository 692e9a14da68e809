package org.diplomacygraph.reconcile;

import java.util.Locale;
import java.util.Optional;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;

/**
 * The types a reconciliation query may name, each a node type of the GraphQL API (its ID is the
 * GraphQL type name, its records' IDs the GraphQL global IDs).
 */
enum ReconcileType {

	PERSON(RecordType.PERSON, null, "A person named by an article, however the articles spell the name"),
	ORGANISATION(RecordType.ORGANISATION, Organisation.Kind.class,
			"A party, committee, government body, embassy, company or other body"),
	PLACE(RecordType.PLACE, Place.Kind.class, "A city, province, building or zone where meetings happen"),
	COUNTRY(RecordType.COUNTRY, null, "A sovereign state"),
	MEETING(RecordType.MEETING, Meeting.Kind.class,
			"Talks, a reception, a visit or another encounter, found by its date, people and place"),
	AGREEMENT(RecordType.AGREEMENT, Agreement.Kind.class,
			"An agreement, memorandum, minutes or programme, found by its parties, kind, dates and title");

	private final RecordType record;

	private final Class<? extends Enum<?>> kinds;

	private final String description;

	ReconcileType(RecordType record, Class<? extends Enum<?>> kinds, String description) {
		this.record = record;
		this.kinds = kinds;
		this.description = description;
	}

	/**
	 * The kind of this type a text names ({@code party committee}, {@code PARTY_COMMITTEE},
	 * {@code party-committee}), or null if it names none or the type has no kinds.
	 */
	Enum<?> kind(String text) {
		if (this.kinds == null || text == null) {
			return null;
		}
		String constant = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
		for (Enum<?> kind : this.kinds.getEnumConstants()) {
			if (kind.name().equals(constant)) {
				return kind;
			}
		}
		return null;
	}

	/** "party, party committee, ...": the kinds of this type in words, for messages. */
	String kinds() {
		if (this.kinds == null) {
			return "";
		}
		StringBuilder words = new StringBuilder();
		for (Enum<?> kind : this.kinds.getEnumConstants()) {
			words.append((words.length() > 0) ? ", " : "").append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		return words.toString();
	}

	RecordType record() {
		return this.record;
	}

	/** The type's ID and name: the GraphQL type name. */
	String id() {
		return this.record.typeName();
	}

	String description() {
		return this.description;
	}

	/** Whether records of this type are found by name (people, organisations, places, countries). */
	boolean named() {
		return this.record.named();
	}

	/** The type with this ID, case aside ({@code Person}, {@code person}). */
	static Optional<ReconcileType> byId(String id) {
		for (ReconcileType type : values()) {
			if (type.id().toLowerCase(Locale.ROOT).equals(id.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The type of a record type, if it is one. */
	static Optional<ReconcileType> of(RecordType record) {
		for (ReconcileType type : values()) {
			if (type.record == record) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** "Person, Organisation, Place, Country, Meeting, Agreement", for messages. */
	static String list() {
		StringBuilder ids = new StringBuilder();
		for (ReconcileType type : values()) {
			ids.append((ids.length() > 0) ? ", " : "").append(type.id());
		}
		return ids.toString();
	}

}
