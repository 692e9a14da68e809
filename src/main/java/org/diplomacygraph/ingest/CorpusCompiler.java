package org.diplomacygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.article.Article;
import org.diplomacygraph.article.ArticleIdentity;
import org.diplomacygraph.article.Evidence;
import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.CountryEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.Metadata;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.ParticipantEntry;
import org.diplomacygraph.ingest.AnnotationFile.PartyEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PlaceEntry;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.ingest.AnnotationFile.SignatoryEntry;
import org.diplomacygraph.ingest.CorpusException.Defect;
import org.diplomacygraph.ingest.CorpusReader.Corpus;
import org.diplomacygraph.ingest.CorpusReader.SourceArticle;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.model.PartialDate;
import org.diplomacygraph.model.InputText;
import org.diplomacygraph.model.UserError.Code;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.person.Position;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.place.Place;

/**
 * Checks a corpus and merges its annotation files into one graph of new, unsaved entities.
 * <p>
 * An entity named by several files is one record: each file adds aliases and evidence, and
 * single values (name, kind, date, ...) must agree wherever they are given. Every quote is found
 * in its article (NFC, outside passages marked {@code notStory}) and kept with its UTF-16
 * offsets. Any defect — a quote not found, an unknown reference, a duplicate id, an impossible
 * date — is collected, and {@link CorpusException} lists them all; nothing is returned half-made.
 */
public final class CorpusCompiler {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern POSITION_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*");

	/** The types whose stored entities an entry may extend with evidence, names and claims. */
	private static final Set<SubjectType> EXTENSIBLE = Set.of(SubjectType.COUNTRY, SubjectType.PLACE,
			SubjectType.ORGANISATION, SubjectType.PERSON, SubjectType.POSITION, SubjectType.MEETING,
			SubjectType.AGREEMENT);

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

	private final List<Problem> defects = new ArrayList<>();

	private final Existing existing;

	/** Stored entities that entries extend, with the names they add, in the order met. */
	private final Map<Object, List<String>> extended = new LinkedHashMap<>();

	private final Map<String, ArticleDraft> articles = new LinkedHashMap<>();

	private final Map<String, String> articleByHash = new HashMap<>();

	private final Map<SubjectType, Map<String, Draft>> drafts = new LinkedHashMap<>();

	private final Map<String, EvidenceDraft> evidence = new LinkedHashMap<>();

	/** What each article asserts, in the order met (each once). */
	private final Set<ClaimDraft> claims = new LinkedHashSet<>();

	/** Entries with a value already reported as invalid, so that it is not reported missing too. */
	private final Set<String> invalid = new HashSet<>();

	private CorpusCompiler(Existing existing) {
		this.existing = existing;
		for (SubjectType type : SubjectType.values()) {
			this.drafts.put(type, new LinkedHashMap<>());
		}
	}

	/** Compiles what was read, or throws {@link CorpusException} listing every defect found. */
	public static Graph compile(Corpus corpus) {
		Result result = compile(corpus, Existing.NONE);
		if (!result.problems().isEmpty()) {
			throw new CorpusException(result.problems().stream().map(Problem::defect).toList());
		}
		return result.graph();
	}

	/**
	 * Checks what was read against the same rules, with the stored graph beside it: a reference
	 * that no file defines may name a stored entity, and an entry whose id is a stored entity's adds
	 * its evidence and names to that entity (its single values must agree with the stored ones)
	 * rather than making a new one. The loader passes {@link Existing#NONE}; the ingest mutation
	 * passes the stored graph. The graph is null when there are problems.
	 */
	public static Result compile(Corpus corpus, Existing existing) {
		CorpusCompiler compiler = new CorpusCompiler(existing);
		corpus.defects().forEach((defect) -> compiler.defects.add(new Problem(defect, List.of(), Code.INVALID, defect.reason())));
		for (SourceArticle source : corpus.articles()) {
			compiler.annotate(source);
		}
		Graph graph = compiler.build();
		return compiler.defects.isEmpty() ? new Result(graph, List.of()) : new Result(null, List.copyOf(compiler.defects));
	}

	// ---- reading one file ----------------------------------------------------------------

	private void annotate(SourceArticle source) {
		String file = source.annotationFile();
		String text = decode(source);
		Metadata meta = source.annotations().article();
		Where at = new Where(file, "article", List.of());
		if (text == null || !slug(at, "slug", meta.slug(), SLUG)) {
			return;
		}
		ArticleDraft previous = this.articles.get(meta.slug());
		if (previous != null) {
			this.defects.add(at.defect(Code.CONFLICT, null, "duplicate article id '" + meta.slug() + "' (also in " + previous.file + ")", "slug"));
			return;
		}
		String hash = sha256(source.text());
		// One file per article: per text but for Unicode normalisation and white space, and per URL.
		String sameText = this.articleByHash.putIfAbsent(identity("text", ArticleIdentity.textKey(text)), file);
		if (sameText != null) {
			this.defects.add(at.defect(Code.CONFLICT, null, "the same text is already annotated by " + sameText, "text"));
		}
		String urlKey = ArticleIdentity.urlKey(meta.url());
		String sameUrl = (urlKey != null) ? this.articleByHash.putIfAbsent(identity("url", urlKey), file) : null;
		if (sameUrl != null) {
			this.defects.add(at.defect(Code.CONFLICT, null, "the same URL is already given by " + sameUrl, "url"));
		}
		if (meta.language() == null || !LANGUAGE.matcher(meta.language()).matches()) {
			this.defects.add(at.defect((meta.language() == null) ? Code.REQUIRED : Code.INVALID, null,
					"language must be a BCP 47 tag such as 'en', not '" + meta.language() + "'", "language"));
		}
		PartialDate publishedOn = date(at, "publishedOn", meta.publishedOn());
		List<int[]> notStory = new ArrayList<>();
		for (int index = 0; index < meta.notStory().size(); index++) {
			String passage = meta.notStory().get(index);
			String wanted = nfc((passage != null) ? passage : "");
			int from = (wanted.isEmpty()) ? -1 : text.indexOf(wanted);
			if (from < 0) {
				this.defects.add(at.defect(Code.QUOTE_NOT_FOUND, null,
						"notStory passage \"" + passage + "\" not found in " + source.textFile(), "notStory", index));
			}
			for (; from >= 0; from = text.indexOf(wanted, from + 1)) {
				notStory.add(new int[] { from, from + wanted.length() });
			}
		}
		ArticleDraft article = new ArticleDraft(file, source.textFile(), text, notStory, new Article(meta.slug(), hash,
				source.textFile(), blankToNull(meta.title()), blankToNull(meta.publisher()), publishedOn,
				meta.language(), blankToNull(meta.url()), text));
		this.articles.put(meta.slug(), article);

		AnnotationFile annotations = source.annotations();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < annotations.countries().size(); i++) {
			country(article, seen, annotations.countries().get(i), i);
		}
		for (int i = 0; i < annotations.places().size(); i++) {
			place(article, seen, annotations.places().get(i), i);
		}
		for (int i = 0; i < annotations.organisations().size(); i++) {
			organisation(article, seen, annotations.organisations().get(i), i);
		}
		for (int i = 0; i < annotations.people().size(); i++) {
			person(article, seen, annotations.people().get(i), i);
		}
		for (int i = 0; i < annotations.meetings().size(); i++) {
			meeting(article, seen, annotations.meetings().get(i), i);
		}
		for (int i = 0; i < annotations.agreements().size(); i++) {
			agreement(article, seen, annotations.agreements().get(i), i);
		}
	}

	private void country(ArticleDraft article, Set<String> seen, CountryEntry entry, int index) {
		Draft draft = declare(article, seen, SubjectType.COUNTRY, "countries", entry.id(), SLUG, List.of("countries", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		if (entry.code() != null && !entry.code().matches("[A-Z]{2}")) {
			this.defects.add(at.defect(Code.INVALID, null, "code must be an ISO 3166-1 alpha-2 code such as 'VN', not '" + entry.code() + "'", "code"));
		}
		set(draft, at, "code", entry.code());
		names(article, at, draft, entry.name(), entry.aliases());
		quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
	}

	private void place(ArticleDraft article, Set<String> seen, PlaceEntry entry, int index) {
		Draft draft = declare(article, seen, SubjectType.PLACE, "places", entry.id(), SLUG, List.of("places", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		set(draft, at, "kind", kind(at, Place.Kind.class, entry.kind()));
		set(draft, at, "country", entry.country());
		set(draft, at, "within", entry.within());
		names(article, at, draft, entry.name(), entry.aliases());
		quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
	}

	private void organisation(ArticleDraft article, Set<String> seen, OrganisationEntry entry, int index) {
		Draft draft = declare(article, seen, SubjectType.ORGANISATION, "organisations", entry.id(), SLUG, List.of("organisations", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		set(draft, at, "kind", kind(at, Organisation.Kind.class, entry.kind()));
		set(draft, at, "country", entry.country());
		set(draft, at, "parent", entry.parent());
		names(article, at, draft, entry.name(), entry.aliases());
		quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
	}

	private void person(ArticleDraft article, Set<String> seen, PersonEntry entry, int index) {
		Draft draft = declare(article, seen, SubjectType.PERSON, "people", entry.id(), SLUG, List.of("people", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		set(draft, at, "nationality", entry.nationality());
		names(article, at, draft, entry.name(), entry.aliases());
		quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
		for (int p = 0; p < entry.positions().size(); p++) {
			PositionEntry position = entry.positions().get(p);
			Draft post = declare(article, seen, SubjectType.POSITION, at.entry() + ".positions", position.id(),
					POSITION_ID, at.path("positions", p));
			if (post == null) {
				continue;
			}
			Where postAt = post.at(article);
			if (post.stored instanceof Position stored && !stored.getPersonId().equals(draft.id)) {
				// A stored post extends under its holder only.
				this.defects.add(postAt.defect(Code.CONFLICT, null, "'" + post.id + "' is a post of '" + stored.getPersonId()
						+ "', not of '" + draft.id + "'; give a post of this person, or a new post without `id`", "id"));
				continue;
			}
			set(post, postAt, "person", draft.id);
			claim(article, post, postAt, ClaimField.TITLE, "title", blankToNull(position.title()));
			claim(article, post, postAt, ClaimField.ORGANISATION, "organisation", position.organisation());
			set(post, postAt, "country", position.country());
			PartialDate from = date(postAt, "from", position.from());
			PartialDate until = date(postAt, "until", position.until());
			claim(article, post, postAt, ClaimField.FROM, "from", from);
			claim(article, post, postAt, ClaimField.UNTIL, "until", until);
			quote(article, postAt, post, Aspect.SUBJECT, "evidence", position.evidence(), true);
			quote(article, postAt, post, Aspect.DATE, "datesEvidence", position.datesEvidence(),
					from != null || until != null);
		}
	}

	private void meeting(ArticleDraft article, Set<String> seen, MeetingEntry entry, int index) {
		Draft draft = declare(article, seen, SubjectType.MEETING, "meetings", entry.id(), SLUG, List.of("meetings", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		set(draft, at, "title", blankToNull(entry.title()));
		claim(article, draft, at, ClaimField.KIND, "kind", kind(at, Meeting.Kind.class, entry.kind()));
		PartialDate date = date(at, "date", entry.date());
		PartialDate endDate = date(at, "endDate", entry.endDate());
		if (endDate != null && date == null && draft.stored == null) {
			this.defects.add(at.defect(Code.REQUIRED, "date", "an `endDate` needs the `date` the meeting began on", "date"));
		}
		ordered(at, "date", date, "endDate", endDate);
		claim(article, draft, at, ClaimField.DATE, "date", date);
		claim(article, draft, at, ClaimField.END_DATE, "endDate", endDate);
		claim(article, draft, at, ClaimField.PLACE, "place", entry.place());
		claim(article, draft, at, ClaimField.COUNTRY, "country", entry.country());
		if (entry.partOf() != null && entry.partOf().equals(draft.id)) {
			this.defects.add(at.defect(Code.INVALID, "partOf", "a meeting cannot be part of itself", "partOf"));
		}
		else {
			claim(article, draft, at, ClaimField.PART_OF, "partOf", entry.partOf());
		}
		draft.list("organisations").addAll(entry.organisations());
		draft.list("topics").addAll(entry.topics());
		quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
		quote(article, at, draft, Aspect.DATE, "dateEvidence", entry.dateEvidence(), date != null);
		quote(article, at, draft, Aspect.PLACE, "placeEvidence", entry.placeEvidence(),
				entry.place() != null || entry.country() != null);
		Set<String> people = new HashSet<>();
		for (int p = 0; p < entry.participants().size(); p++) {
			ParticipantEntry participant = entry.participants().get(p);
			if (participant.person() == null || !people.add(participant.person())) {
				this.defects.add(at.defect((participant.person() == null) ? Code.REQUIRED : Code.CONFLICT, null,
						(participant.person() == null) ? "a participant names no person"
								: "participant '" + participant.person() + "' is listed twice",
						"participants", p, "person"));
				continue;
			}
			List<String> partPath = at.path("participants", p);
			String id = Participant.idOf(draft.id, participant.person());
			Draft part = this.drafts.get(SubjectType.PARTICIPANT).computeIfAbsent(id,
					(key) -> new Draft(SubjectType.PARTICIPANT, key, at.entry() + ".participants[" + participant.person() + "]"));
			Where partAt = part.at(article, partPath);
			set(part, partAt, "meeting", draft.id);
			set(part, partAt, "person", participant.person());
			claim(article, part, partAt, ClaimField.ROLE, "role", kind(partAt, Participant.Role.class, participant.role()));
			claim(article, part, partAt, ClaimField.CAPACITY, "capacity", participant.capacity());
			quote(article, partAt, part, Aspect.SUBJECT, "evidence", participant.evidence(), true);
		}
	}

	private void agreement(ArticleDraft article, Set<String> seen, AgreementEntry entry, int index) {
		Draft draft = declare(article, seen, SubjectType.AGREEMENT, "agreements", entry.id(), SLUG, List.of("agreements", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		set(draft, at, "title", blankToNull(entry.title()));
		claim(article, draft, at, ClaimField.KIND, "kind", kind(at, Agreement.Kind.class, entry.kind()));
		claim(article, draft, at, ClaimField.STATUS, "status", kind(at, Agreement.Status.class, entry.status()));
		PartialDate signedOn = date(at, "signedOn", entry.signedOn());
		PartialDate validFrom = date(at, "validFrom", entry.validFrom());
		PartialDate validUntil = date(at, "validUntil", entry.validUntil());
		ordered(at, "validFrom", validFrom, "validUntil", validUntil);
		claim(article, draft, at, ClaimField.SIGNED_ON, "signedOn", signedOn);
		claim(article, draft, at, ClaimField.VALID_FROM, "validFrom", validFrom);
		claim(article, draft, at, ClaimField.VALID_UNTIL, "validUntil", validUntil);
		claim(article, draft, at, ClaimField.MEETING, "meeting", entry.meeting());
		draft.list("fields").addAll(entry.fields());
		quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
		quote(article, at, draft, Aspect.STATUS, "statusEvidence", entry.statusEvidence(), entry.status() != null);
		quote(article, at, draft, Aspect.SIGNED_ON, "signedOnEvidence", entry.signedOnEvidence(), signedOn != null);
		quote(article, at, draft, Aspect.VALIDITY, "validityEvidence", entry.validityEvidence(),
				validFrom != null || validUntil != null);
		for (int p = 0; p < entry.parties().size(); p++) {
			PartyEntry party = entry.parties().get(p);
			if ((party.organisation() == null) == (party.country() == null)) {
				this.defects.add(at.defect(Code.INVALID, null, "a party names exactly one organisation or one country",
						"parties", p));
				continue;
			}
			List<String> partyPath = at.path("parties", p);
			String tagged = (party.organisation() != null) ? "organisation:" + party.organisation()
					: "country:" + party.country();
			String id = AgreementParty.idOf(draft.id, tagged);
			Draft part = this.drafts.get(SubjectType.AGREEMENT_PARTY).computeIfAbsent(id,
					(key) -> new Draft(SubjectType.AGREEMENT_PARTY, key, at.entry() + ".parties[" + tagged + "]"));
			Where partAt = part.at(article, partyPath);
			set(part, partAt, "agreement", draft.id);
			set(part, partAt, "organisation", party.organisation());
			set(part, partAt, "country", party.country());
			quote(article, partAt, part, Aspect.SUBJECT, "evidence", party.evidence(), true);
		}
		for (int p = 0; p < entry.signatories().size(); p++) {
			SignatoryEntry signatory = entry.signatories().get(p);
			if (signatory.person() == null) {
				this.defects.add(at.defect(Code.REQUIRED, null, "a signatory names no person", "signatories", p, "person"));
				continue;
			}
			List<String> signPath = at.path("signatories", p);
			String id = Signatory.idOf(draft.id, signatory.person());
			Draft sign = this.drafts.get(SubjectType.SIGNATORY).computeIfAbsent(id,
					(key) -> new Draft(SubjectType.SIGNATORY, key, at.entry() + ".signatories[" + signatory.person() + "]"));
			Where signAt = sign.at(article, signPath);
			set(sign, signAt, "agreement", draft.id);
			set(sign, signAt, "person", signatory.person());
			claim(article, sign, signAt, ClaimField.CAPACITY, "capacity", signatory.capacity());
			quote(article, signAt, sign, Aspect.SUBJECT, "evidence", signatory.evidence(), true);
		}
	}

	// ---- building the graph ----------------------------------------------------------------

	private Graph build() {
		Map<String, Article> articles = new LinkedHashMap<>();
		this.articles.forEach((slug, draft) -> articles.put(slug, draft.article));

		Map<String, Country> countries = new LinkedHashMap<>();
		for (Draft draft : drafts(SubjectType.COUNTRY)) {
			if (draft.stored != null) {
				countries.put(draft.id, (Country) extend(draft, ((Country) draft.stored).getName(),
						((Country) draft.stored).getAliases()));
				continue;
			}
			countries.put(draft.id, new Country(draft.id, required(draft, "name"), (String) draft.values.get("code"),
					draft.aliasesExcept("name")));
		}
		Map<String, Place> places = new LinkedHashMap<>();
		drafts(SubjectType.PLACE).forEach((draft) -> place(draft, countries, places, new LinkedHashSet<>()));
		Map<String, Organisation> organisations = new LinkedHashMap<>();
		drafts(SubjectType.ORGANISATION)
			.forEach((draft) -> organisation(draft, countries, organisations, new LinkedHashSet<>()));

		Map<String, Person> people = new LinkedHashMap<>();
		for (Draft draft : drafts(SubjectType.PERSON)) {
			if (draft.stored != null) {
				Person stored = (Person) draft.stored;
				people.put(draft.id, (Person) extend(draft, stored.getName(), stored.getAliases()));
				continue;
			}
			people.put(draft.id, new Person(draft.id, required(draft, "name"),
					ref(draft, "nationality", countries, "country"), draft.aliasesExcept("name")));
		}
		Map<String, Position> positions = new LinkedHashMap<>();
		for (Draft draft : drafts(SubjectType.POSITION)) {
			if (draft.stored != null) {
				positions.put(draft.id, (Position) extend(draft, null, List.of()));
				continue;
			}
			Organisation organisation = ref(draft, "organisation", organisations, "organisation");
			Country country = ref(draft, "country", countries, "country");
			if ((draft.values.get("organisation") == null) == (draft.values.get("country") == null)) {
				this.defects.add(draft.first().defect(Code.INVALID, null, "a position is held at exactly one organisation or one country",
						"organisation"));
			}
			PartialDate from = (PartialDate) draft.values.get("from");
			PartialDate until = (PartialDate) draft.values.get("until");
			ordered(draft, "from", from, "until", until);
			positions.put(draft.id, new Position(draft.id, people.get(draft.values.get("person")),
					required(draft, "title"), organisation, country, from, until));
		}

		Map<String, Meeting> meetings = new LinkedHashMap<>();
		for (Draft draft : drafts(SubjectType.MEETING)) {
			Place place = ref(draft, "place", places, "place");
			ref(draft, "partOf", Map.of(), "meeting");
			Country country = ref(draft, "country", countries, "country");
			if (place != null && place.getCountry() != null) {
				if (country != null && !country.getId().equals(place.getCountry().getId())) {
					this.defects.add(draft.origin("country")
						.defect(Code.CONFLICT, null, "country '" + country.getId() + "' disagrees with place '" + place.getId()
								+ "', which is in '" + place.getCountry().getId() + "'", "country"));
				}
				country = place.getCountry();
			}
			Set<Organisation> members = new LinkedHashSet<>();
			int index = 0;
			for (String id : draft.list("organisations")) {
				Organisation organisation = organisations.get(id);
				if (organisation == null) {
					organisation = (Organisation) this.existing.find(SubjectType.ORGANISATION, id);
				}
				if (organisation == null) {
					this.defects.add(draft.first()
						.defect(Code.NOT_FOUND, "organisations", "unknown organisation '" + id + "'", "organisations", index));
				}
				else {
					members.add(organisation);
				}
				index++;
			}
			if (draft.stored != null) {
				Meeting stored = (Meeting) extend(draft, null, List.of());
				stored.addOrganisations(members);
				stored.addTopics(draft.list("topics"));
				meetings.put(draft.id, stored);
				continue;
			}
			Meeting meeting = new Meeting(draft.id, required(draft, "title"), required(draft, "kind"),
					(PartialDate) draft.values.get("date"), place, country, members, List.copyOf(draft.list("topics")));
			meeting.serveEndDate((PartialDate) draft.values.get("endDate"));
			meetings.put(draft.id, meeting);
		}
		// The event each new meeting is part of, once every meeting is built (set as a reference only).
		for (Draft draft : drafts(SubjectType.MEETING)) {
			String partOf = (String) draft.values.get("partOf");
			if (draft.stored == null && partOf != null) {
				Meeting whole = meetings.containsKey(partOf) ? meetings.get(partOf)
						: (Meeting) this.existing.find(SubjectType.MEETING, partOf);
				meetings.get(draft.id).servePartOf(whole);
			}
		}
		partOfCycles();
		List<Participant> participants = new ArrayList<>();
		for (Draft draft : drafts(SubjectType.PARTICIPANT)) {
			Person person = ref(draft, "person", people, "person");
			Position capacity = capacity(draft, person, positions);
			if (this.existing.find(SubjectType.PARTICIPANT, draft.id) != null) {
				continue;
			}
			Participant.Role role = required(draft, "role");
			if (person != null) {
				participants.add(new Participant(meetings.get(draft.values.get("meeting")), person, role, capacity));
			}
		}

		Map<String, Agreement> agreements = new LinkedHashMap<>();
		for (Draft draft : drafts(SubjectType.AGREEMENT)) {
			PartialDate validFrom = (PartialDate) draft.values.get("validFrom");
			PartialDate validUntil = (PartialDate) draft.values.get("validUntil");
			if (draft.stored != null) {
				Agreement stored = (Agreement) extend(draft, null, List.of());
				ref(draft, "meeting", meetings, "meeting");
				stored.addFields(draft.list("fields"));
				agreements.put(draft.id, stored);
				continue;
			}
			agreements.put(draft.id, new Agreement(draft.id, required(draft, "title"), required(draft, "kind"),
					(Agreement.Status) draft.values.get("status"), (PartialDate) draft.values.get("signedOn"), validFrom,
					validUntil, ref(draft, "meeting", meetings, "meeting"), List.copyOf(draft.list("fields"))));
		}
		List<AgreementParty> parties = new ArrayList<>();
		for (Draft draft : drafts(SubjectType.AGREEMENT_PARTY)) {
			if (this.existing.find(SubjectType.AGREEMENT_PARTY, draft.id) != null) {
				continue;
			}
			Agreement agreement = agreements.get(draft.values.get("agreement"));
			Organisation organisation = ref(draft, "organisation", organisations, "organisation");
			Country country = ref(draft, "country", countries, "country");
			if (organisation != null) {
				parties.add(new AgreementParty(agreement, organisation));
			}
			else if (country != null) {
				parties.add(new AgreementParty(agreement, country));
			}
		}
		List<Signatory> signatories = new ArrayList<>();
		for (Draft draft : drafts(SubjectType.SIGNATORY)) {
			Person person = ref(draft, "person", people, "person");
			Position capacity = capacity(draft, person, positions);
			if (person != null && this.existing.find(SubjectType.SIGNATORY, draft.id) == null) {
				signatories.add(new Signatory(agreements.get(draft.values.get("agreement")), person, capacity));
			}
		}

		List<Evidence> quotes = this.evidence.values()
			.stream()
			.map((quote) -> new Evidence(articles.get(quote.article), quote.type, quote.subject, quote.aspect, quote.quote,
					quote.start))
			.toList();
		return new Graph(List.copyOf(articles.values()), created(countries), created(places), created(organisations),
				created(people), created(positions), created(meetings), participants, created(agreements), parties, signatories, quotes, List.copyOf(this.extended.keySet()),
				Map.copyOf(this.extended), List.copyOf(this.claims));
	}

	/**
	 * A meeting may not be part of itself through other meetings: following {@code partOf} from a
	 * meeting, by the value an entry of this compilation gives or else the stored one, must never
	 * come back to it (analytics count an event by the meeting it is part of, so a cycle would make
	 * both disappear).
	 */
	private void partOfCycles() {
		for (Draft draft : drafts(SubjectType.MEETING)) {
			if (draft.values.get("partOf") == null) {
				continue;
			}
			List<String> chain = new ArrayList<>(List.of(draft.id));
			String next = (String) draft.values.get("partOf");
			while (next != null && !chain.contains(next)) {
				chain.add(next);
				Draft other = this.drafts.get(SubjectType.MEETING).get(next);
				if (other != null && other.values.get("partOf") != null) {
					next = (String) other.values.get("partOf");
				}
				else {
					Object stored = this.existing.find(SubjectType.MEETING, next);
					next = (stored instanceof Meeting meeting) ? meeting.getPartOfId() : null;
				}
			}
			if (draft.id.equals(next)) {
				chain.add(next);
				this.defects.add(draft.origin("partOf")
					.defect(Code.INVALID, null, "'partOf' forms a cycle: " + String.join(" > ", chain), "partOf"));
			}
		}
	}

	/** The entities built anew, without the stored ones that entries extend. */
	private <T> List<T> created(Map<String, T> built) {
		return built.values().stream().filter((entity) -> !this.extended.containsKey(entity)).toList();
	}

	/**
	 * A stored entity that an entry extends, noting the names the entry gives (its name and aliases)
	 * that the entity does not have yet, spelt exactly so.
	 */
	private Object extend(Draft draft, String name, List<String> aliases) {
		Set<String> added = new LinkedHashSet<>();
		Object given = draft.values.get("name");
		if (given instanceof String spelt && !spelt.equals(name) && !aliases.contains(spelt)) {
			// Another spelling of a stored entity becomes an alias: one the article uses, like any alias.
			boolean used = this.articles.values()
				.stream()
				.anyMatch((article) -> draft.declarations.containsKey(article.file) && article.find(nfc(spelt)) >= 0);
			if (used) {
				added.add(spelt);
			}
			else {
				this.defects.add(draft.origin("name").defect(Code.QUOTE_NOT_FOUND, "name", "name \"" + InputText.echo(spelt)
						+ "\" is not the stored name of '" + draft.id + "' and does not occur in the text, so it cannot become an alias; give the name the article uses",
						"name"));
			}
		}
		added.addAll(draft.aliases);
		if (name != null) {
			added.remove(name);
		}
		added.removeAll(aliases);
		this.extended.put(draft.stored, List.copyOf(added));
		return draft.stored;
	}

	/** Builds a place after the place it lies within, so that rows can be inserted in order. */
	private Place place(Draft draft, Map<String, Country> countries, Map<String, Place> places, Set<String> path) {
		Place built = places.get(draft.id);
		if (built != null || !path.add(draft.id)) {
			if (built == null) {
				this.defects.add(draft.origin("within")
					.defect(Code.INVALID, null, "'within' forms a cycle: " + String.join(" > ", path), "within"));
			}
			return built;
		}
		if (draft.stored != null) {
			Place stored = (Place) draft.stored;
			places.put(draft.id, (Place) extend(draft, stored.getName(), stored.getAliases()));
			return stored;
		}
		Place within = null;
		String withinId = (String) draft.values.get("within");
		if (withinId != null) {
			Draft outer = this.drafts.get(SubjectType.PLACE).get(withinId);
			if (outer == null) {
				within = (Place) this.existing.find(SubjectType.PLACE, withinId);
				if (within == null) {
					unknown(draft, "within", "place", withinId);
				}
			}
			else {
				within = place(outer, countries, places, path);
			}
		}
		Place place = new Place(draft.id, required(draft, "name"), required(draft, "kind"),
				ref(draft, "country", countries, "country"), within, draft.aliasesExcept("name"));
		places.put(draft.id, place);
		return place;
	}

	/** Builds an organisation after its parent, so that rows can be inserted in order. */
	private Organisation organisation(Draft draft, Map<String, Country> countries, Map<String, Organisation> built,
			Set<String> path) {
		Organisation done = built.get(draft.id);
		if (done != null || !path.add(draft.id)) {
			if (done == null) {
				this.defects.add(draft.origin("parent")
					.defect(Code.INVALID, null, "'parent' forms a cycle: " + String.join(" > ", path), "parent"));
			}
			return done;
		}
		if (draft.stored != null) {
			Organisation stored = (Organisation) draft.stored;
			built.put(draft.id, (Organisation) extend(draft, stored.getName(), stored.getAliases()));
			return stored;
		}
		Organisation parent = null;
		String parentId = (String) draft.values.get("parent");
		if (parentId != null) {
			Draft outer = this.drafts.get(SubjectType.ORGANISATION).get(parentId);
			if (outer == null) {
				parent = (Organisation) this.existing.find(SubjectType.ORGANISATION, parentId);
				if (parent == null) {
					unknown(draft, "parent", "organisation", parentId);
				}
			}
			else {
				parent = organisation(outer, countries, built, path);
			}
		}
		Organisation organisation = new Organisation(draft.id, required(draft, "name"), required(draft, "kind"),
				ref(draft, "country", countries, "country"), parent, draft.aliasesExcept("name"));
		built.put(draft.id, organisation);
		return organisation;
	}

	/** The post a participant or signatory acted in must be one of that person's posts. */
	private Position capacity(Draft draft, Person person, Map<String, Position> positions) {
		Position capacity = ref(draft, "capacity", positions, "position");
		if (capacity != null && person != null && !capacity.getPerson().getId().equals(person.getId())) {
			this.defects.add(draft.origin("capacity")
				.defect(Code.CONFLICT, null, "capacity '" + capacity.getId() + "' is a post of '" + capacity.getPerson().getId()
						+ "', not of '" + person.getId() + "'", "capacity"));
			return null;
		}
		return capacity;
	}

	private void ordered(Draft draft, String fromField, PartialDate from, String untilField, PartialDate until) {
		if (from != null && until != null && from.hasYear() && until.hasYear()
				&& until.latest().isBefore(from.earliest())) {
			this.defects.add(draft.origin(untilField)
				.defect(Code.INVALID, null, untilField + " '" + until + "' is before " + fromField + " '" + from + "'",
						untilField));
		}
	}

	// ---- helpers ------------------------------------------------------------------------

	private Draft declare(ArticleDraft article, Set<String> seen, SubjectType type, String list, String id,
			Pattern syntax, List<String> path) {
		Where at = new Where(article.file, list + "[" + id + "]", path);
		if (!slug(at, "id", id, syntax)) {
			return null;
		}
		if (!seen.add(type + ":" + id)) {
			this.defects.add(at.defect(Code.CONFLICT, null, "duplicate id '" + id + "' in this file", "id"));
			return null;
		}
		Draft draft = this.drafts.get(type).get(id);
		if (draft == null) {
			draft = new Draft(type, id, at.entry());
			this.drafts.get(type).put(id, draft);
			seedFromStore(draft, path);
		}
		draft.declarations.putIfAbsent(article.file, at);
		return draft;
	}

	/**
	 * An entry whose id is a stored entity's extends that entity: its single values are the stored
	 * ones, so that an entry giving another value is a conflict, as between two files.
	 */
	private void seedFromStore(Draft draft, List<String> path) {
		Object stored = this.existing.find(draft.type, draft.id);
		if (stored == null) {
			return;
		}
		if (!EXTENSIBLE.contains(draft.type)) {
			this.defects.add(new Where(Existing.STORE, draft.entry, path).defect(Code.CONFLICT, null,
					"id '" + draft.id + "' is already stored", "id"));
			return;
		}
		draft.stored = stored;
		Where origin = new Where(Existing.STORE, draft.type.name().toLowerCase(Locale.ROOT) + " '" + draft.id + "'", path);
		Map<String, Object> values = new LinkedHashMap<>();
		if (stored instanceof Person person) {
			values.put("nationality", person.getNationalityId());
		}
		else if (stored instanceof Position position) {
			// A post is extended under its holder only; its other values are claims, never conflicts.
			values.put("person", position.getPersonId());
		}
		else if (stored instanceof Organisation organisation) {
			values.put("kind", organisation.getKind());
			values.put("country", organisation.getCountryId());
			values.put("parent", organisation.getParentId());
		}
		else if (stored instanceof Place place) {
			values.put("kind", place.getKind());
			values.put("country", place.getCountryId());
			values.put("within", place.getWithinId());
		}
		else if (stored instanceof Country country) {
			values.put("name", country.getName());
			values.put("code", country.getCode());
		}
		values.forEach((field, value) -> {
			if (value != null) {
				draft.values.put(field, value);
				draft.origins.put(field, origin);
			}
		});
	}

	/**
	 * A value an article asserts: kept as its claim; the record is built with the first value met,
	 * and {@code claim/ServedValues} serves the one the field's rule chooses once all are stored.
	 * Sources that disagree are no defect: disagreement is data.
	 */
	private void claim(ArticleDraft article, Draft draft, Where at, ClaimField field, String key, Object value) {
		if (value == null) {
			return;
		}
		if (draft.values.putIfAbsent(key, value) == null) {
			draft.origins.put(key, at);
		}
		String text = (value instanceof Enum<?> constant) ? constant.name() : value.toString();
		this.claims.add(new ClaimDraft(article.article.getId(), draft.type, draft.id, field, text));
	}

	/**
	 * The name and aliases an entry gives, as claims of its article. An alias must occur in the
	 * text (it is a spelling the article uses; an editor adds others with {@code addAlias}); each
	 * spelling that occurs is quoted as the evidence of its claim.
	 */
	private void names(ArticleDraft article, Where at, Draft draft, String name, List<String> aliases) {
		String given = blankToNull(name);
		if (given != null) {
			set(draft, at, "name", given);
			// Another spelling of a stored entity becomes an alias of it (see extend): so is its claim.
			String stored = storedName(draft.stored);
			// A claim of a name stands on its quote: an article that spells the name otherwise (the
			// record's name is the annotator's, in its own orthography) claims only the spellings it uses.
			if (article.find(nfc(given)) >= 0) {
				nameClaim(article, draft, (stored != null && !stored.equals(given)) ? ClaimField.ALIAS : ClaimField.NAME,
						given);
			}
		}
		for (int index = 0; index < aliases.size(); index++) {
			String alias = blankToNull(aliases.get(index));
			if (alias == null) {
				continue;
			}
			if (article.find(nfc(alias)) < 0) {
				this.defects.add(at.defect(Code.QUOTE_NOT_FOUND, "aliases", "alias \"" + InputText.echo(alias)
						+ "\" does not occur in " + article.textFile + "; an article gives only the spellings it uses (an editor adds others with addAlias)",
						"aliases", index));
				continue;
			}
			draft.aliases.add(alias);
			nameClaim(article, draft, ClaimField.ALIAS, alias);
		}
	}

	/** The name a stored person, organisation, place or country is recorded under; null for anything else. */
	private static String storedName(Object stored) {
		if (stored instanceof Person person) {
			return person.getName();
		}
		if (stored instanceof Organisation organisation) {
			return organisation.getName();
		}
		if (stored instanceof Place place) {
			return place.getName();
		}
		return (stored instanceof Country country) ? country.getName() : null;
	}

	private void nameClaim(ArticleDraft article, Draft draft, ClaimField field, String spelling) {
		this.claims.add(new ClaimDraft(article.article.getId(), draft.type, draft.id, field, spelling));
		String wanted = nfc(spelling);
		int start = article.find(wanted);
		if (start >= 0) {
			EvidenceDraft quote = new EvidenceDraft(article.article.getId(), draft.type, draft.id, Aspect.NAME, wanted, start);
			this.evidence.putIfAbsent(quote.key(), quote);
		}
	}

	/** An entry's end before its start is a defect of that entry. */
	private void ordered(Where at, String fromField, PartialDate from, String untilField, PartialDate until) {
		if (from != null && until != null && from.hasYear() && until.hasYear()
				&& until.latest().isBefore(from.earliest())) {
			this.defects.add(at.defect(Code.INVALID, null, untilField + " '" + until + "' is before " + fromField + " '" + from + "'",
					untilField));
		}
	}

	private boolean slug(Where at, String field, String value, Pattern syntax) {
		if (value == null || !syntax.matcher(value).matches()) {
			this.defects.add(at.defect((value == null) ? Code.REQUIRED : Code.INVALID, null,
					field + " must be a lower-case slug such as 'to-lam'"
							+ ((syntax == POSITION_ID) ? " after the person's id and a slash ('to-lam/president')" : "")
							+ ", not " + ((value == null) ? "missing" : "'" + value + "'"),
					field));
			return false;
		}
		return true;
	}

	private void set(Draft draft, Where at, String field, Object value) {
		if (value == null) {
			return;
		}
		Object current = draft.values.putIfAbsent(field, value);
		if (current == null) {
			draft.origins.put(field, at);
		}
		else if (!current.equals(value)) {
			Where origin = draft.origins.get(field);
			this.defects.add(at.defect(Code.CONFLICT, null, field + " '" + value + "' disagrees with '" + current
					+ "' given in " + origin.file() + " (" + origin.entry() + ")", field));
		}
	}

	private <E extends Enum<E>> E kind(Where at, Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (slugOf(constant).equals(value)) {
				return constant;
			}
		}
		String field = (type == Participant.Role.class) ? "role" : (type == Agreement.Status.class) ? "status" : "kind";
		this.invalid.add(at + field);
		this.defects.add(at.defect(Code.INVALID, null, "unknown " + field + " '" + value + "' (expected one of: "
				+ Arrays.stream(type.getEnumConstants()).map(CorpusCompiler::slugOf).collect(Collectors.joining(", "))
				+ ")", field));
		return null;
	}

	private static String slugOf(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private PartialDate date(Where at, String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			return PartialDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			this.defects.add(at.defect(Code.INVALID, field, ex.getMessage(), field));
			return null;
		}
	}

	/** Finds each quote in the article and records it as evidence of one aspect of the subject. */
	private void quote(ArticleDraft article, Where at, Draft subject, Aspect aspect, String field, List<String> quotes,
			boolean required) {
		if (quotes.isEmpty() && required) {
			this.defects.add(at.defect(Code.REQUIRED, field, "no quote given; every fact cites the words of its article",
					field));
		}
		for (int index = 0; index < quotes.size(); index++) {
			String quote = quotes.get(index);
			String wanted = nfc((quote != null) ? quote : "");
			if (wanted.isBlank()) {
				this.defects.add(at.defect(Code.REQUIRED, field, "empty quote", field, index));
				continue;
			}
			int start = article.find(wanted);
			if (start == -1) {
				this.defects.add(at.defect(Code.QUOTE_NOT_FOUND, field,
						"quote \"" + InputText.echo(quote) + "\" not found in " + article.textFile, field, index));
			}
			else if (start == -2) {
				this.defects.add(at.defect(Code.QUOTE_NOT_FOUND, field,
						"quote \"" + InputText.echo(quote) + "\" stands only in a passage marked notStory", field, index));
			}
			else {
				EvidenceDraft draft = new EvidenceDraft(article.article.getId(), subject.type, subject.id, aspect, wanted,
						start);
				this.evidence.putIfAbsent(draft.key(), draft);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T required(Draft draft, String field) {
		Object value = draft.values.get(field);
		if (value == null && draft.stored == null
				&& draft.declarations.values().stream().noneMatch((at) -> this.invalid.contains(at + field))) {
			this.defects.add(draft.first().defectAs(Code.REQUIRED, field + " is not given in any file", field + " is required", field));
		}
		return (T) value;
	}

	private <T> T ref(Draft draft, String field, Map<String, T> targets, String targetType) {
		String id = (String) draft.values.get(field);
		if (id == null) {
			return null;
		}
		T target = targets.get(id);
		SubjectType type = SubjectType.valueOf(targetType.toUpperCase(Locale.ROOT));
		if (target == null && !this.drafts.get(type).containsKey(id)) {
			@SuppressWarnings("unchecked")
			T stored = (T) this.existing.find(type, id);
			if (stored == null) {
				unknown(draft, field, targetType, id);
			}
			return stored;
		}
		return target;
	}

	private void unknown(Draft draft, String field, String targetType, String id) {
		this.defects.add(draft.origin(field)
			.defect(Code.NOT_FOUND, field, "unknown " + targetType + " '" + id + "' (not defined in any file of the corpus)",
					field));
	}

	private List<Draft> drafts(SubjectType type) {
		return List.copyOf(this.drafts.get(type).values());
	}

	private String decode(SourceArticle source) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(source.text()))
				.toString();
			return nfc(text);
		}
		catch (CharacterCodingException ex) {
			this.defects.add(new Problem(new Defect(source.textFile(), null, "not valid UTF-8"), List.of("text"),
					Code.INVALID, "not valid UTF-8"));
			return null;
		}
	}

	/** A key of {@code articleByHash}: what identifies an article, its text or its URL (ArticleIdentity). */
	private static String identity(String what, String key) {
		return what + ":" + key;
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where in which file something was said, for defect messages, with the path of the entry in
	 * the file ({@code ["people", "0"]}) for callers that point at input fields.
	 */
	private record Where(String file, String entry, List<String> path) {

		/**
		 * A problem here: the corpus reads {@code field: message} (or the message alone when field is
		 * null), a caller pointing at fields gets the message and this entry's path with the sub-path.
		 */
		Problem defect(Code code, String field, String message, Object... subpath) {
			return new Problem(new Defect(this.file, this.entry, (field != null) ? field + ": " + message : message),
					path(subpath), code, message);
		}

		/** A problem whose corpus reason and field message differ. */
		Problem defectAs(Code code, String reason, String message, String field) {
			return new Problem(new Defect(this.file, this.entry, reason), path(field), code, message);
		}

		List<String> path(Object... subpath) {
			List<String> full = new ArrayList<>(this.path);
			for (Object part : subpath) {
				full.add(String.valueOf(part));
			}
			return List.copyOf(full);
		}

	}

	/** An article being compiled: its NFC text and the spans that are not part of the story. */
	private record ArticleDraft(String file, String textFile, String text, List<int[]> notStory, Article article) {

		/** The first occurrence outside notStory passages; -1 if absent, -2 if only inside them. */
		int find(String quote) {
			int found = this.text.indexOf(quote);
			if (found < 0) {
				return -1;
			}
			for (; found >= 0; found = this.text.indexOf(quote, found + 1)) {
				int start = found;
				int end = found + quote.length();
				if (this.notStory.stream().noneMatch((span) -> start < span[1] && span[0] < end)) {
					return found;
				}
			}
			return -2;
		}

	}

	/** An entity or relationship gathered from every file that names it. */
	private static final class Draft {

		final SubjectType type;

		final String id;

		/** The entry's path in a file, e.g. {@code people[to-lam].positions[to-lam/president]}. */
		private final String entry;

		final Map<String, Object> values = new HashMap<>();

		final Map<String, Where> origins = new HashMap<>();

		final Set<String> aliases = new LinkedHashSet<>();

		private final Map<String, Set<String>> lists = new HashMap<>();

		private final Map<String, Where> declarations = new LinkedHashMap<>();

		Draft(SubjectType type, String id, String entry) {
			this.type = type;
			this.id = id;
			this.entry = entry;
		}

		/** The stored entity this entry extends, or null for a new one. */
		Object stored;

		/** Where the given article declares this entry (declared before). */
		Where at(ArticleDraft article) {
			return this.declarations.get(article.file);
		}

		/** Where the given article declares this relationship, at a path. */
		Where at(ArticleDraft article, List<String> path) {
			return this.declarations.computeIfAbsent(article.file, (file) -> new Where(file, this.entry, path));
		}

		/** The first file that declares this entry. */
		Where first() {
			return this.declarations.values().iterator().next();
		}

		/** Where a field's value was given, or the first declaration if no file gives it. */
		Where origin(String field) {
			return this.origins.getOrDefault(field, first());
		}

		Set<String> list(String name) {
			return this.lists.computeIfAbsent(name, (key) -> new LinkedHashSet<>());
		}

		List<String> aliasesExcept(String field) {
			Object name = this.values.get(field);
			return this.aliases.stream().filter((alias) -> !alias.equals(name)).toList();
		}

	}

	/** A quote found in an article, before it is tied to a saved article. */
	private record EvidenceDraft(String article, SubjectType type, String subject, Aspect aspect, String quote,
			int start) {

		String key() {
			return this.article + "|" + this.type + "|" + this.subject + "|" + this.aspect + "|" + this.start + "|"
					+ this.quote.length();
		}

	}

	/**
	 * The compiled graph: new entities, listed so that each refers only to ones before it, and the
	 * stored entities that entries extend (never from a corpus alone) with the names they add.
	 */
	public record Graph(List<Article> articles, List<Country> countries, List<Place> places,
			List<Organisation> organisations, List<Person> people, List<Position> positions, List<Meeting> meetings,
			List<Participant> participants, List<Agreement> agreements, List<AgreementParty> parties,
			List<Signatory> signatories, List<Evidence> evidence, List<Object> extended,
			Map<Object, List<String>> aliasesAdded, List<ClaimDraft> claims) {
	}

	/** A value one article asserts about one record, by its slug (claim/Claim once the article is stored). */
	public record ClaimDraft(String article, SubjectType type, String subject, ClaimField field, String value) {
	}

	/** The stored graph a compilation may refer to and extend. */
	@FunctionalInterface
	public interface Existing {

		/** The name that stored values are said to be given in, in conflict messages. */
		String STORE = "the stored graph";

		/** Nothing stored: a corpus is compiled on its own. */
		Existing NONE = (type, id) -> null;

		/** The stored entity of a type (country, place, organisation, person, position, meeting, agreement) with this id, or null. */
		Object find(SubjectType type, String id);

	}

	/**
	 * A defect with what a caller pointing at input fields needs: the path of the field in the
	 * annotation file ({@code ["people", "0", "evidence", "1"]}), a code and the message without
	 * the field's name.
	 */
	public record Problem(Defect defect, List<String> path, Code code, String message) {
	}

	/** The compiled graph, or null and the problems. */
	public record Result(Graph graph, List<Problem> problems) {
	}

}
