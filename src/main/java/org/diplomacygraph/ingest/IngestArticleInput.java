package org.diplomacygraph.ingest;

import java.util.List;

import org.diplomacygraph.ingest.AnnotationFile.AgreementEntry;
import org.diplomacygraph.ingest.AnnotationFile.MeetingEntry;
import org.diplomacygraph.ingest.AnnotationFile.OrganisationEntry;
import org.diplomacygraph.ingest.AnnotationFile.PersonEntry;
import org.diplomacygraph.ingest.AnnotationFile.PlaceEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema's {@code IngestArticleInput}: the article's text and metadata, flat as the schema has
 * them (a file keeps its text beside it and its metadata under {@code article}), and its entries in
 * the model of the annotation files ({@link AnnotationFile}, which says how an input entry differs
 * from a file's). Lists the client leaves out are empty, so that leaving one out and sending it empty
 * are the same input.
 */
record IngestArticleInput(String title, String text, String publisher, String publishedOn, String language, String url,
		List<String> notStory, List<PersonEntry> people, List<OrganisationEntry> organisations, List<PlaceEntry> places,
		List<MeetingEntry> meetings, List<AgreementEntry> agreements) {

	/**
	 * The input as the client gave it, in JSON: the records' components in order, Jackson annotations
	 * ignored, so that every {@code key} is written and each quote is {@code {"quote": ...}} as in the
	 * schema (the file format writes a quote as a string and leaves out a null key).
	 */
	private static final JsonMapper AS_GIVEN = JsonMapper.builder().disable(MapperFeature.USE_ANNOTATIONS).build();

	IngestArticleInput {
		notStory = AnnotationFile.orEmpty(notStory);
		people = AnnotationFile.orEmpty(people);
		organisations = AnnotationFile.orEmpty(organisations);
		places = AnnotationFile.orEmpty(places);
		meetings = AnnotationFile.orEmpty(meetings);
		agreements = AnnotationFile.orEmpty(agreements);
	}

	/**
	 * The SHA-256 of the input as given, by which a repeated input is answered from the store
	 * ({@code ingested_article.input_hash}): the same input always has the same hash, the one it had
	 * when it was stored.
	 */
	String hash() {
		JsonNode given = AS_GIVEN.valueToTree(this);
		withoutUnsetNew(given);
		return CorpusCompiler.sha256(AS_GIVEN.writeValueAsBytes(given));
	}

	/**
	 * Leaves out every entry's {@code newRecord} that the client did not set, so that an input
	 * without {@code new} keeps the hash it had before entries had the field.
	 */
	private static void withoutUnsetNew(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode flag = object.get("newRecord");
			if (flag != null && flag.isNull()) {
				object.remove("newRecord");
			}
		}
		node.forEach(IngestArticleInput::withoutUnsetNew);
	}

}
