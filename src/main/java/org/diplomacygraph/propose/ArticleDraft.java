package org.diplomacygraph.propose;

import java.util.List;

/**
 * A proposed article and its annotations, field for field the schema's {@code IngestArticleInput}
 * (and its nested inputs), so that a client can select every field of the answer, edit it and send
 * it as the input of {@code ingestArticle} unchanged in shape. References are the keys of entries
 * of the draft; stored entities have their global {@code id} as well, countries are global IDs.
 */
public record ArticleDraft(String title, String text, String publisher, String publishedOn, String language, String url,
		List<String> notStory, List<PersonDraft> people, List<OrganisationDraft> organisations, List<PlaceDraft> places,
		List<MeetingDraft> meetings, List<AgreementDraft> agreements) {

	/** A quote from the text. */
	public record EvidenceDraft(String quote) {
	}

	/** A person: stored ({@code id}) or new. */
	public record PersonDraft(String id, String key, String name, List<String> aliases, String nationality,
			List<EvidenceDraft> evidence, List<PositionDraft> positions) {
	}

	/** A post of a person: stored ({@code id}) or new. */
	public record PositionDraft(String id, String key, String title, String organisation, String country, String from,
			String until, List<EvidenceDraft> datesEvidence, List<EvidenceDraft> evidence) {
	}

	/** An organisation: stored ({@code id}) or new. */
	public record OrganisationDraft(String id, String key, String name, List<String> aliases, String kind, String country,
			String parent, List<EvidenceDraft> evidence) {
	}

	/** A place: stored ({@code id}) or new. */
	public record PlaceDraft(String id, String key, String name, List<String> aliases, String kind, String country,
			String within, List<EvidenceDraft> evidence) {
	}

	/** A meeting the text reports. */
	public record MeetingDraft(String id, String key, String title, String kind, String date, String endDate,
			List<EvidenceDraft> dateEvidence, String partOf, String place, String country,
			List<EvidenceDraft> placeEvidence, List<String> organisations, List<String> topics,
			List<EvidenceDraft> evidence, List<ParticipantDraft> participants) {
	}

	/** A person's part in a meeting. */
	public record ParticipantDraft(String person, String role, String capacity, List<EvidenceDraft> evidence) {
	}

	/** An agreement the text reports. */
	public record AgreementDraft(String id, String key, String title, String kind, String status,
			List<EvidenceDraft> statusEvidence, String signedOn, List<EvidenceDraft> signedOnEvidence, String validFrom,
			String validUntil, List<EvidenceDraft> validityEvidence, String meeting, List<String> fields,
			List<EvidenceDraft> evidence, List<PartyDraft> parties, List<SignatoryDraft> signatories) {
	}

	/** A party to an agreement: an organisation (key) or a country (ID). */
	public record PartyDraft(String organisation, String country, List<EvidenceDraft> evidence) {
	}

	/** A person who signed an agreement. */
	public record SignatoryDraft(String person, String capacity, List<EvidenceDraft> evidence) {
	}

}
