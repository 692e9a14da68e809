package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.Metadata;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.ParticipantEntry;
import org.diplomacygraph.ingest.AnnotationFile.PartyEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PlaceEntry;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.ingest.AnnotationFile.Quote;
import org.diplomacygraph.ingest.AnnotationFile.SignatoryEntry;
import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText.Field;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.UserError.Code;
import org.diplomacygraph.values.UserError;

/**
 * Turns an {@code ingestArticle} input — its entries already in the model of the annotation files —
 * into an {@link AnnotationFile} with slugs for ids and references, for {@link CorpusCompiler}: each
 * entry linked to a stored record or a new slug ({@link EntryLinker}), its {@code key} registered
 * ({@link LocalKeys}), and every reference (a key of this input or a global ID) resolved. Collects a
 * user error, with the input field's path, for each value that breaks its field's rule and each
 * reference that does not resolve ({@link InputChecks}).
 */
final class InputResolver {

	/** The compiler's evidence fields: a user error on one of their items points at its {@code quote}. */
	static final Set<String> EVIDENCE_FIELDS = Set.of("evidence", "dateEvidence", "placeEvidence", "datesEvidence",
			"statusEvidence", "signedOnEvidence", "validityEvidence");

	private final InputChecks checks;

	private final LocalKeys keys;

	private final EntryLinker linker;

	private final EntryMatches matches;

	InputResolver(StoredGraph store, Map<RecordType, List<String>> earlier, Matcher matcher) {
		this.checks = new InputChecks(store);
		this.keys = new LocalKeys(this.checks);
		this.linker = new EntryLinker(store, this.checks, this.keys, earlier, matcher);
		this.matches = this.linker.matches();
	}

	List<UserError> errors() {
		return this.checks.errors();
	}

	/** The decision taken for each entry, in input order (entries of refused inputs included). */
	List<EntryLinker.Link> links() {
		return this.linker.links();
	}

	/** The stored entities matched by name, as (type, slug) pairs in input order. */
	Map<RecordType, Set<String>> matched() {
		return this.linker.matched();
	}

	/** The annotation file, or null when there are user errors. */
	AnnotationFile resolve(IngestArticleInput input, String articleSlug) {
		this.checks.required(input.title(), Field.TITLE, "title");
		this.checks.required(input.text(), Field.TEXT, "text");
		this.checks.required(input.publisher(), Field.LABEL, "publisher");
		this.checks.check(input.publishedOn(), Field.DATE, "publishedOn");
		this.checks.required(input.language(), Field.LANGUAGE, "language");
		this.checks.check(input.url(), Field.URL, "url");
		this.checks.each(input.notStory(), Field.TEXT, "notStory");

		// First the record of every entry, so that references may point forwards.
		List<String> places = new ArrayList<>();
		for (int i = 0; i < input.places().size(); i++) {
			PlaceEntry place = input.places().get(i);
			places.add(named(RecordType.PLACE, "places", i, place.id(), place.key(), place.name(), Field.NAME,
					place.newRecord(), () -> this.matches.place(place)));
		}
		List<String> organisations = new ArrayList<>();
		for (int i = 0; i < input.organisations().size(); i++) {
			OrganisationEntry organisation = input.organisations().get(i);
			organisations.add(named(RecordType.ORGANISATION, "organisations", i, organisation.id(), organisation.key(),
					organisation.name(), Field.ORGANISATION_NAME, organisation.newRecord(),
					() -> this.matches.organisation(organisation)));
		}
		List<String> people = new ArrayList<>();
		for (int i = 0; i < input.people().size(); i++) {
			PersonEntry person = input.people().get(i);
			people.add(named(RecordType.PERSON, "people", i, person.id(), person.key(), person.name(), Field.NAME,
					person.newRecord(), () -> this.matches.person(person)));
		}
		List<List<String>> positions = new ArrayList<>();
		for (int i = 0; i < input.people().size(); i++) {
			List<String> posts = new ArrayList<>();
			List<PositionEntry> given = input.people().get(i).positions();
			for (int j = 0; j < given.size(); j++) {
				PositionEntry position = given.get(j);
				String slug = this.linker.post(people.get(i), position, "people", i, "positions", j).slug();
				this.checks.check(position.title(), Field.LABEL, "people", i, "positions", j, "title");
				this.checks.check(position.from(), Field.DATE, "people", i, "positions", j, "from");
				this.checks.check(position.until(), Field.DATE, "people", i, "positions", j, "until");
				posts.add(slug);
				this.keys.register(RecordType.POSITION, position.key(), slug, "people", i, "positions", j);
			}
			positions.add(posts);
		}
		List<String> meetings = new ArrayList<>();
		for (int i = 0; i < input.meetings().size(); i++) {
			MeetingEntry meeting = input.meetings().get(i);
			meetings.add(report(RecordType.MEETING, "meetings", i, meeting.id(), meeting.key(), meeting.title(), "meeting",
					meeting.newRecord(), () -> this.matches.meeting(meeting)));
		}
		List<String> agreements = new ArrayList<>();
		for (int i = 0; i < input.agreements().size(); i++) {
			AgreementEntry agreement = input.agreements().get(i);
			agreements.add(report(RecordType.AGREEMENT, "agreements", i, agreement.id(), agreement.key(),
					agreement.title(), "agreement", agreement.newRecord(), () -> this.matches.agreement(agreement)));
		}

		// Then every entry with its references resolved.
		List<PlaceEntry> placeEntries = new ArrayList<>();
		for (int i = 0; i < input.places().size(); i++) {
			placeEntries.add(place(input.places().get(i), places.get(i), i));
		}
		List<OrganisationEntry> organisationEntries = new ArrayList<>();
		for (int i = 0; i < input.organisations().size(); i++) {
			organisationEntries.add(organisation(input.organisations().get(i), organisations.get(i), i));
		}
		List<PersonEntry> personEntries = new ArrayList<>();
		for (int i = 0; i < input.people().size(); i++) {
			personEntries.add(person(input.people().get(i), people.get(i), positions.get(i), i));
		}
		List<MeetingEntry> meetingEntries = new ArrayList<>();
		for (int i = 0; i < input.meetings().size(); i++) {
			meetingEntries.add(meeting(input.meetings().get(i), meetings.get(i), i));
		}
		List<AgreementEntry> agreementEntries = new ArrayList<>();
		for (int i = 0; i < input.agreements().size(); i++) {
			agreementEntries.add(agreement(input.agreements().get(i), agreements.get(i), i));
		}
		if (!this.checks.isEmpty()) {
			return null;
		}
		Metadata metadata = new Metadata(articleSlug, input.title(), input.publisher(), input.publishedOn(),
				input.language(), input.url(), input.notStory());
		return new AnnotationFile(metadata, List.of(), placeEntries, organisationEntries, personEntries, meetingEntries,
				agreementEntries);
	}

	/** The path of a compiler problem as a path of this input: evidence items point at their quote. */
	static List<String> inputPath(List<String> path) {
		List<String> full = new ArrayList<>();
		full.add("input");
		full.addAll(path);
		int size = path.size();
		if (size >= 2 && EVIDENCE_FIELDS.contains(path.get(size - 2)) && path.get(size - 1).matches("\\d+")) {
			full.add("quote");
		}
		return full;
	}

	// ---- the record of each entry --------------------------------------------------------

	private String named(RecordType type, String list, int index, String id, String key, String name, Field nameField,
			Boolean newRecord, Supplier<Ranking> ranking) {
		String slug = this.linker.named(type, list, index, id, name, nameField, newRecord, ranking).slug();
		this.keys.register(type, key, slug, list, index);
		return slug;
	}

	private String report(RecordType type, String list, int index, String id, String key, String title,
			String fallback, Boolean newRecord, Supplier<Ranking> ranking) {
		String slug = this.linker.report(type, list, index, id, title, fallback, newRecord, ranking).slug();
		this.keys.register(type, key, slug, list, index);
		return slug;
	}

	// ---- entries with their references resolved ------------------------------------------

	private PlaceEntry place(PlaceEntry place, String slug, int i) {
		this.checks.check(place.kind(), Field.CODE, "places", i, "kind");
		return new PlaceEntry(slug, null, InputText.normalise(place.name()),
				aliases(place.aliases(), Field.NAME, "places", i), place.kind(),
				country(place.country(), "places", i, "country"),
				ref(RecordType.PLACE, place.within(), "places", i, "within"),
				quotes(place.evidence(), "places", i, "evidence"), null);
	}

	private OrganisationEntry organisation(OrganisationEntry organisation, String slug, int i) {
		this.checks.check(organisation.kind(), Field.CODE, "organisations", i, "kind");
		return new OrganisationEntry(slug, null, InputText.normalise(organisation.name()),
				aliases(organisation.aliases(), Field.ORGANISATION_NAME, "organisations", i), organisation.kind(),
				country(organisation.country(), "organisations", i, "country"),
				ref(RecordType.ORGANISATION, organisation.parent(), "organisations", i, "parent"),
				quotes(organisation.evidence(), "organisations", i, "evidence"), null);
	}

	private PersonEntry person(PersonEntry person, String slug, List<String> positions, int i) {
		List<PositionEntry> posts = new ArrayList<>();
		for (int j = 0; j < person.positions().size(); j++) {
			PositionEntry post = person.positions().get(j);
			posts.add(new PositionEntry(positions.get(j), null, post.title(),
					ref(RecordType.ORGANISATION, post.organisation(), "people", i, "positions", j, "organisation"),
					country(post.country(), "people", i, "positions", j, "country"), post.from(), post.until(),
					quotes(post.datesEvidence(), "people", i, "positions", j, "datesEvidence"),
					quotes(post.evidence(), "people", i, "positions", j, "evidence"), null));
		}
		return new PersonEntry(slug, null, InputText.normalise(person.name()),
				aliases(person.aliases(), Field.NAME, "people", i),
				country(person.nationality(), "people", i, "nationality"),
				quotes(person.evidence(), "people", i, "evidence"), posts, null);
	}

	private MeetingEntry meeting(MeetingEntry meeting, String slug, int i) {
		this.checks.check(meeting.title(), Field.TITLE, "meetings", i, "title");
		this.checks.check(meeting.kind(), Field.CODE, "meetings", i, "kind");
		this.checks.check(meeting.date(), Field.DATE, "meetings", i, "date");
		this.checks.check(meeting.endDate(), Field.DATE, "meetings", i, "endDate");
		List<String> members = new ArrayList<>();
		for (int j = 0; j < meeting.organisations().size(); j++) {
			members.add(ref(RecordType.ORGANISATION, meeting.organisations().get(j), "meetings", i, "organisations", j));
		}
		List<ParticipantEntry> participants = new ArrayList<>();
		for (int j = 0; j < meeting.participants().size(); j++) {
			ParticipantEntry participant = meeting.participants().get(j);
			this.checks.check(participant.role(), Field.CODE, "meetings", i, "participants", j, "role");
			participants.add(new ParticipantEntry(
					ref(RecordType.PERSON, participant.person(), "meetings", i, "participants", j, "person"),
					participant.role(),
					ref(RecordType.POSITION, participant.capacity(), "meetings", i, "participants", j, "capacity"),
					quotes(participant.evidence(), "meetings", i, "participants", j, "evidence")));
		}
		this.checks.each(meeting.topics(), Field.LABEL, "meetings", i, "topics");
		List<Quote> dateEvidence = quotes(meeting.dateEvidence(), "meetings", i, "dateEvidence");
		String place = ref(RecordType.PLACE, meeting.place(), "meetings", i, "place");
		String country = country(meeting.country(), "meetings", i, "country");
		List<Quote> placeEvidence = quotes(meeting.placeEvidence(), "meetings", i, "placeEvidence");
		List<Quote> evidence = quotes(meeting.evidence(), "meetings", i, "evidence");
		String partOf = ref(RecordType.MEETING, meeting.partOf(), "meetings", i, "partOf");
		return new MeetingEntry(slug, null, meeting.title(), meeting.kind(), meeting.date(), meeting.endDate(),
				dateEvidence, partOf, place, country, placeEvidence, members, meeting.topics(), evidence, participants,
				null);
	}

	private AgreementEntry agreement(AgreementEntry agreement, String slug, int i) {
		this.checks.check(agreement.title(), Field.TITLE, "agreements", i, "title");
		this.checks.check(agreement.kind(), Field.CODE, "agreements", i, "kind");
		this.checks.check(agreement.status(), Field.CODE, "agreements", i, "status");
		this.checks.check(agreement.signedOn(), Field.DATE, "agreements", i, "signedOn");
		this.checks.check(agreement.validFrom(), Field.DATE, "agreements", i, "validFrom");
		this.checks.check(agreement.validUntil(), Field.DATE, "agreements", i, "validUntil");
		List<PartyEntry> parties = new ArrayList<>();
		for (int j = 0; j < agreement.parties().size(); j++) {
			PartyEntry party = agreement.parties().get(j);
			parties.add(new PartyEntry(
					ref(RecordType.ORGANISATION, party.organisation(), "agreements", i, "parties", j, "organisation"),
					country(party.country(), "agreements", i, "parties", j, "country"),
					quotes(party.evidence(), "agreements", i, "parties", j, "evidence")));
		}
		List<SignatoryEntry> signatories = new ArrayList<>();
		for (int j = 0; j < agreement.signatories().size(); j++) {
			SignatoryEntry signatory = agreement.signatories().get(j);
			signatories.add(new SignatoryEntry(
					ref(RecordType.PERSON, signatory.person(), "agreements", i, "signatories", j, "person"),
					ref(RecordType.POSITION, signatory.capacity(), "agreements", i, "signatories", j, "capacity"),
					quotes(signatory.evidence(), "agreements", i, "signatories", j, "evidence")));
		}
		this.checks.each(agreement.fields(), Field.LABEL, "agreements", i, "fields");
		return new AgreementEntry(slug, null, agreement.title(), agreement.kind(), agreement.status(),
				quotes(agreement.statusEvidence(), "agreements", i, "statusEvidence"), agreement.signedOn(),
				quotes(agreement.signedOnEvidence(), "agreements", i, "signedOnEvidence"), agreement.validFrom(),
				agreement.validUntil(), quotes(agreement.validityEvidence(), "agreements", i, "validityEvidence"),
				ref(RecordType.MEETING, agreement.meeting(), "agreements", i, "meeting"), agreement.fields(),
				quotes(agreement.evidence(), "agreements", i, "evidence"), parties, signatories, null);
	}

	// ---- references ----------------------------------------------------------------------

	/** A reference: a local key of this input or the global ID of a stored entity. */
	private String ref(RecordType type, String value, Object... path) {
		if (value == null || !this.checks.check(value, Field.ID, path)) {
			return null;
		}
		if (this.keys.names(type, value)) {
			return this.keys.slug(type, value);
		}
		GlobalId id = GlobalId.decode(value).orElse(null);
		if (id == null || !id.type().matches("[A-Z][A-Za-z]*")) {
			this.checks.error(Code.NOT_FOUND, "`" + path[path.length - 1] + "` '" + InputText.echo(value)
					+ "' is neither the `key` of " + type.withArticle() + " of this input nor the ID of a stored "
					+ type.typeName(), path);
			return null;
		}
		return this.checks.stored(type, value, path);
	}

	private String country(String globalId, Object... path) {
		return (globalId != null) ? this.checks.stored(RecordType.COUNTRY, globalId, path) : null;
	}

	/** The aliases, checked by the rule of names and normalised as names are stored. */
	private List<String> aliases(List<String> aliases, Field field, String list, int index) {
		this.checks.each(aliases, field, list, index, "aliases");
		return aliases.stream().map(InputText::normalise).toList();
	}

	/** The quotes, each checked as verbatim text (a user error points at its {@code quote}). */
	private List<Quote> quotes(List<Quote> evidence, Object... path) {
		this.checks.quotes(evidence, path);
		return evidence;
	}

}
