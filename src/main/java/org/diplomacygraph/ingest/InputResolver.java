package org.diplomacygraph.ingest;

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
import org.diplomacygraph.model.InputText;
import org.diplomacygraph.model.InputText.Field;
import org.diplomacygraph.model.Names;
import org.diplomacygraph.model.UserError;
import org.diplomacygraph.model.UserError.Code;
import org.diplomacygraph.record.RecordType;

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

	/**
	 * The slugs an earlier version of the article gave its meetings and agreements, by position: a
	 * replacement gives its entries without {@code id} the same records (or, if gone, the same IDs).
	 */
	private final Map<SubjectType, List<String>> earlier;

	InputResolver(StoredGraph store) {
		this(store, Map.of());
	}

	InputResolver(StoredGraph store, Map<SubjectType, List<String>> earlier) {
		this.store = store;
		this.earlier = earlier;
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
		required(input.title(), Field.TITLE, "title");
		required(input.text(), Field.TEXT, "text");
		required(input.publisher(), Field.LABEL, "publisher");
		check(input.publishedOn(), Field.DATE, "publishedOn");
		required(input.language(), Field.LANGUAGE, "language");
		check(input.url(), Field.URL, "url");
		each(input.notStory(), Field.TEXT, "notStory");

		// First the ids of every entry, so that references may point forwards.
		List<String> places = ids(input.places(), SubjectType.PLACE, "places", PlaceInput::id, PlaceInput::key,
				PlaceInput::name, Field.NAME);
		List<String> organisations = ids(input.organisations(), SubjectType.ORGANISATION, "organisations",
				OrganisationInput::id, OrganisationInput::key, OrganisationInput::name, Field.ORGANISATION_NAME);
		List<String> people = ids(input.people(), SubjectType.PERSON, "people", PersonInput::id, PersonInput::key,
				PersonInput::name, Field.NAME);
		List<List<String>> positions = new ArrayList<>();
		for (int i = 0; i < input.people().size(); i++) {
			List<String> posts = new ArrayList<>();
			List<PositionInput> given = input.people().get(i).positions();
			for (int j = 0; j < given.size(); j++) {
				PositionInput position = given.get(j);
				String same = (position.id() == null) ? samePost(people.get(i), position) : null;
				String slug = (position.id() != null)
						? stored(SubjectType.POSITION, position.id(), "people", i, "positions", j, "id")
						: (same != null) ? same
								: fresh(SubjectType.POSITION, people.get(i) + "/", (position.title() != null) ? position.title() : "post");
				if (same != null) {
					this.matched.get(SubjectType.POSITION).add(same);
				}
				check(position.title(), Field.LABEL, "people", i, "positions", j, "title");
				check(position.from(), Field.DATE, "people", i, "positions", j, "from");
				check(position.until(), Field.DATE, "people", i, "positions", j, "until");
				posts.add(slug);
				key(SubjectType.POSITION, position.key(), slug, "people", i, "positions", j);
			}
			positions.add(posts);
		}
		List<String> meetings = news(input.meetings(), SubjectType.MEETING, "meetings", MeetingInput::id,
				MeetingInput::key, MeetingInput::title, "meeting");
		List<String> agreements = news(input.agreements(), SubjectType.AGREEMENT, "agreements", AgreementInput::id,
				AgreementInput::key, AgreementInput::title, "agreement");

		// Then every entry with its references resolved.
		List<PlaceEntry> placeEntries = new ArrayList<>();
		for (int i = 0; i < input.places().size(); i++) {
			PlaceInput place = input.places().get(i);
			check(place.kind(), Field.CODE, "places", i, "kind");
			placeEntries.add(new PlaceEntry(places.get(i), InputText.normalise(place.name()),
					aliases(place.aliases(), Field.NAME, "places", i), place.kind(),
					country(place.country(), "places", i, "country"),
					ref(SubjectType.PLACE, place.within(), "places", i, "within"),
					quotes(place.evidence(), "places", i, "evidence")));
		}
		List<OrganisationEntry> organisationEntries = new ArrayList<>();
		for (int i = 0; i < input.organisations().size(); i++) {
			OrganisationInput organisation = input.organisations().get(i);
			check(organisation.kind(), Field.CODE, "organisations", i, "kind");
			organisationEntries.add(new OrganisationEntry(organisations.get(i), InputText.normalise(organisation.name()),
					aliases(organisation.aliases(), Field.ORGANISATION_NAME, "organisations", i), organisation.kind(),
					country(organisation.country(), "organisations", i, "country"),
					ref(SubjectType.ORGANISATION, organisation.parent(), "organisations", i, "parent"),
					quotes(organisation.evidence(), "organisations", i, "evidence")));
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
						quotes(post.datesEvidence(), "people", i, "positions", j, "datesEvidence"),
						quotes(post.evidence(), "people", i, "positions", j, "evidence")));
			}
			personEntries.add(new PersonEntry(people.get(i), InputText.normalise(person.name()),
					aliases(person.aliases(), Field.NAME, "people", i),
					country(person.nationality(), "people", i, "nationality"),
					quotes(person.evidence(), "people", i, "evidence"), posts));
		}
		List<MeetingEntry> meetingEntries = new ArrayList<>();
		for (int i = 0; i < input.meetings().size(); i++) {
			MeetingInput meeting = input.meetings().get(i);
			check(meeting.title(), Field.TITLE, "meetings", i, "title");
			check(meeting.kind(), Field.CODE, "meetings", i, "kind");
			check(meeting.date(), Field.DATE, "meetings", i, "date");
			check(meeting.endDate(), Field.DATE, "meetings", i, "endDate");
			List<String> members = new ArrayList<>();
			for (int j = 0; j < meeting.organisations().size(); j++) {
				members.add(ref(SubjectType.ORGANISATION, meeting.organisations().get(j), "meetings", i, "organisations", j));
			}
			List<ParticipantEntry> participants = new ArrayList<>();
			for (int j = 0; j < meeting.participants().size(); j++) {
				ParticipantInput participant = meeting.participants().get(j);
				check(participant.role(), Field.CODE, "meetings", i, "participants", j, "role");
				participants.add(new ParticipantEntry(
						ref(SubjectType.PERSON, participant.person(), "meetings", i, "participants", j, "person"),
						participant.role(),
						ref(SubjectType.POSITION, participant.capacity(), "meetings", i, "participants", j, "capacity"),
						quotes(participant.evidence(), "meetings", i, "participants", j, "evidence")));
			}
			each(meeting.topics(), Field.LABEL, "meetings", i, "topics");
			meetingEntries.add(new MeetingEntry(meetings.get(i), meeting.title(), meeting.kind(), meeting.date(),
					quotes(meeting.dateEvidence(), "meetings", i, "dateEvidence"),
					ref(SubjectType.PLACE, meeting.place(), "meetings", i, "place"),
					country(meeting.country(), "meetings", i, "country"),
					quotes(meeting.placeEvidence(), "meetings", i, "placeEvidence"), members, meeting.topics(),
					quotes(meeting.evidence(), "meetings", i, "evidence"), participants, meeting.endDate(),
					ref(SubjectType.MEETING, meeting.partOf(), "meetings", i, "partOf")));
		}
		List<AgreementEntry> agreementEntries = new ArrayList<>();
		for (int i = 0; i < input.agreements().size(); i++) {
			AgreementInput agreement = input.agreements().get(i);
			check(agreement.title(), Field.TITLE, "agreements", i, "title");
			check(agreement.kind(), Field.CODE, "agreements", i, "kind");
			check(agreement.status(), Field.CODE, "agreements", i, "status");
			check(agreement.signedOn(), Field.DATE, "agreements", i, "signedOn");
			check(agreement.validFrom(), Field.DATE, "agreements", i, "validFrom");
			check(agreement.validUntil(), Field.DATE, "agreements", i, "validUntil");
			List<PartyEntry> parties = new ArrayList<>();
			for (int j = 0; j < agreement.parties().size(); j++) {
				PartyInput party = agreement.parties().get(j);
				parties.add(new PartyEntry(
						ref(SubjectType.ORGANISATION, party.organisation(), "agreements", i, "parties", j, "organisation"),
						country(party.country(), "agreements", i, "parties", j, "country"),
						quotes(party.evidence(), "agreements", i, "parties", j, "evidence")));
			}
			List<SignatoryEntry> signatories = new ArrayList<>();
			for (int j = 0; j < agreement.signatories().size(); j++) {
				SignatoryInput signatory = agreement.signatories().get(j);
				signatories.add(new SignatoryEntry(
						ref(SubjectType.PERSON, signatory.person(), "agreements", i, "signatories", j, "person"),
						ref(SubjectType.POSITION, signatory.capacity(), "agreements", i, "signatories", j, "capacity"),
						quotes(signatory.evidence(), "agreements", i, "signatories", j, "evidence")));
			}
			each(agreement.fields(), Field.LABEL, "agreements", i, "fields");
			agreementEntries.add(new AgreementEntry(agreements.get(i), agreement.title(), agreement.kind(),
					agreement.status(), quotes(agreement.statusEvidence(), "agreements", i, "statusEvidence"),
					agreement.signedOn(), quotes(agreement.signedOnEvidence(), "agreements", i, "signedOnEvidence"),
					agreement.validFrom(), agreement.validUntil(),
					quotes(agreement.validityEvidence(), "agreements", i, "validityEvidence"),
					ref(SubjectType.MEETING, agreement.meeting(), "agreements", i, "meeting"), agreement.fields(),
					quotes(agreement.evidence(), "agreements", i, "evidence"), parties, signatories));
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
			Function<T, String> key, Function<T, String> name, Field nameField) {
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			T entry = entries.get(i);
			String slug;
			String field;
			boolean nameless = InputText.isBlank(name.apply(entry));
			// A blank name beside an `id` is no name; any other name keeps the rule of names.
			boolean named = nameless || check(name.apply(entry), nameField, list, i, "name");
			if (id.apply(entry) != null) {
				field = "id";
				slug = stored(type, id.apply(entry), list, i, "id");
			}
			else if (nameless) {
				error(Code.REQUIRED, "`name` must not be blank: a new " + noun(type) + " needs a name (or give `id`)",
						list, i, "name");
				slug = null;
				field = "name";
			}
			else {
				field = "name";
				slug = named ? match(type, InputText.normalise(name.apply(entry)), list, i) : null;
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

	/**
	 * The slug of each entry of a type without names (meetings, agreements): the stored record of its
	 * {@code id} (a stored one may be named by one entry only), or a new slug from its title.
	 */
	private <T> List<String> news(List<T> entries, SubjectType type, String list, Function<T, String> id,
			Function<T, String> key, Function<T, String> title, String fallback) {
		List<String> slugs = new ArrayList<>();
		Map<String, Integer> named = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			T entry = entries.get(i);
			String slug;
			if (id.apply(entry) != null) {
				slug = stored(type, id.apply(entry), list, i, "id");
				Integer other = (slug != null) ? named.putIfAbsent(slug, i) : null;
				if (other != null) {
					error(Code.CONFLICT, "this entry is the same " + type(type) + " '" + GlobalId.encode(type(type), slug)
							+ "' as `" + list + "` entry " + other + "; give each record once", list, i, "id");
				}
			}
			else if (earlierSlug(type, i, named) != null) {
				slug = earlierSlug(type, i, named);
				named.put(slug, i);
				this.taken.get(type).put(slug, -1);
			}
			else {
				slug = fresh(type, "", (title.apply(entry) != null) ? title.apply(entry) : fallback);
			}
			slugs.add(slug);
			key(type, key.apply(entry), slug, list, i);
		}
		return slugs;
	}

	/**
	 * The slug the earlier version of a replaced article gave the entry at this position, if it is
	 * still the record's (stored: the entry reports it again) or free again (the record went with the
	 * earlier version: the entry gets its ID back); null otherwise.
	 */
	private String earlierSlug(SubjectType type, int index, Map<String, Integer> named) {
		List<String> slugs = this.earlier.getOrDefault(type, List.of());
		String slug = (index < slugs.size()) ? slugs.get(index) : null;
		if (slug == null || named.containsKey(slug) || this.taken.get(type).containsKey(slug)) {
			return null;
		}
		return (this.store.find(type, slug) != null || !this.store.taken(type, slug)) ? slug : null;
	}

	private void key(SubjectType type, String key, String slug, Object... path) {
		if (key == null) {
			return;
		}
		List<Object> at = new ArrayList<>(List.of(path));
		at.add("key");
		if (InputText.isBlank(key)) {
			error(Code.REQUIRED, "`key` must not be blank", at.toArray());
		}
		else if (!check(key, Field.KEY, at.toArray())) {
			return;
		}
		else if (this.keys.get(type).putIfAbsent(key, (slug != null) ? slug : "") != null) {
			error(Code.CONFLICT, "`key` '" + InputText.echo(key) + "' is given to another " + noun(type) + " of this input too", at.toArray());
		}
	}

	/**
	 * The stored post of a stored person that a new post entry is again: the same title (folded) at
	 * the same organisation or country, so that a second report of "Secretary of the Hanoi Party
	 * Committee" adds to the stored post instead of making another; null if none, or if the entry's
	 * references do not resolve yet (they are reported later).
	 */
	private String samePost(String person, PositionInput position) {
		if (person == null || position.title() == null || this.store.find(SubjectType.PERSON, person) == null
				|| this.taken.get(SubjectType.PERSON).getOrDefault(person, 0) == -1) {
			return null;
		}
		String organisation = peek(SubjectType.ORGANISATION, position.organisation());
		String country = peek(SubjectType.COUNTRY, position.country());
		String post = this.store.post(person, Names.fold(position.title()), organisation, country);
		return (post != null && !this.taken.get(SubjectType.POSITION).containsKey(post)) ? post : null;
	}

	/** A reference resolved without reporting anything: a local key's slug or a stored entity's, else null. */
	private String peek(SubjectType type, String value) {
		if (value == null) {
			return null;
		}
		String local = this.keys.get(type).get(value);
		if (local != null) {
			return local.isEmpty() ? null : local;
		}
		GlobalId id = GlobalId.decode(value).orElse(null);
		return (id != null && id.type().equals(type(type))) ? this.store.current(type, id.id()) : null;
	}

	/** The one stored entity a name matches, or a new slug; a user error if it matches several. */
	private String match(SubjectType type, String name, String list, int index) {
		List<String> candidates = this.store.named(type, Names.fold(name));
		if (candidates.size() == 1) {
			this.matched.get(type).add(candidates.get(0));
			return candidates.get(0);
		}
		if (candidates.size() > 1) {
			error(Code.AMBIGUOUS, "`name` '" + InputText.echo(name) + "' matches " + candidates.size() + " stored " + plural(type) + ": "
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
		if (!check(globalId, Field.ID, path)) {
			return null;
		}
		GlobalId id = (globalId == null) ? null : GlobalId.decode(globalId).orElse(null);
		if (id == null) {
			error(Code.INVALID, GlobalId.invalidMessage(globalId, field), path);
			return null;
		}
		if (!id.type().equals(typeName)) {
			error(Code.WRONG_TYPE, "`" + field + "` must be the ID of " + GlobalId.withArticle(typeName) + ", but '"
					+ InputText.echo(globalId) + "' is the ID of " + GlobalId.withArticle(id.type()), path);
			return null;
		}
		String slug = this.store.current(type, id.id());
		if (slug == null) {
			error(Code.NOT_FOUND, "`" + field + "` '" + InputText.echo(globalId) + "' refers to no " + typeName, path);
		}
		return slug;
	}

	/** A reference: a local key of this input or the global ID of a stored entity. */
	private String ref(SubjectType type, String value, Object... path) {
		if (value == null || !check(value, Field.ID, path)) {
			return null;
		}
		String local = this.keys.get(type).get(value);
		if (local != null) {
			return local.isEmpty() ? null : local;
		}
		GlobalId id = GlobalId.decode(value).orElse(null);
		if (id == null || !id.type().matches("[A-Z][A-Za-z]*")) {
			error(Code.NOT_FOUND, "`" + path[path.length - 1] + "` '" + InputText.echo(value) + "' is neither the `key` of " + a(type)
					+ " of this input nor the ID of a stored " + type(type), path);
			return null;
		}
		return stored(type, value, path);
	}

	private String country(String globalId, Object... path) {
		return (globalId != null) ? stored(SubjectType.COUNTRY, globalId, path) : null;
	}

	/** The aliases, checked by the rule of names and normalised as names are stored. */
	private List<String> aliases(List<String> aliases, Field field, String list, int index) {
		each(aliases, field, list, index, "aliases");
		return aliases.stream().map(InputText::normalise).toList();
	}

	/** The quotes, each checked as verbatim text (a user error points at its {@code quote}). */
	private List<String> quotes(List<EvidenceInput> evidence, Object... path) {
		for (int j = 0; j < evidence.size(); j++) {
			check(evidence.get(j).quote(), Field.TEXT, append(path, j, "quote"));
		}
		return evidence.stream().map(EvidenceInput::quote).toList();
	}

	private void required(String value, Field field, String name) {
		if (InputText.isBlank(value)) {
			this.errors.add(UserError.of(Code.REQUIRED, "`" + name + "` must not be blank", "input", name));
		}
		else {
			check(value, field, name);
		}
	}

	/**
	 * A user error, with the input field's path, for a value that breaks the rule of its field
	 * ({@link InputText}); true if the value keeps it (null does).
	 */
	private boolean check(String value, Field field, Object... path) {
		String name = "value";
		for (Object segment : path) {
			if (segment instanceof String string) {
				name = string;
			}
		}
		InputText.Problem problem = InputText.problem(value, field, name);
		if (problem != null) {
			error(problem.code(), problem.message(), path);
		}
		return problem == null;
	}

	/** Checks every value of a list, each at its index. */
	private void each(List<String> values, Field field, Object... path) {
		for (int j = 0; j < values.size(); j++) {
			check(values.get(j), field, append(path, j));
		}
	}

	private static Object[] append(Object[] path, Object... more) {
		List<Object> full = new ArrayList<>(List.of(path));
		full.addAll(List.of(more));
		return full.toArray();
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
		return RecordType.of(type).typeName();
	}

	private static String noun(SubjectType type) {
		return RecordType.of(type).noun();
	}

	private static String a(SubjectType type) {
		return RecordType.of(type).withArticle();
	}

	private static String plural(SubjectType type) {
		return RecordType.of(type).plural();
	}

}
