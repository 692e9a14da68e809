package org.diplomacygraph.propose;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * {@code proposeAnnotations} without HTTP: a draft in the shape of {@code IngestArticleInput} over a
 * stubbed gazetteer, and every bad argument refused with its exact user error, the stored names
 * never read.
 */
@GraphQlSliceTest
class ProposalControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StoredGazetteer gazetteer;

	static final String TEXT = "Hà Nội — Secretary of the Hanoi Party Committee Bui Thi Minh Hoai received Cuban "
			+ "Ambassador to Vietnam Rogelio Polanco Fuentes in Hanoi on March 13. Hoai welcomed the ambassador. "
			+ "Photo: Thanh Hai";

	static List<Gazetteer.Known> stored() {
		return List.of(
				new Gazetteer.Known(RecordType.COUNTRY, "vietnam", "Vietnam", List.of(), null, null, null, "VN", List.of()),
				new Gazetteer.Known(RecordType.COUNTRY, "cuba", "Cuba", List.of(), null, null, null, "CU", List.of()),
				new Gazetteer.Known(RecordType.PLACE, "hanoi", "Hanoi", List.of(), "city", null, "vietnam", null, List.of()),
				new Gazetteer.Known(RecordType.ORGANISATION, "hanoi-party-committee", "Hanoi Party Committee", List.of(),
						"party-committee", null, "vietnam", null, List.of()));
	}

	@Test
	void aTextBecomesADraftOfIngestArticleInput() {
		given(this.gazetteer.entities()).willReturn(stored());

		GraphQlTester.Response response = this.graphQl.documentName("propose")
			.operationName("Propose")
			.variable("text", TEXT)
			.variable("publishedOn", "2025")
			.execute();

		response.errors().verify();
		response.path("proposeAnnotations.userErrors").entityList(Object.class).hasSize(0);
		String cuba = GlobalId.encode("Country", "cuba");
		response.path("proposeAnnotations.draft").matchesJsonStrictly("""
				{
				  "title": null, "text": "%s", "publisher": null, "publishedOn": "2025", "language": "en", "url": null,
				  "notStory": ["Photo: Thanh Hai"],
				  "people": [
				    { "id": null, "key": "bui-thi-minh-hoai", "name": "Bui Thi Minh Hoai", "aliases": ["Hoai"],
				      "nationality": null,
				      "evidence": [{ "quote": "Bui Thi Minh Hoai" }, { "quote": "Hoai welcomed" }],
				      "positions": [{ "id": null, "key": "bui-thi-minh-hoai/secretary", "title": "Secretary",
				        "organisation": "hanoi-party-committee", "country": null, "from": null, "until": null,
				        "datesEvidence": [],
				        "evidence": [{ "quote": "Secretary of the Hanoi Party Committee Bui Thi Minh Hoai" }] }] },
				    { "id": null, "key": "rogelio-polanco-fuentes", "name": "Rogelio Polanco Fuentes", "aliases": [],
				      "nationality": "%s",
				      "evidence": [{ "quote": "Rogelio Polanco Fuentes" }],
				      "positions": [{ "id": null, "key": "rogelio-polanco-fuentes/ambassador-to-vietnam",
				        "title": "Ambassador to Vietnam", "organisation": "embassy-of-cuba-in-vietnam", "country": null,
				        "from": null, "until": null, "datesEvidence": [],
				        "evidence": [{ "quote": "Cuban Ambassador to Vietnam Rogelio Polanco Fuentes" }] }] }
				  ],
				  "organisations": [
				    { "id": "%s", "key": "hanoi-party-committee", "name": null, "aliases": [], "kind": null,
				      "country": null, "parent": null, "evidence": [{ "quote": "Hanoi Party Committee" }] },
				    { "id": null, "key": "embassy-of-cuba-in-vietnam", "name": "Embassy of Cuba in Vietnam", "aliases": [],
				      "kind": "embassy", "country": "%s", "parent": null,
				      "evidence": [{ "quote": "Cuban Ambassador to Vietnam" }] }
				  ],
				  "places": [
				    { "id": "%s", "key": "hanoi", "name": null, "aliases": ["Hà Nội"], "kind": null, "country": null,
				      "within": null, "evidence": [{ "quote": "Hà Nội" }, { "quote": "Hanoi on" }] }
				  ],
				  "meetings": [
				    { "id": null, "key": "reception-of-rogelio-polanco-fuentes-by-bui-thi-minh-hoai-in-hanoi",
				      "title": "Reception of Rogelio Polanco Fuentes by Bui Thi Minh Hoai in Hanoi", "kind": "reception",
				      "date": "2025-03-13", "endDate": null, "dateEvidence": [{ "quote": "March 13" }], "partOf": null,
				      "place": "hanoi", "country": "%s", "placeEvidence": [{ "quote": "in Hanoi" }],
				      "organisations": ["hanoi-party-committee", "embassy-of-cuba-in-vietnam"], "topics": [],
				      "evidence": [{ "quote": "Bui Thi Minh Hoai received Cuban Ambassador to Vietnam Rogelio Polanco Fuentes" }],
				      "participants": [
				        { "person": "bui-thi-minh-hoai", "role": "host", "capacity": "bui-thi-minh-hoai/secretary",
				          "evidence": [{ "quote": "Bui Thi Minh Hoai received" }] },
				        { "person": "rogelio-polanco-fuentes", "role": "guest",
				          "capacity": "rogelio-polanco-fuentes/ambassador-to-vietnam",
				          "evidence": [{ "quote": "received Cuban Ambassador to Vietnam Rogelio Polanco Fuentes" }] }
				      ] }
				  ],
				  "agreements": []
				}""".formatted(TEXT, cuba, GlobalId.encode("Organisation", "hanoi-party-committee"), cuba,
				GlobalId.encode("Place", "hanoi"), GlobalId.encode("Country", "vietnam")));
		response.path("proposeAnnotations.mentions[*].text").entityList(String.class).containsExactly("Hà Nội",
				"Hanoi Party Committee", "Bui Thi Minh Hoai", "Vietnam", "Rogelio Polanco Fuentes", "Hanoi", "Hoai");
		response.path("proposeAnnotations.mentions[0].candidates[0]").matchesJsonStrictly("""
				{ "id": "%s", "type": "Place", "name": "Hanoi", "score": 100,
				  "reasons": ["'Hà Nội' is, case, diacritics, punctuation and spacing aside, the name of the stored place Hanoi"] }
				""".formatted(GlobalId.encode("Place", "hanoi")));
		response.path("proposeAnnotations.notes").entityList(String.class).containsExactly(
				"title: the text shows no headline; give the article a title",
				"publisher: the text names no publisher and no URL was given; give the publisher",
				"people: new people are named as the text spells them; give each the name in their own orthography (the spelling then stays an alias)",
				"organisations, places: the kinds and countries of new ones are guessed from their names",
				"meetings: roles are read from the sentence (who received whom); topics are left to you");
	}

	@Test
	void aBlankTextIsRefusedAndNoNameIsRead() {
		assertRefused(Map.of("text", " \n\t "), List.of("text"), "`text` must not be blank", "REQUIRED");
	}

	@Test
	void aTextOverTheInputLimitIsRefused() {
		assertRefused(Map.of("text", "a".repeat(65_537)), List.of("text"),
				"`text` may have at most 65536 characters, got 65537", "INVALID");
	}

	@Test
	void aTextWithAControlCharacterIsRefused() {
		assertRefused(Map.of("text", "Talks\u0000 in Hanoi"), List.of("text"),
				"`text` must not contain the control character U+0000 (at offset 5)", "INVALID");
	}

	@Test
	void anotherLanguageIsRefused() {
		assertRefused(Map.of("text", TEXT, "language", "fr"), List.of("language"),
				"`language` 'fr' is not supported: proposals are made from English texts only (`en`, `en-GB`, ...)",
				"INVALID");
	}

	@Test
	void aTextThatDoesNotReadAsEnglishIsRefusedWithoutALanguage() {
		assertRefused(Map.of("text", "Le secrétaire du comité du Parti de Hanoï a reçu l'ambassadeur de Cuba au "
				+ "Vietnam, Rogelio Polanco Fuentes, le 13 mars."), List.of("language"),
				"the text does not read as English: proposals are made from English texts only (send `language: \"en\"` "
						+ "to have an English text with few English words read anyway)", "INVALID");
	}

	@Test
	void aMalformedPublicationDateIsRefused() {
		assertRefused(Map.of("text", TEXT, "publishedOn", "2025-13"), List.of("publishedOn"),
				"`publishedOn`: impossible date '2025-13'", "INVALID");
	}

	@Test
	void aTooLongUrlIsRefused() {
		assertRefused(Map.of("text", TEXT, "url", "https://example.org/" + "a".repeat(2000)), List.of("url"),
				"`url` may have at most 2000 characters, got 2020", "INVALID");
	}

	@Test
	void anEnglishLanguageTagIsRead() {
		given(this.gazetteer.entities()).willReturn(stored());

		this.graphQl.documentName("propose")
			.operationName("ProposeErrors")
			.variable("text", TEXT)
			.variable("language", "en-GB")
			.execute()
			.path("proposeAnnotations.draft.title")
			.valueIsNull()
			.path("proposeAnnotations.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private void assertRefused(Map<String, Object> variables, List<String> field, String message, String code) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("propose").operationName("ProposeErrors");
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		response.path("proposeAnnotations.draft").valueIsNull();
		response.path("proposeAnnotations.mentions").entityList(Object.class).hasSize(0);
		response.path("proposeAnnotations.notes").entityList(Object.class).hasSize(0);
		response.path("proposeAnnotations.userErrors").matchesJsonStrictly("""
				[{ "field": %s, "message": "%s", "code": "%s" }]""".formatted(
				field.stream().map((f) -> "\"" + f + "\"").toList(), message.replace("\"", "\\\""), code));
		then(this.gazetteer).should(never()).entities();
	}

}
