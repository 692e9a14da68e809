package org.diplomacygraph.ingest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.ingest.CorpusCompiler.Existing;
import org.diplomacygraph.ingest.Draft.Named;
import org.diplomacygraph.ingest.Draft.Value;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.diplomacygraph.values.UserError.Code;

/**
 * The drafts of one compilation, per record type, in the order first declared: an entry with an id
 * declares its record (the first entry makes the draft, the next ones add to it), and an entry whose
 * id is a stored entity's makes the draft extend that entity. Below, the typed draft of each record
 * type: its values, and the stored values that entries must agree with.
 */
final class Drafts {

	final Map<String, CountryDraft> countries = new LinkedHashMap<>();

	final Map<String, PlaceDraft> places = new LinkedHashMap<>();

	final Map<String, OrganisationDraft> organisations = new LinkedHashMap<>();

	final Map<String, PersonDraft> people = new LinkedHashMap<>();

	final Map<String, PositionDraft> positions = new LinkedHashMap<>();

	final Map<String, MeetingDraft> meetings = new LinkedHashMap<>();

	final Map<String, ParticipantDraft> participants = new LinkedHashMap<>();

	final Map<String, AgreementDraft> agreements = new LinkedHashMap<>();

	final Map<String, PartyDraft> parties = new LinkedHashMap<>();

	final Map<String, SignatoryDraft> signatories = new LinkedHashMap<>();

	private final Existing existing;

	private final Checks checks;

	Drafts(Existing existing, Checks checks) {
		this.existing = existing;
		this.checks = checks;
	}

	/** Whether an entry of the compilation declares a record of this type with this id. */
	boolean declares(RecordType type, String id) {
		Map<String, ? extends Draft<?>> drafts = switch (type) {
			case COUNTRY -> this.countries;
			case PLACE -> this.places;
			case ORGANISATION -> this.organisations;
			case PERSON -> this.people;
			case POSITION -> this.positions;
			case MEETING -> this.meetings;
			case PARTICIPANT -> this.participants;
			case AGREEMENT -> this.agreements;
			case AGREEMENT_PARTY -> this.parties;
			case SIGNATORY -> this.signatories;
			// Articles are no records an entry declares.
			case ARTICLE -> Map.<String, Draft<?>>of();
		};
		return drafts.containsKey(id);
	}

	/**
	 * The draft an entry with an id declares, or null with a defect if the id is no slug of the
	 * syntax or is declared twice in one file ({@code seen} holds the file's ids). {@code list} is
	 * where the entry stands in the file ({@code people}, {@code people[to-lam].positions}) and
	 * {@code path} its path for callers that point at input fields.
	 */
	<D extends Draft<?>> D declare(ArticleDraft article, Set<String> seen, Map<String, D> drafts, RecordType type,
			BiFunction<String, String, D> create, String list, String id, Pattern syntax, List<String> path) {
		Where at = new Where(article.file(), list + "[" + id + "]", path);
		if (!this.checks.slug(at, "id", id, syntax)) {
			return null;
		}
		if (!seen.add(type + ":" + id)) {
			this.checks.report(at.defect(Code.CONFLICT, null, "duplicate id '" + id + "' in this file", "id"));
			return null;
		}
		D draft = drafts.get(id);
		if (draft == null) {
			draft = create.apply(id, at.entry());
			drafts.put(id, draft);
			Object stored = this.existing.find(type, id);
			if (stored != null) {
				// Its single values are the stored ones, so that an entry giving another value is a
				// conflict, as between two files.
				draft.extend(stored, new Where(Existing.STORE, type.name().toLowerCase(Locale.ROOT) + " '" + id + "'", path));
			}
		}
		draft.declare(at);
		return draft;
	}

	/** The draft of a relationship (a participation, a party, a signature) that entries of records list. */
	static <D extends Draft<?>> D relation(Map<String, D> drafts, String id, String entry,
			BiFunction<String, String, D> create) {
		return drafts.computeIfAbsent(id, (key) -> create.apply(key, entry));
	}

	// ---- the typed draft of each record type --------------------------------------------

	static final class CountryDraft extends Named<Country> {

		final Value<String> code = new Value<>("code");

		CountryDraft(String id, String entry) {
			super(RecordType.COUNTRY, id, entry, Country.class);
		}

		@Override
		void seed(Country stored, Where origin) {
			this.name.seed(stored.getName(), origin);
			this.code.seed(stored.getCode(), origin);
		}

	}

	static final class PlaceDraft extends Named<Place> {

		final Value<Place.Kind> kind = new Value<>("kind");

		final Value<String> country = new Value<>("country");

		final Value<String> within = new Value<>("within");

		PlaceDraft(String id, String entry) {
			super(RecordType.PLACE, id, entry, Place.class);
		}

		@Override
		void seed(Place stored, Where origin) {
			this.kind.seed(stored.getKind(), origin);
			this.country.seed(stored.getCountryId(), origin);
			this.within.seed(stored.getWithinId(), origin);
		}

	}

	static final class OrganisationDraft extends Named<Organisation> {

		final Value<Organisation.Kind> kind = new Value<>("kind");

		final Value<String> country = new Value<>("country");

		final Value<String> parent = new Value<>("parent");

		OrganisationDraft(String id, String entry) {
			super(RecordType.ORGANISATION, id, entry, Organisation.class);
		}

		@Override
		void seed(Organisation stored, Where origin) {
			this.kind.seed(stored.getKind(), origin);
			this.country.seed(stored.getCountryId(), origin);
			this.parent.seed(stored.getParentId(), origin);
		}

	}

	static final class PersonDraft extends Named<Person> {

		final Value<String> nationality = new Value<>("nationality");

		PersonDraft(String id, String entry) {
			super(RecordType.PERSON, id, entry, Person.class);
		}

		@Override
		void seed(Person stored, Where origin) {
			this.nationality.seed(stored.getNationalityId(), origin);
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
			super(RecordType.POSITION, id, entry, Position.class);
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
			super(RecordType.MEETING, id, entry, Meeting.class);
		}

	}

	static final class ParticipantDraft extends Draft<Participant> {

		final Value<String> meeting = new Value<>("meeting");

		final Value<String> person = new Value<>("person");

		final Value<Participant.Role> role = new Value<>("role");

		final Value<String> capacity = new Value<>("capacity");

		ParticipantDraft(String id, String entry) {
			super(RecordType.PARTICIPANT, id, entry, Participant.class);
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
			super(RecordType.AGREEMENT, id, entry, Agreement.class);
		}

	}

	static final class PartyDraft extends Draft<AgreementParty> {

		final Value<String> agreement = new Value<>("agreement");

		final Value<String> organisation = new Value<>("organisation");

		final Value<String> country = new Value<>("country");

		PartyDraft(String id, String entry) {
			super(RecordType.AGREEMENT_PARTY, id, entry, AgreementParty.class);
		}

	}

	static final class SignatoryDraft extends Draft<Signatory> {

		final Value<String> agreement = new Value<>("agreement");

		final Value<String> person = new Value<>("person");

		final Value<String> capacity = new Value<>("capacity");

		SignatoryDraft(String id, String entry) {
			super(RecordType.SIGNATORY, id, entry, Signatory.class);
		}

	}

}
