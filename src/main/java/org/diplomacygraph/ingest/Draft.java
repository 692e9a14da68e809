package org.diplomacygraph.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.model.PartialDate;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;

/**
 * A record of one type gathered from every entry that declares it ({@link Drafts}): where each
 * file declares it, the stored record it extends (an ingested article's entry with the id of a
 * stored record), and its values, each a typed {@link Value} that remembers where it was first given.
 * References to other records are their slugs until {@link GraphBuilder} resolves them.
 *
 * @param <E> the entity the draft becomes
 */
abstract class Draft<E> {

	final SubjectType type;

	final String id;

	/** The entry's path in a file, e.g. {@code people[to-lam].positions[to-lam/president]}. */
	final String entry;

	private final Class<E> entity;

	/** Where each file declares it, by file, in the order met. */
	private final Map<String, Where> declarations = new LinkedHashMap<>();

	private E stored;

	Draft(SubjectType type, String id, String entry, Class<E> entity) {
		this.type = type;
		this.id = id;
		this.entry = entry;
		this.entity = entity;
	}

	/** The stored entity this draft extends, or null for a new one. */
	E stored() {
		return this.stored;
	}

	/** Makes this draft extend a stored entity, taking the stored values that entries must agree with. */
	void extend(Object stored, Where origin) {
		this.stored = this.entity.cast(stored);
		seed(this.stored, origin);
	}

	/** Takes the stored values that entries must agree with, as if a file gave them at {@code origin}. */
	void seed(E stored, Where origin) {
	}

	void declare(Where at) {
		this.declarations.putIfAbsent(at.file(), at);
	}

	/** Where the given article declares this entry (declared before). */
	Where at(ArticleDraft article) {
		return this.declarations.get(article.file());
	}

	/** Where the given article declares this relationship, at a path. */
	Where at(ArticleDraft article, List<String> path) {
		return this.declarations.computeIfAbsent(article.file(), (file) -> new Where(file, this.entry, path));
	}

	boolean declaredIn(ArticleDraft article) {
		return this.declarations.containsKey(article.file());
	}

	/** The first file that declares this entry. */
	Where first() {
		return this.declarations.values().iterator().next();
	}

	/** Where a value was given, or the first declaration if no file gives it. */
	Where origin(Value<?> value) {
		return (value.origin() != null) ? value.origin() : first();
	}

	/**
	 * A single value of a draft: the first one given, where it was given, and whether an entry gave
	 * one that was reported invalid (so that it is not reported missing too).
	 *
	 * @param <T> the value's type
	 */
	static final class Value<T> {

		/** The field's name in annotation files and messages. */
		final String field;

		private T value;

		private Where origin;

		private boolean invalid;

		Value(String field) {
			this.field = field;
		}

		T get() {
			return this.value;
		}

		Where origin() {
			return this.origin;
		}

		/** Takes the value if none is given yet; the value it has otherwise. */
		T offer(T value, Where at) {
			if (this.value == null) {
				this.value = value;
				this.origin = at;
				return null;
			}
			return this.value;
		}

		/** A stored value, if any, as if given at {@code origin}. */
		void seed(T value, Where origin) {
			if (value != null) {
				this.value = value;
				this.origin = origin;
			}
		}

		void markInvalid() {
			this.invalid = true;
		}

		boolean isInvalid() {
			return this.invalid;
		}

	}

	/** A record with a name and aliases: a country, place, organisation or person. */
	abstract static class Named<E> extends Draft<E> {

		final Value<String> name = new Value<>("name");

		/** The aliases the entries give, in the order met. */
		final Set<String> aliases = new LinkedHashSet<>();

		Named(SubjectType type, String id, String entry, Class<E> entity) {
			super(type, id, entry, entity);
		}

		/** The name the stored entity is recorded under; null for a new one. */
		final String storedName() {
			return (stored() != null) ? nameOf(stored()) : null;
		}

		abstract String nameOf(E stored);

		abstract Collection<String> aliasesOf(E stored);

		List<String> aliasesExceptName() {
			return this.aliases.stream().filter((alias) -> !alias.equals(this.name.get())).toList();
		}

	}

	static final class CountryDraft extends Named<Country> {

		final Value<String> code = new Value<>("code");

		CountryDraft(String id, String entry) {
			super(SubjectType.COUNTRY, id, entry, Country.class);
		}

		@Override
		void seed(Country stored, Where origin) {
			this.name.seed(stored.getName(), origin);
			this.code.seed(stored.getCode(), origin);
		}

		@Override
		String nameOf(Country stored) {
			return stored.getName();
		}

		@Override
		Collection<String> aliasesOf(Country stored) {
			return stored.getAliases();
		}

	}

	static final class PlaceDraft extends Named<Place> {

		final Value<Place.Kind> kind = new Value<>("kind");

		final Value<String> country = new Value<>("country");

		final Value<String> within = new Value<>("within");

		PlaceDraft(String id, String entry) {
			super(SubjectType.PLACE, id, entry, Place.class);
		}

		@Override
		void seed(Place stored, Where origin) {
			this.kind.seed(stored.getKind(), origin);
			this.country.seed(stored.getCountryId(), origin);
			this.within.seed(stored.getWithinId(), origin);
		}

		@Override
		String nameOf(Place stored) {
			return stored.getName();
		}

		@Override
		Collection<String> aliasesOf(Place stored) {
			return stored.getAliases();
		}

	}

	static final class OrganisationDraft extends Named<Organisation> {

		final Value<Organisation.Kind> kind = new Value<>("kind");

		final Value<String> country = new Value<>("country");

		final Value<String> parent = new Value<>("parent");

		OrganisationDraft(String id, String entry) {
			super(SubjectType.ORGANISATION, id, entry, Organisation.class);
		}

		@Override
		void seed(Organisation stored, Where origin) {
			this.kind.seed(stored.getKind(), origin);
			this.country.seed(stored.getCountryId(), origin);
			this.parent.seed(stored.getParentId(), origin);
		}

		@Override
		String nameOf(Organisation stored) {
			return stored.getName();
		}

		@Override
		Collection<String> aliasesOf(Organisation stored) {
			return stored.getAliases();
		}

	}

	static final class PersonDraft extends Named<Person> {

		final Value<String> nationality = new Value<>("nationality");

		PersonDraft(String id, String entry) {
			super(SubjectType.PERSON, id, entry, Person.class);
		}

		@Override
		void seed(Person stored, Where origin) {
			this.nationality.seed(stored.getNationalityId(), origin);
		}

		@Override
		String nameOf(Person stored) {
			return stored.getName();
		}

		@Override
		Collection<String> aliasesOf(Person stored) {
			return stored.getAliases();
		}

	}

	/** A post: its other values are claims, never conflicts, so only its holder is seeded. */
	static final class PositionDraft extends Draft<Position> {

		final Value<String> person = new Value<>("person");

		final Value<String> title = new Value<>("title");

		final Value<String> organisation = new Value<>("organisation");

		final Value<String> country = new Value<>("country");

		final Value<PartialDate> from = new Value<>("from");

		final Value<PartialDate> until = new Value<>("until");

		PositionDraft(String id, String entry) {
			super(SubjectType.POSITION, id, entry, Position.class);
		}

		@Override
		void seed(Position stored, Where origin) {
			this.person.seed(stored.getPersonId(), origin);
		}

	}

	static final class MeetingDraft extends Draft<Meeting> {

		final Value<String> title = new Value<>("title");

		final Value<Meeting.Kind> kind = new Value<>("kind");

		final Value<PartialDate> date = new Value<>("date");

		final Value<PartialDate> endDate = new Value<>("endDate");

		final Value<String> place = new Value<>("place");

		final Value<String> country = new Value<>("country");

		final Value<String> partOf = new Value<>("partOf");

		final Set<String> organisations = new LinkedHashSet<>();

		final Set<String> topics = new LinkedHashSet<>();

		MeetingDraft(String id, String entry) {
			super(SubjectType.MEETING, id, entry, Meeting.class);
		}

	}

	static final class ParticipantDraft extends Draft<Participant> {

		final Value<String> meeting = new Value<>("meeting");

		final Value<String> person = new Value<>("person");

		final Value<Participant.Role> role = new Value<>("role");

		final Value<String> capacity = new Value<>("capacity");

		ParticipantDraft(String id, String entry) {
			super(SubjectType.PARTICIPANT, id, entry, Participant.class);
		}

	}

	static final class AgreementDraft extends Draft<Agreement> {

		final Value<String> title = new Value<>("title");

		final Value<Agreement.Kind> kind = new Value<>("kind");

		final Value<Agreement.Status> status = new Value<>("status");

		final Value<PartialDate> signedOn = new Value<>("signedOn");

		final Value<PartialDate> validFrom = new Value<>("validFrom");

		final Value<PartialDate> validUntil = new Value<>("validUntil");

		final Value<String> meeting = new Value<>("meeting");

		final Set<String> fields = new LinkedHashSet<>();

		AgreementDraft(String id, String entry) {
			super(SubjectType.AGREEMENT, id, entry, Agreement.class);
		}

	}

	static final class PartyDraft extends Draft<AgreementParty> {

		final Value<String> agreement = new Value<>("agreement");

		final Value<String> organisation = new Value<>("organisation");

		final Value<String> country = new Value<>("country");

		PartyDraft(String id, String entry) {
			super(SubjectType.AGREEMENT_PARTY, id, entry, AgreementParty.class);
		}

	}

	static final class SignatoryDraft extends Draft<Signatory> {

		final Value<String> agreement = new Value<>("agreement");

		final Value<String> person = new Value<>("person");

		final Value<String> capacity = new Value<>("capacity");

		SignatoryDraft(String id, String entry) {
			super(SubjectType.SIGNATORY, id, entry, Signatory.class);
		}

	}

}
