package org.diplomacygraph.ingest;

import java.util.List;

/**
 * The schema's {@code IngestArticleInput}: an article and its annotations in the model of the
 * corpus files ({@link AnnotationFile}), with references as local keys of this input or global IDs.
 * Lists the client leaves out are empty, so that leaving one out and sending it empty are the same input.
 */
record IngestArticleInput(String title, String text, String publisher, String publishedOn, String language, String url,
		List<String> notStory, List<PersonInput> people, List<OrganisationInput> organisations, List<PlaceInput> places,
		List<MeetingInput> meetings, List<AgreementInput> agreements) {

	IngestArticleInput {
		notStory = AnnotationFile.orEmpty(notStory);
		people = AnnotationFile.orEmpty(people);
		organisations = AnnotationFile.orEmpty(organisations);
		places = AnnotationFile.orEmpty(places);
		meetings = AnnotationFile.orEmpty(meetings);
		agreements = AnnotationFile.orEmpty(agreements);
	}

	/** A quote from the text. */
	record EvidenceInput(String quote) {
	}

	/** A person: a stored one by {@code id}, or a new one (or one matched by name) with {@code name}. */
	record PersonInput(String id, String key, String name, List<String> aliases, String nationality,
			List<EvidenceInput> evidence, List<PositionInput> positions) {

		PersonInput {
			aliases = AnnotationFile.orEmpty(aliases);
			evidence = AnnotationFile.orEmpty(evidence);
			positions = AnnotationFile.orEmpty(positions);
		}
	}

	/** A post the person holds: a stored one by {@code id}, or a new one. */
	record PositionInput(String id, String key, String title, String organisation, String country, String from, String until,
			List<EvidenceInput> datesEvidence, List<EvidenceInput> evidence) {

		PositionInput {
			datesEvidence = AnnotationFile.orEmpty(datesEvidence);
			evidence = AnnotationFile.orEmpty(evidence);
		}
	}

	/** An organisation: a stored one by {@code id}, or a new one (or one matched by name) with {@code name}. */
	record OrganisationInput(String id, String key, String name, List<String> aliases, String kind, String country,
			String parent, List<EvidenceInput> evidence) {

		OrganisationInput {
			aliases = AnnotationFile.orEmpty(aliases);
			evidence = AnnotationFile.orEmpty(evidence);
		}
	}

	/** A place: a stored one by {@code id}, or a new one (or one matched by name) with {@code name}. */
	record PlaceInput(String id, String key, String name, List<String> aliases, String kind, String country,
			String within, List<EvidenceInput> evidence) {

		PlaceInput {
			aliases = AnnotationFile.orEmpty(aliases);
			evidence = AnnotationFile.orEmpty(evidence);
		}
	}

	/** A meeting the article reports: a stored one by {@code id}, or a new one. */
	record MeetingInput(String id, String key, String title, String kind, String date, String endDate,
			List<EvidenceInput> dateEvidence, String partOf,
			String place, String country, List<EvidenceInput> placeEvidence, List<String> organisations,
			List<String> topics, List<EvidenceInput> evidence, List<ParticipantInput> participants) {

		MeetingInput {
			dateEvidence = AnnotationFile.orEmpty(dateEvidence);
			placeEvidence = AnnotationFile.orEmpty(placeEvidence);
			organisations = AnnotationFile.orEmpty(organisations);
			topics = AnnotationFile.orEmpty(topics);
			evidence = AnnotationFile.orEmpty(evidence);
			participants = AnnotationFile.orEmpty(participants);
		}
	}

	/** A person's part in a meeting. */
	record ParticipantInput(String person, String role, String capacity, List<EvidenceInput> evidence) {

		ParticipantInput {
			evidence = AnnotationFile.orEmpty(evidence);
		}
	}

	/** An agreement the article reports: a stored one by {@code id}, or a new one. */
	record AgreementInput(String id, String key, String title, String kind, String status, List<EvidenceInput> statusEvidence,
			String signedOn, List<EvidenceInput> signedOnEvidence, String validFrom, String validUntil,
			List<EvidenceInput> validityEvidence, String meeting, List<String> fields, List<EvidenceInput> evidence,
			List<PartyInput> parties, List<SignatoryInput> signatories) {

		AgreementInput {
			statusEvidence = AnnotationFile.orEmpty(statusEvidence);
			signedOnEvidence = AnnotationFile.orEmpty(signedOnEvidence);
			validityEvidence = AnnotationFile.orEmpty(validityEvidence);
			fields = AnnotationFile.orEmpty(fields);
			evidence = AnnotationFile.orEmpty(evidence);
			parties = AnnotationFile.orEmpty(parties);
			signatories = AnnotationFile.orEmpty(signatories);
		}
	}

	/** A party to an agreement: an organisation or a country. */
	record PartyInput(String organisation, String country, List<EvidenceInput> evidence) {

		PartyInput {
			evidence = AnnotationFile.orEmpty(evidence);
		}
	}

	/** A person who signed an agreement. */
	record SignatoryInput(String person, String capacity, List<EvidenceInput> evidence) {

		SignatoryInput {
			evidence = AnnotationFile.orEmpty(evidence);
		}
	}

}
