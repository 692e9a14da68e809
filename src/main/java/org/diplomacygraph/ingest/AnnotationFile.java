package org.diplomacygraph.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One article's annotation file as written by annotators: metadata about the text and stand-off
 * annotations of everything it states, each quoting the text as evidence. src/main/resources/articles/README.md describes the
 * format; {@link CorpusCompiler} checks it.
 * <p>
 * The entries are also the entries of the {@code ingestArticle} input (the schema's
 * {@code PersonAnnotationInput}, ..., bound onto these records by name; {@link IngestArticleInput}
 * holds them): one model, in which the input differs in three ways only. An input entry's {@code id}
 * is the global ID of a stored record (a file's is the record's slug); an input entry has a
 * {@code key} (input only: files refer to their entries by {@code id}, and {@link CorpusReader}
 * refuses a {@code key} in a file); and a quote is a {@link Quote}, written as a string in files and
 * as {@code {quote}} in the input. {@link InputResolver} turns an input's entries into a file's.
 * <p>
 * {@code newRecord} ({@code new} in the schema and in JSON) is the input's too: {@code true} confirms
 * that an entry without {@code id} is a new record, past the duplicate guard ({@link EntryLinker}).
 * Files are curated and not guarded: {@link CorpusReader} refuses {@code new} in a file as it refuses
 * {@code key}; the annotations kept of an ingested article leave it out (null).
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

	/**
	 * Words of the article's text, supporting a fact: a string in files (and in the annotations kept
	 * of an ingested article), the schema's {@code EvidenceInput} in the ingest input.
	 */
	public record Quote(String quote) {

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Quote of(String quote) {
			return new Quote(quote);
		}

		@Override
		@JsonValue
		public String quote() {
			return this.quote;
		}

	}

	/** A country the article mentions. */
	public record CountryEntry(String id, String name, List<String> aliases, String code, List<Quote> evidence) {

		public CountryEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	/** A place the article mentions. */
	public record PlaceEntry(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String key, String name,
			List<String> aliases, String kind, String country, String within, List<Quote> evidence,
			@JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean newRecord) {

		public PlaceEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	/** An organisation the article mentions. */
	public record OrganisationEntry(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String key, String name,
			List<String> aliases, String kind, String country, String parent, List<Quote> evidence,
			@JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean newRecord) {

		public OrganisationEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
		}
	}

	/** A person the article mentions, with the posts it says they hold. */
	public record PersonEntry(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String key, String name,
			List<String> aliases, String nationality, List<Quote> evidence, List<PositionEntry> positions,
			@JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean newRecord) {

		public PersonEntry {
			aliases = orEmpty(aliases);
			evidence = orEmpty(evidence);
			positions = orEmpty(positions);
		}
	}

	/** A post held at an organisation or at the head of a country. */
	public record PositionEntry(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String key, String title,
			String organisation, String country, String from, String until, List<Quote> datesEvidence,
			List<Quote> evidence,
			@JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean newRecord) {

		public PositionEntry {
			datesEvidence = orEmpty(datesEvidence);
			evidence = orEmpty(evidence);
		}
	}

	/** A meeting the article reports. */
	public record MeetingEntry(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String key, String title,
			String kind, String date, String endDate, List<Quote> dateEvidence, String partOf, String place,
			String country, List<Quote> placeEvidence, List<String> organisations, List<String> topics,
			List<Quote> evidence, List<ParticipantEntry> participants,
			@JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean newRecord) {

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
	public record ParticipantEntry(String person, String role, String capacity, List<Quote> evidence) {

		public ParticipantEntry {
			evidence = orEmpty(evidence);
		}
	}

	/** An agreement the article reports. */
	public record AgreementEntry(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String key, String title,
			String kind, String status, List<Quote> statusEvidence, String signedOn, List<Quote> signedOnEvidence,
			String validFrom, String validUntil, List<Quote> validityEvidence, String meeting, List<String> fields,
			List<Quote> evidence, List<PartyEntry> parties, List<SignatoryEntry> signatories,
			@JsonProperty("new") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean newRecord) {

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
	public record PartyEntry(String organisation, String country, List<Quote> evidence) {

		public PartyEntry {
			evidence = orEmpty(evidence);
		}
	}

	/** A person who signed an agreement. */
	public record SignatoryEntry(String person, String capacity, List<Quote> evidence) {

		public SignatoryEntry {
			evidence = orEmpty(evidence);
		}
	}

}
