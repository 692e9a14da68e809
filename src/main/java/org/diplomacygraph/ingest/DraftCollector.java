package org.diplomacygraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.article.Evidence.Aspect;
import org.diplomacygraph.claim.ClaimField;
import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.CountryEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.ParticipantEntry;
import org.diplomacygraph.ingest.AnnotationFile.PartyEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PlaceEntry;
import org.diplomacygraph.ingest.AnnotationFile.PositionEntry;
import org.diplomacygraph.ingest.AnnotationFile.SignatoryEntry;
import org.diplomacygraph.ingest.Drafts.AgreementDraft;
import org.diplomacygraph.ingest.Drafts.CountryDraft;
import org.diplomacygraph.ingest.Drafts.MeetingDraft;
import org.diplomacygraph.ingest.Drafts.OrganisationDraft;
import org.diplomacygraph.ingest.Drafts.ParticipantDraft;
import org.diplomacygraph.ingest.Drafts.PartyDraft;
import org.diplomacygraph.ingest.Drafts.PersonDraft;
import org.diplomacygraph.ingest.Drafts.PlaceDraft;
import org.diplomacygraph.ingest.Drafts.PositionDraft;
import org.diplomacygraph.ingest.Drafts.SignatoryDraft;
import org.diplomacygraph.meeting.Meeting;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.PartialDate;
import org.diplomacygraph.values.UserError.Code;

/**
 * Reads the entries of one article's annotation file into the compilation's {@link Drafts}: each
 * entry's single values (checked, and agreeing with what other files and the stored graph give),
 * its claims and its quotes ({@link Statements}). References stay slugs; {@link GraphBuilder}
 * resolves them once every file is read.
 */
final class DraftCollector {

	private final Drafts drafts;

	private final Checks checks;

	private final Statements statements;

	DraftCollector(Drafts drafts, Checks checks, Statements statements) {
		this.drafts = drafts;
		this.checks = checks;
		this.statements = statements;
	}

	/** Every entry of the file, type by type, in the order given. */
	void collect(ArticleDraft article, AnnotationFile annotations) {
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
		CountryDraft draft = this.drafts.declare(article, seen, this.drafts.countries, RecordType.COUNTRY,
				CountryDraft::new, "countries", entry.id(), Checks.SLUG, List.of("countries", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		if (entry.code() != null && !entry.code().matches("[A-Z]{2}")) {
			this.checks.report(at.defect(Code.INVALID, null,
					"code must be an ISO 3166-1 alpha-2 code such as 'VN', not '" + entry.code() + "'", "code"));
		}
		this.checks.agree(draft.code, at, entry.code());
		this.statements.names(article, at, draft, entry.name(), entry.aliases());
		this.statements.quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
	}

	private void place(ArticleDraft article, Set<String> seen, PlaceEntry entry, int index) {
		PlaceDraft draft = this.drafts.declare(article, seen, this.drafts.places, RecordType.PLACE, PlaceDraft::new,
				"places", entry.id(), Checks.SLUG, List.of("places", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		this.checks.agree(draft.kind, at, this.checks.kind(at, Place.Kind.class, entry.kind(), draft.kind));
		this.checks.agree(draft.country, at, entry.country());
		this.checks.agree(draft.within, at, entry.within());
		this.statements.names(article, at, draft, entry.name(), entry.aliases());
		this.statements.quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
	}

	private void organisation(ArticleDraft article, Set<String> seen, OrganisationEntry entry, int index) {
		OrganisationDraft draft = this.drafts.declare(article, seen, this.drafts.organisations,
				RecordType.ORGANISATION, OrganisationDraft::new, "organisations", entry.id(), Checks.SLUG,
				List.of("organisations", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		this.checks.agree(draft.kind, at, this.checks.kind(at, Organisation.Kind.class, entry.kind(), draft.kind));
		this.checks.agree(draft.country, at, entry.country());
		this.checks.agree(draft.parent, at, entry.parent());
		this.statements.names(article, at, draft, entry.name(), entry.aliases());
		this.statements.quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
	}

	private void person(ArticleDraft article, Set<String> seen, PersonEntry entry, int index) {
		PersonDraft draft = this.drafts.declare(article, seen, this.drafts.people, RecordType.PERSON, PersonDraft::new,
				"people", entry.id(), Checks.SLUG, List.of("people", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		this.checks.agree(draft.nationality, at, entry.nationality());
		this.statements.names(article, at, draft, entry.name(), entry.aliases());
		this.statements.quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
		for (int p = 0; p < entry.positions().size(); p++) {
			position(article, seen, draft, at, entry.positions().get(p), p);
		}
	}

	private void position(ArticleDraft article, Set<String> seen, PersonDraft person, Where personAt,
			PositionEntry entry, int index) {
		PositionDraft post = this.drafts.declare(article, seen, this.drafts.positions, RecordType.POSITION,
				PositionDraft::new, personAt.entry() + ".positions", entry.id(), Checks.POSITION_ID,
				personAt.path("positions", index));
		if (post == null) {
			return;
		}
		Where at = post.at(article);
		if (post.stored() != null && !post.stored().getPersonId().equals(person.id)) {
			// A stored post extends under its holder only.
			this.checks.report(at.defect(Code.CONFLICT, null, "'" + post.id + "' is a post of '"
					+ post.stored().getPersonId() + "', not of '" + person.id
					+ "'; give a post of this person, or a new post without `id`", "id"));
			return;
		}
		this.checks.agree(post.person, at, person.id);
		this.statements.claim(article, post, post.title, at, ClaimField.TITLE, CorpusCompiler.blankToNull(entry.title()));
		this.statements.claim(article, post, post.organisation, at, ClaimField.ORGANISATION, entry.organisation());
		this.checks.agree(post.country, at, entry.country());
		PartialDate from = this.checks.date(at, "from", entry.from());
		PartialDate until = this.checks.date(at, "until", entry.until());
		this.statements.claim(article, post, post.from, at, ClaimField.FROM, from);
		this.statements.claim(article, post, post.until, at, ClaimField.UNTIL, until);
		this.statements.quote(article, at, post, Aspect.SUBJECT, "evidence", entry.evidence(), true);
		this.statements.quote(article, at, post, Aspect.DATE, "datesEvidence", entry.datesEvidence(),
				from != null || until != null);
	}

	private void meeting(ArticleDraft article, Set<String> seen, MeetingEntry entry, int index) {
		MeetingDraft draft = this.drafts.declare(article, seen, this.drafts.meetings, RecordType.MEETING,
				MeetingDraft::new, "meetings", entry.id(), Checks.SLUG, List.of("meetings", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		this.checks.agree(draft.title, at, CorpusCompiler.blankToNull(entry.title()));
		this.statements.claim(article, draft, draft.kind, at, ClaimField.KIND,
				this.checks.kind(at, Meeting.Kind.class, entry.kind(), draft.kind));
		PartialDate date = this.checks.date(at, "date", entry.date());
		PartialDate endDate = this.checks.date(at, "endDate", entry.endDate());
		if (endDate != null && date == null && draft.stored() == null) {
			this.checks.report(at.defect(Code.REQUIRED, "date", "an `endDate` needs the `date` the meeting began on", "date"));
		}
		this.checks.ordered(at, "date", date, "endDate", endDate);
		this.statements.claim(article, draft, draft.date, at, ClaimField.DATE, date);
		this.statements.claim(article, draft, draft.endDate, at, ClaimField.END_DATE, endDate);
		this.statements.claim(article, draft, draft.place, at, ClaimField.PLACE, entry.place());
		this.statements.claim(article, draft, draft.country, at, ClaimField.COUNTRY, entry.country());
		if (entry.partOf() != null && entry.partOf().equals(draft.id)) {
			this.checks.report(at.defect(Code.INVALID, "partOf", "a meeting cannot be part of itself", "partOf"));
		}
		else {
			this.statements.claim(article, draft, draft.partOf, at, ClaimField.PART_OF, entry.partOf());
		}
		draft.organisations.addAll(entry.organisations());
		draft.topics.addAll(entry.topics());
		this.statements.quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
		this.statements.quote(article, at, draft, Aspect.DATE, "dateEvidence", entry.dateEvidence(), date != null);
		this.statements.quote(article, at, draft, Aspect.PLACE, "placeEvidence", entry.placeEvidence(),
				entry.place() != null || entry.country() != null);
		Set<String> people = new HashSet<>();
		for (int p = 0; p < entry.participants().size(); p++) {
			ParticipantEntry participant = entry.participants().get(p);
			if (participant.person() == null || !people.add(participant.person())) {
				this.checks.report(at.defect((participant.person() == null) ? Code.REQUIRED : Code.CONFLICT, null,
						(participant.person() == null) ? "a participant names no person"
								: "participant '" + participant.person() + "' is listed twice",
						"participants", p, "person"));
				continue;
			}
			ParticipantDraft part = Drafts.relation(this.drafts.participants,
					Participant.idOf(draft.id, participant.person()),
					at.entry() + ".participants[" + participant.person() + "]", ParticipantDraft::new);
			Where partAt = part.at(article, at.path("participants", p));
			this.checks.agree(part.meeting, partAt, draft.id);
			this.checks.agree(part.person, partAt, participant.person());
			this.statements.claim(article, part, part.role, partAt, ClaimField.ROLE,
					this.checks.kind(partAt, Participant.Role.class, participant.role(), part.role));
			this.statements.claim(article, part, part.capacity, partAt, ClaimField.CAPACITY, participant.capacity());
			this.statements.quote(article, partAt, part, Aspect.SUBJECT, "evidence", participant.evidence(), true);
		}
	}

	private void agreement(ArticleDraft article, Set<String> seen, AgreementEntry entry, int index) {
		AgreementDraft draft = this.drafts.declare(article, seen, this.drafts.agreements, RecordType.AGREEMENT,
				AgreementDraft::new, "agreements", entry.id(), Checks.SLUG, List.of("agreements", String.valueOf(index)));
		if (draft == null) {
			return;
		}
		Where at = draft.at(article);
		this.checks.agree(draft.title, at, CorpusCompiler.blankToNull(entry.title()));
		this.statements.claim(article, draft, draft.kind, at, ClaimField.KIND,
				this.checks.kind(at, Agreement.Kind.class, entry.kind(), draft.kind));
		this.statements.claim(article, draft, draft.status, at, ClaimField.STATUS,
				this.checks.kind(at, Agreement.Status.class, entry.status(), draft.status));
		PartialDate signedOn = this.checks.date(at, "signedOn", entry.signedOn());
		PartialDate validFrom = this.checks.date(at, "validFrom", entry.validFrom());
		PartialDate validUntil = this.checks.date(at, "validUntil", entry.validUntil());
		this.checks.ordered(at, "validFrom", validFrom, "validUntil", validUntil);
		this.statements.claim(article, draft, draft.signedOn, at, ClaimField.SIGNED_ON, signedOn);
		this.statements.claim(article, draft, draft.validFrom, at, ClaimField.VALID_FROM, validFrom);
		this.statements.claim(article, draft, draft.validUntil, at, ClaimField.VALID_UNTIL, validUntil);
		this.statements.claim(article, draft, draft.meeting, at, ClaimField.MEETING, entry.meeting());
		draft.fields.addAll(entry.fields());
		this.statements.quote(article, at, draft, Aspect.SUBJECT, "evidence", entry.evidence(), true);
		this.statements.quote(article, at, draft, Aspect.STATUS, "statusEvidence", entry.statusEvidence(),
				entry.status() != null);
		this.statements.quote(article, at, draft, Aspect.SIGNED_ON, "signedOnEvidence", entry.signedOnEvidence(),
				signedOn != null);
		this.statements.quote(article, at, draft, Aspect.VALIDITY, "validityEvidence", entry.validityEvidence(),
				validFrom != null || validUntil != null);
		for (int p = 0; p < entry.parties().size(); p++) {
			PartyEntry party = entry.parties().get(p);
			if ((party.organisation() == null) == (party.country() == null)) {
				this.checks.report(at.defect(Code.INVALID, null, "a party names exactly one organisation or one country",
						"parties", p));
				continue;
			}
			String tagged = (party.organisation() != null) ? "organisation:" + party.organisation()
					: "country:" + party.country();
			PartyDraft part = Drafts.relation(this.drafts.parties, AgreementParty.idOf(draft.id, tagged),
					at.entry() + ".parties[" + tagged + "]", PartyDraft::new);
			Where partAt = part.at(article, at.path("parties", p));
			this.checks.agree(part.agreement, partAt, draft.id);
			this.checks.agree(part.organisation, partAt, party.organisation());
			this.checks.agree(part.country, partAt, party.country());
			this.statements.quote(article, partAt, part, Aspect.SUBJECT, "evidence", party.evidence(), true);
		}
		for (int p = 0; p < entry.signatories().size(); p++) {
			SignatoryEntry signatory = entry.signatories().get(p);
			if (signatory.person() == null) {
				this.checks.report(at.defect(Code.REQUIRED, null, "a signatory names no person", "signatories", p, "person"));
				continue;
			}
			SignatoryDraft sign = Drafts.relation(this.drafts.signatories, Signatory.idOf(draft.id, signatory.person()),
					at.entry() + ".signatories[" + signatory.person() + "]", SignatoryDraft::new);
			Where signAt = sign.at(article, at.path("signatories", p));
			this.checks.agree(sign.agreement, signAt, draft.id);
			this.checks.agree(sign.person, signAt, signatory.person());
			this.statements.claim(article, sign, sign.capacity, signAt, ClaimField.CAPACITY, signatory.capacity());
			this.statements.quote(article, signAt, sign, Aspect.SUBJECT, "evidence", signatory.evidence(), true);
		}
	}

}
