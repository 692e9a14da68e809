package org.diplomacygraph.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.record.RecordType;

/**
 * The registry of what can be claimed: every field whose value sources assert, the types of record
 * it belongs to, the aspect of the evidence that supports it, the rule that chooses the served
 * value from its claims, and (for references) the GraphQL type of the value. The compiler records
 * claims by these fields, {@link ServedValues} applies their rules, the API lists them: a new
 * claimable field is one constant here (and its column in the entity).
 */
public enum ClaimField {

	/** The name an article or an editor gives a person, organisation, place or country. */
	NAME(Rule.NAMES, Aspect.NAME, null, null, RecordType.PERSON, RecordType.ORGANISATION, RecordType.PLACE,
			RecordType.COUNTRY),
	/** Another spelling a source uses. */
	ALIAS(Rule.NAMES, Aspect.NAME, null, null, RecordType.PERSON, RecordType.ORGANISATION, RecordType.PLACE,
			RecordType.COUNTRY),
	/** The kind of a meeting or an agreement. */
	KIND(Rule.MOST_SOURCES, Aspect.SUBJECT, null, null, RecordType.MEETING, RecordType.AGREEMENT),
	/** The title of a post, e.g. {@code Secretary}. */
	TITLE(Rule.MOST_SOURCES, Aspect.SUBJECT, null, null, RecordType.POSITION),
	/** The (first) day of a meeting. */
	DATE(Rule.DATE, Aspect.DATE, null, null, RecordType.MEETING),
	/** The last day of a meeting of several days. */
	END_DATE(Rule.DATE, Aspect.DATE, null, null, RecordType.MEETING),
	/** Where a meeting took place. */
	PLACE(Rule.MOST_SOURCES, Aspect.PLACE, "Place", RecordType.PLACE, RecordType.MEETING),
	/** The country a meeting took place in. */
	COUNTRY(Rule.MOST_SOURCES, Aspect.PLACE, "Country", RecordType.COUNTRY, RecordType.MEETING),
	/** The event a meeting is part of. */
	PART_OF(Rule.MOST_SOURCES, Aspect.SUBJECT, "Meeting", RecordType.MEETING, RecordType.MEETING),
	/** How far an agreement has come: planned, signed, in force, ended. */
	STATUS(Rule.FURTHEST, Aspect.STATUS, null, null, RecordType.AGREEMENT),
	/** When an agreement was signed. */
	SIGNED_ON(Rule.DATE, Aspect.SIGNED_ON, null, null, RecordType.AGREEMENT),
	/** Since when an agreement is valid. */
	VALID_FROM(Rule.DATE, Aspect.VALIDITY, null, null, RecordType.AGREEMENT),
	/** Until when an agreement is valid. */
	VALID_UNTIL(Rule.DATE, Aspect.VALIDITY, null, null, RecordType.AGREEMENT),
	/** The meeting an agreement was signed at. */
	MEETING(Rule.MOST_SOURCES, Aspect.SUBJECT, "Meeting", RecordType.MEETING, RecordType.AGREEMENT),
	/** The organisation of a post. */
	ORGANISATION(Rule.MOST_SOURCES, Aspect.SUBJECT, "Organisation", RecordType.ORGANISATION, RecordType.POSITION),
	/** Since when a post is held. */
	FROM(Rule.DATE, Aspect.DATE, null, null, RecordType.POSITION),
	/** Until when a post was held. */
	UNTIL(Rule.DATE, Aspect.DATE, null, null, RecordType.POSITION),
	/** A participant's role (host, guest, attendee). */
	ROLE(Rule.MOST_SOURCES, Aspect.SUBJECT, null, null, RecordType.PARTICIPANT),
	/** The post a participant or signatory acted in. */
	CAPACITY(Rule.MOST_SOURCES, Aspect.SUBJECT, "Position", RecordType.POSITION, RecordType.PARTICIPANT,
			RecordType.SIGNATORY);

	private final Rule rule;

	private final Aspect aspect;

	private final String referenceType;

	private final RecordType referenceSubject;

	private final Set<RecordType> subjects;

	ClaimField(Rule rule, Aspect aspect, String referenceType, RecordType referenceSubject, RecordType... subjects) {
		this.rule = rule;
		this.aspect = aspect;
		this.referenceType = referenceType;
		this.referenceSubject = referenceSubject;
		this.subjects = Set.of(subjects);
	}

	public Rule rule() {
		return this.rule;
	}

	/** The aspect of the evidence quotes that support a claim of this field. */
	public Aspect aspect() {
		return this.aspect;
	}

	/** The GraphQL type of the entity a value names (its slug is served as that type's global ID), or null. */
	public String referenceType() {
		return this.referenceType;
	}

	/** The kind of record a value names, or null when the value is not a reference. */
	public RecordType referenceSubject() {
		return this.referenceSubject;
	}

	/** Whether records of the type have this field. */
	public boolean of(RecordType type) {
		return this.subjects.contains(type);
	}

	/** The fields of a type of record. */
	public static List<ClaimField> of(RecordType type, boolean namesToo) {
		return Arrays.stream(values())
			.filter((field) -> field.of(type) && (namesToo || field.rule != Rule.NAMES))
			.toList();
	}

	/** The order of stages for {@link Rule#FURTHEST}: the index of a value, later is further. */
	int stage(String value) {
		return Agreement.Status.valueOf(value).ordinal();
	}

	/** Whether the served value may be cleared when no claim is left (a kind or a role always stays). */
	boolean optional() {
		return this != KIND && this != TITLE && this != ROLE && this != ORGANISATION;
	}

	/**
	 * How the served value of a field is chosen from its claims (src/docs/writing-data.md, "Claims"). Names are a
	 * union; every other rule serves one value and marks the field disputed where sources disagree.
	 */
	public enum Rule {

		/** Every name and alias is served; spellings never dispute each other. */
		NAMES,
		/**
		 * The value asserted by the most sources (articles and editors), ties to the earliest claim;
		 * disputed when sources assert different values.
		 */
		MOST_SOURCES,
		/**
		 * The date consistent with the most claims (two partial dates are consistent when their
		 * ranges overlap), ties to the most precise, then to the earliest claim; disputed when two
		 * claims are inconsistent. "June 2023" and "9 June 2023" agree, and 9 June is served.
		 */
		DATE,
		/**
		 * The furthest stage any source reports (an agreement moves from planned to signed to in
		 * force to ended, and articles of different dates tell different stages); never disputed.
		 */
		FURTHEST

	}

}
