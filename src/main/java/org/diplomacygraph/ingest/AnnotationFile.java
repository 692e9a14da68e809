package org.diplomacygraph.ingest;

import java.util.List;

/**
 * One article's annotation file as written by annotators: metadata about the text and stand-off
 * annotations of everything it states, each quoting the text as evidence. README describes the
 * format; {@link CorpusCompiler} checks it.
 */
public record AnnotationFile(Metadata article, List<CountryEntry> countries, List<PlaceEntry> places,
		List<OrganisationEntry> organisations, List<PersonEntry> people, List<MeetingEntry> meetings,
		List<AgreementEntry> agreements) {

	public AnnotationFile {
		countries = orEmpty(countries);
		places = orEmpty(places);
		organisations = orEmpty(organisations);
		people = orEmpty(people);
		meetings = orEmpty(meetings);
		agreements = orEmpty(agreements);
	}

	public static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** What the text itself says about the article; unknown values stay null. */
	public record Metadata(String slug, String title, String publisher, String publishedOn, String language,
			String url, List<String> notStory) {

		public Metadata {
			notStory = orEmpty(notStory);
		}
	}

	/** A country the article mentions. */
	public record CountryEntry(String id, String name, List<String> aliases, String code, List<String> evidence) {

		public CountryEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	/** A place the article mentions. */
	public record PlaceEntry(String id, String name, List<String> aliases, String kind, String country,
			String within, List<String> evidence) {

		public PlaceEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	/** An organisation the article mentions. */
	public record OrganisationEntry(String id, String name, List<String> aliases, String kind, String country,
			String parent, List<String> evidence) {

		public OrganisationEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	/** A person the article mentions, with the posts it says they hold. */
	public record PersonEntry(String id, String name, List<String> aliases, String nationality,
			List<String> evidence, List<PositionEntry> positions) {

		public PersonEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
			positions = orEmpty(positions);
		}
	}

	/** A post held at an organisation or at the head of a country. */
	public record PositionEntry(String id, String title, String organisation, String country, String from,
			String until, List<String> datesEvidence, List<String> evidence) {

		public PositionEntry {
			datesEvidence = orEmpty(datesEvidence);
			evidence = orEmpty(evidence);
		}
	}

	/** A meeting the article reports. */
	public record MeetingEntry(String id, String title, String kind, String date, List<String> dateEvidence,
			String place, String country, List<String> placeEvidence, List<String> organisations,
			List<String> topics, List<String> evidence, List<ParticipantEntry> participants, String endDate,
			String partOf) {

		public MeetingEntry {
			dateEvidence = orEmpty(dateEvidence);
			placeEvidence = orEmpty(placeEvidence);
			organisations = orEmpty(organisations);
			topics = orEmpty(topics);
			evidence = orEmpty(evidence);
			participants = orEmpty(participants);
		}
	}

	/** A person's part in a meeting. */
	public record ParticipantEntry(String person, String role, String capacity, List<String> evidence) {

		public ParticipantEntry {
			evidence = orEmpty(evidence);
		}
	}

	/** An agreement the article reports. */
	public record AgreementEntry(String id, String title, String kind, String status, List<String> statusEvidence,
			String signedOn, List<String> signedOnEvidence, String validFrom, String validUntil,
			List<String> validityEvidence, String meeting, List<String> fields, List<String> evidence,
			List<PartyEntry> parties, List<SignatoryEntry> signatories) {

		public AgreementEntry {
			statusEvidence = orEmpty(statusEvidence);
			signedOnEvidence = orEmpty(signedOnEvidence);
			validityEvidence = orEmpty(validityEvidence);
			fields = orEmpty(fields);
			evidence = orEmpty(evidence);
			parties = orEmpty(parties);
			signatories = orEmpty(signatories);
		}
	}

	/** A party to an agreement: an organisation or a country. */
	public record PartyEntry(String organisation, String country, List<String> evidence) {

		public PartyEntry {
			evidence = orEmpty(evidence);
		}
	}

	/** A person who signed an agreement. */
	public record SignatoryEntry(String person, String capacity, List<String> evidence) {

		public SignatoryEntry {
			evidence = orEmpty(evidence);
		}
	}

}
