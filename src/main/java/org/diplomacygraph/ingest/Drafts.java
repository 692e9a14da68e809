package org.diplomacygraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.diplomacygraph.article.Evidence.SubjectType;
import org.diplomacygraph.ingest.CorpusCompiler.Existing;
import org.diplomacygraph.ingest.Draft.AgreementDraft;
import org.diplomacygraph.ingest.Draft.CountryDraft;
import org.diplomacygraph.ingest.Draft.MeetingDraft;
import org.diplomacygraph.ingest.Draft.OrganisationDraft;
import org.diplomacygraph.ingest.Draft.ParticipantDraft;
import org.diplomacygraph.ingest.Draft.PartyDraft;
import org.diplomacygraph.ingest.Draft.PersonDraft;
import org.diplomacygraph.ingest.Draft.PlaceDraft;
import org.diplomacygraph.ingest.Draft.PositionDraft;
import org.diplomacygraph.ingest.Draft.SignatoryDraft;
import org.diplomacygraph.model.UserError.Code;

/**
 * The drafts of one compilation, per record type, in the order first declared: an entry with an id
 * declares its record (the first entry makes the draft, the next ones add to it), and an entry whose
 * id is a stored entity's makes the draft extend that entity.
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
	boolean declares(SubjectType type, String id) {
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
		};
		return drafts.containsKey(id);
	}

	/**
	 * The draft an entry with an id declares, or null with a defect if the id is no slug of the
	 * syntax or is declared twice in one file ({@code seen} holds the file's ids). {@code list} is
	 * where the entry stands in the file ({@code people}, {@code people[to-lam].positions}) and
	 * {@code path} its path for callers that point at input fields.
	 */
	<D extends Draft<?>> D declare(ArticleDraft article, Set<String> seen, Map<String, D> drafts, SubjectType type,
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

}
