package org.diplomacygraph.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.Metadata;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.ParticipantEntry;
import org.diplomacygraph.ingest.AnnotationFile.PartyEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PlaceEntry;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.ingest.AnnotationFile.SignatoryEntry;
import org.diplomacygraph.ingest.IngestArticleInput.AgreementInput;
import org.diplomacygraph.ingest.IngestArticleInput.EvidenceInput;
import org.diplomacygraph.ingest.IngestArticleInput.MeetingInput;
import org.diplomacygraph.ingest.IngestArticleInput.OrganisationInput;
import org.diplomacygraph.ingest.IngestArticleInput.ParticipantInput;
import org.diplomacygraph.ingest.IngestArticleInput.PartyInput;
import org.diplomacygraph.ingest.IngestArticleInput.PersonInput;
import org.diplomacygraph.ingest.IngestArticleInput.PlaceInput;
import org.diplomacygraph.ingest.IngestArticleInput.PositionInput;
import org.diplomacygraph.ingest.IngestArticleInput.SignatoryInput;
import org.diplomacygraph.model.GlobalId;
import org.diplomacygraph.model.Names;
import org.diplomacygraph.model.UserError;
import org.diplomacygraph.model.UserError.Code;

/**
 * Turns an {@code ingestArticle} input into an {@link AnnotationFile} with slugs for ids and
 * references, for {@link CorpusCompiler}: stored entities named by global ID (after merges), local
 * keys, new slugs for new entities, and new people, organisations and places whose folded name is
 * exactly one stored entity's name or alias linked to it. Collects a user error, with the input
 * field's path, for each reference that does not resolve and each name that matches several entities.
 */
final class InputResolver {

	/** The compiler's evidence fields: a user error on one of their items points at its {@code quote}. */
	static final Set<String> EVIDENCE_FIELDS = Set.of("evidence", "dateEvidence", "placeEvidence", "datesEvidence",
			"statusEvidence", "signedOnEvidence", "validityEvidence");

	private final StoredGraph store;

	private final List<UserError> errors = new ArrayList<>();

	/** Local keys to slugs, per type. */
	private final Map<SubjectType, Map<String, String>> keys = new EnumMap<>(SubjectType.class);

	/** Slugs given to entries of this input, per type, with the index of the entry. */
	private final Map<SubjectType, Map<String, Integer>> taken = new EnumMap<>(SubjectType.class);

	/** Stored entities that entries without an ID were linked to by name, per type. */
	private final Map<SubjectType, Set<String>> matched = new EnumMap<>(SubjectType.class);

	InputResolver(StoredGraph store) {
		this.store = store;
		for (SubjectType type : SubjectType.values()) {
			this.keys.put(type, new HashMap<>());
			this.taken.put(type, new LinkedHashMap<>());
			this.matched.put(type, new LinkedHashSet<>());
		}
	}

	List<UserError> errors() {
		return this.errors;
	}

	/** The stored entities matched by name, as (type, slug) pairs in input order. */
	Map<SubjectType, Set<String>> matched() {
		return this.matched;
	}

	/** The annotation file, or null when there are user errors. */
	AnnotationFile resolve(IngestArticleInput input, String articleSlug) {
		required(input.title(), 500, "title");
		required(input.text(), Integer.MAX_VALUE, "text");
		required(input.publisher(), 200, "publisher");
		required(input.language(), 20, "language");
		length(input.url(), 2000, "input", "url");

		// First the ids of every entry, so that references may point forwards.
		List<String> places = ids(input.places(), SubjectType.PLACE, "places", PlaceInput::id, PlaceInput::key,
				PlaceInput::name, 200);
		List<String> organisations = ids(input.organisations(), SubjectType.ORGANISATION, "organisations",
				OrganisationInput::id, OrganisationInput::key, OrganisationInput::name, 300);
		List<String> people = ids(input.people(), SubjectType.PERSON, "people", PersonInput::id, PersonInput::key,
				PersonInput::name, 200);
		List<List<String>> positions = new ArrayList<>();
		for (int i = 0; i < input.people().size(); i++) {
			List<String> posts = new ArrayList<>();
			List<PositionInput> given = input.people().get(i).positions();
			for (int j = 0; j < given.size(); j++) {
				PositionInput position = given.get(j);
				String slug = fresh(SubjectType.POSITION, people.get(i) + "/",
						(position.title() != null) ? position.title() : "post");
				length(position.title(), 200, "input", "people", i, "positions", j, "title");
				posts.add(slug);
				key(SubjectType.POSITION, position.key(), slug, "people", i, "positions", j);
			}
			positions.add(posts);
		}
		List<String> meetings = news(input.meetings(), SubjectType.MEETING, "meetings", MeetingInput::key,
				MeetingInput::title, "meeting");
		List<String> agreements = news(input.agreements(), SubjectType.AGREEMENT, "agreements", AgreementInput::key,
				AgreementInput::title, "agreement");

		// Then every entry with its references resolved.
		List<PlaceEntry> placeEntries = new ArrayList<>();
		for (int i = 0; i < input.places().size(); i++) {
			PlaceInput place = input.places().get(i);
			placeEntries.add(new PlaceEntry(places.get(i), place.name(), aliases(place.aliases(), 200, "places", i),
					place.kind(), country(place.country(), "places", i, "country"),
					ref(SubjectType.PLACE, place.within(), "places", i, "within"), quotes(place.evidence())));
		}
		List<OrganisationEntry> organisationEntries = new ArrayList<>();
		for (int i = 0; i < input.organisations().size(); i++) {
			OrganisationInput organisation = input.organisations().get(i);
			organisationEntries.add(new OrganisationEntry(organisations.get(i), organisation.name(),
					aliases(organisation.aliases(), 300, "organisations", i), organisation.kind(),
					country(organisation.country(), "organisations", i, "country"),
					ref(SubjectType.ORGANISATION, organisation.parent(), "organisations", i, "parent"),
					quotes(organisation.evidence())));
		}
		List<PersonEntry> personEntries = new ArrayList<>();
		for (int i = 0; i < input.people().size(); i++) {
			PersonInput person = input.people().get(i);
			List<PositionEntry> posts = new ArrayList<>();
			for (int j = 0; j < person.positions().size(); j++) {
				PositionInput post = person.positions().get(j);
				posts.add(new PositionEntry(positions.get(i).get(j), post.title(),
						ref(SubjectType.ORGANISATION, post.organisation(), "people", i, "positions", j, "organisation"),
						country(post.country(), "people", i, "positions", j, "country"), post.from(), post.until(),
						quotes(post.datesEvidence()), quotes(post.evidence())));
			}
			personEntries.add(new PersonEntry(people.get(i), person.name(), aliases(person.aliases(), 200, "people", i),
					country(person.nationality(), "people", i, "nationality"), quotes(person.evidence()), posts));
		}
		List<MeetingEntry> meetingEntries = new ArrayList<>();
		for (int i = 0; i < input.meetings().size(); i++) {
			MeetingInput meeting = input.meetings().get(i);
			length(meeting.title(), 500, "input", "meetings", i, "title");
			List<String> members = new ArrayList<>();
			for (int j = 0; j < meeting.organisations().size(); j++) {
				members.add(ref(SubjectType.ORGANISATION, meeting.organisations().get(j), "meetings", i, "organisations", j));
			}
			List<ParticipantEntry> participants = new ArrayList<>();
			for (int j = 0; j < meeting.participants().size(); j++) {
				ParticipantInput participant = meeting.participants().get(j);
				participants.add(new ParticipantEntry(
						ref(SubjectType.PERSON, participant.person(), "meetings", i, "participants", j, "person"),
						participant.role(),
						ref(SubjectType.POSITION, participant.capacity(), "meetings", i, "participants", j, "capacity"),
						quotes(participant.evidence())));
			}
			for (int j = 0; j < meeting.topics().size(); j++) {
				length(meeting.topics().get(j), 200, "input", "meetings", i, "topics", j);
			}
			meetingEntries.add(new MeetingEntry(meetings.get(i), meeting.title(), meeting.kind(), meeting.date(),
					quotes(meeting.dateEvidence()), ref(SubjectType.PLACE, meeting.place(), "meetings", i, "place"),
					country(meeting.country(), "meetings", i, "country"), quotes(meeting.placeEvidence()), members,
					meeting.topics(), quotes(meeting.evidence()), participants));
		}
		List<AgreementEntry> agreementEntries = new ArrayList<>();
		for (int i = 0; i < input.agreements().size(); i++) {
			AgreementInput agreement = input.agreements().get(i);
			length(agreement.title(), 500, "input", "agreements", i, "title");
			List<PartyEntry> parties = new ArrayList<>();
			for (int j = 0; j < agreement.parties().size(); j++) {
				PartyInput party = agreement.parties().get(j);
				parties.add(new PartyEntry(
						ref(SubjectType.ORGANISATION, party.organisation(), "agreements", i, "parties", j, "organisation"),
						country(party.country(), "agreements", i, "parties", j, "country"), quotes(party.evidence())));
			}
			List<SignatoryEntry> signatories = new ArrayList<>();
			for (int j = 0; j < agreement.signatories().size(); j++) {
				SignatoryInput signatory = agreement.signatories().get(j);
				signatories.add(new SignatoryEntry(
						ref(SubjectType.PERSON, signatory.person(), "agreements", i, "signatories", j, "person"),
						ref(SubjectType.POSITION, signatory.capacity(), "agreements", i, "signatories", j, "capacity"),
						quotes(signatory.evidence())));
			}
			for (int j = 0; j < agreement.fields().size(); j++) {
				length(agreement.fields().get(j), 200, "input", "agreements", i, "fields", j);
			}
			agreementEntries.add(new AgreementEntry(agreements.get(i), agreement.title(), agreement.kind(),
					agreement.status(), quotes(agreement.statusEvidence()), agreement.signedOn(),
					quotes(agreement.signedOnEvidence()), agreement.validFrom(), agreement.validUntil(),
					quotes(agreement.validityEvidence()),
					ref(SubjectType.MEETING, agreement.meeting(), "agreements", i, "meeting"), agreement.fields(),
					quotes(agreement.evidence()), parties, signatories));
		}
		if (!this.errors.isEmpty()) {
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

	// ---- entries and their ids -----------------------------------------------------------

	/**
	 * The slug of each entry of a type with names: the stored entity of its {@code id}, the one
	 * stored entity its name matches, or a new slug from its name.
	 */
	private <T> List<String> ids(List<T> entries, SubjectType type, String list, Function<T, String> id,
			Function<T, String> key, Function<T, String> name, int maxName) {
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			T entry = entries.get(i);
			String slug;
			String field;
			length(name.apply(entry), maxName, "input", list, i, "name");
			if (id.apply(entry) != null) {
				field = "id";
				slug = stored(type, id.apply(entry), list, i, "id");
			}
			else if (name.apply(entry) == null || name.apply(entry).isBlank()) {
				error(Code.REQUIRED, "`name` must not be blank: a new " + noun(type) + " needs a name (or give `id`)",
						list, i, "name");
				slug = null;
				field = "name";
			}
			else {
				field = "name";
				slug = match(type, name.apply(entry), list, i);
			}
			// A new entity's slug is fresh; a stored one may be named by one entry only.
			if (slug != null && !Integer.valueOf(-1).equals(this.taken.get(type).get(slug))) {
				Integer other = this.taken.get(type).putIfAbsent(slug, i);
				if (other != null) {
					error(Code.CONFLICT, "this entry is the same " + type(type) + " '" + GlobalId.encode(type(type), slug)
							+ "' as `" + list + "` entry " + other + "; give each entity once", list, i, field);
				}
			}
			slugs.add(slug);
			key(type, key.apply(entry), slug, list, i);
		}
		return slugs;
	}

	/** New slugs for the entries of a type without stored ones (meetings, agreements), from their titles. */
	private <T> List<String> news(List<T> entries, SubjectType type, String list, Function<T, String> key,
			Function<T, String> title, String fallback) {
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			T entry = entries.get(i);
			String slug = fresh(type, "", (title.apply(entry) != null) ? title.apply(entry) : fallback);
			slugs.add(slug);
			key(type, key.apply(entry), slug, list, i);
		}
		return slugs;
	}

	private void key(SubjectType type, String key, String slug, Object... path) {
		if (key == null) {
			return;
		}
		List<Object> at = new ArrayList<>(List.of(path));
		at.add("key");
		if (key.isBlank()) {
			error(Code.REQUIRED, "`key` must not be blank", at.toArray());
		}
		else if (this.keys.get(type).putIfAbsent(key, (slug != null) ? slug : "") != null) {
			error(Code.CONFLICT, "`key` '" + key + "' is given to another " + noun(type) + " of this input too", at.toArray());
		}
	}

	/** The one stored entity a name matches, or a new slug; a user error if it matches several. */
	private String match(SubjectType type, String name, String list, int index) {
		List<String> candidates = this.store.named(type, Names.fold(name));
		if (candidates.size() == 1) {
			this.matched.get(type).add(candidates.get(0));
			return candidates.get(0);
		}
		if (candidates.size() > 1) {
			error(Code.AMBIGUOUS, "`name` '" + name + "' matches " + candidates.size() + " stored " + plural(type) + ": "
					+ String.join(", ", candidates.stream().map((slug) -> "'" + GlobalId.encode(type(type), slug) + "' ("
							+ this.store.name(type, slug) + ")").toList())
					+ "; give the `id` of the one meant", list, index, "name");
			return null;
		}
		return fresh(type, "", name);
	}

	/** A slug for a new entity: the folded words of its name, numbered if taken, stored or merged away. */
	private String fresh(SubjectType type, String prefix, String name) {
		String base = slug(name);
		if (base.isEmpty()) {
			base = noun(type);
		}
		base = prefix + base;
		String slug = base;
		for (int n = 2; this.taken.get(type).containsKey(slug) || this.store.taken(type, slug); n++) {
			slug = base + "-" + n;
		}
		this.taken.get(type).put(slug, -1);
		return slug;
	}

	/** Lower-case ASCII words joined by hyphens, at most 80 characters: {@code Tô Lâm} is {@code to-lam}. */
	static String slug(String text) {
		String words = Names.fold(text).replaceAll("[^a-z0-9 ]", "").strip().replaceAll(" +", "-");
		if (words.length() > 80) {
			words = words.substring(0, 80).replaceAll("-+$", "");
		}
		return words;
	}

	/** The slug of a stored entity given by its global ID, after merges; a user error if it is not one. */
	private String stored(SubjectType type, String globalId, Object... path) {
		String field = String.valueOf(path[path.length - 1]);
		String typeName = type(type);
		GlobalId id = (globalId == null) ? null : GlobalId.decode(globalId).orElse(null);
		if (id == null) {
			error(Code.INVALID, "`" + field + "` is not a valid ID: '" + globalId + "'", path);
			return null;
		}
		if (!id.type().equals(typeName)) {
			error(Code.WRONG_TYPE, "`" + field + "` must be the ID of " + GlobalId.withArticle(typeName) + ", but '"
					+ globalId + "' is the ID of " + GlobalId.withArticle(id.type()), path);
			return null;
		}
		String slug = this.store.current(type, id.id());
		if (slug == null) {
			error(Code.NOT_FOUND, "`" + field + "` '" + globalId + "' refers to no " + typeName, path);
		}
		return slug;
	}

	/** A reference: a local key of this input or the global ID of a stored entity. */
	private String ref(SubjectType type, String value, Object... path) {
		if (value == null) {
			return null;
		}
		String local = this.keys.get(type).get(value);
		if (local != null) {
			return local.isEmpty() ? null : local;
		}
		GlobalId id = GlobalId.decode(value).orElse(null);
		if (id == null || !id.type().matches("[A-Z][A-Za-z]*")) {
			error(Code.NOT_FOUND, "`" + path[path.length - 1] + "` '" + value + "' is neither the `key` of " + a(type)
					+ " of this input nor the ID of a stored " + type(type), path);
			return null;
		}
		return stored(type, value, path);
	}

	private String country(String globalId, Object... path) {
		return (globalId != null) ? stored(SubjectType.COUNTRY, globalId, path) : null;
	}

	private List<String> aliases(List<String> aliases, int max, String list, int index) {
		for (int j = 0; j < aliases.size(); j++) {
			length(aliases.get(j), max, "input", list, index, "aliases", j);
		}
		return aliases.stream().map((alias) -> Normalizer.normalize(alias, Normalizer.Form.NFC).strip()).toList();
	}

	private static List<String> quotes(List<EvidenceInput> evidence) {
		return evidence.stream().map(EvidenceInput::quote).toList();
	}

	private void required(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			this.errors.add(UserError.of(Code.REQUIRED, "`" + field + "` must not be blank", "input", field));
		}
		else {
			length(value, max, "input", field);
		}
	}

	private void length(String value, int max, Object... path) {
		if (value != null && value.strip().length() > max) {
			this.errors.add(new UserError(strings(path), "`" + path[path.length - 1] + "` may have at most " + max
					+ " characters, got " + value.strip().length(), Code.INVALID));
		}
	}

	private void error(Code code, String message, Object... path) {
		List<String> full = new ArrayList<>();
		full.add("input");
		full.addAll(strings(path));
		this.errors.add(new UserError(full, message, code));
	}

	private static List<String> strings(Object... path) {
		return java.util.Arrays.stream(path).map(String::valueOf).toList();
	}

	static String type(SubjectType type) {
		return switch (type) {
			case PERSON -> "Person";
			case ORGANISATION -> "Organisation";
			case PLACE -> "Place";
			case COUNTRY -> "Country";
			case POSITION -> "Position";
			case MEETING -> "Meeting";
			case AGREEMENT -> "Agreement";
			default -> throw new IllegalArgumentException(type.name());
		};
	}

	private static String noun(SubjectType type) {
		return type(type).toLowerCase(java.util.Locale.ROOT);
	}

	private static String a(SubjectType type) {
		String noun = noun(type);
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	private static String plural(SubjectType type) {
		return switch (type) {
			case PERSON -> "people";
			case COUNTRY -> "countries";
			default -> noun(type) + "s";
		};
	}

}
