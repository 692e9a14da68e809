package org.diplomacygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.article.ArticleIdentity;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/**
 * {@code ingestArticle} over HTTP: a minimal and a full article, a repeat that changes nothing, names
 * linked to stored entities or ambiguous, an article stored already (its text reflowed, its URL),
 * each refusal with its exact user error and nothing written, and the callers without the editor's
 * key. Each test ingests a text of its own.
 */
@WriteApiTest
class IngestApiTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	HttpGraphQlTester editor;

	@BeforeEach
	void testers() {
		this.editor = WriteFixture.editor(this.tester);
		this.tester = WriteFixture.anonymous(this.tester);
	}

	static String id(String type, String slug) {
		return GlobalId.encode(type, slug);
	}

	static Map<String, Object> minimal(String text) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", "Talks in Da Nang");
		input.put("text", text);
		input.put("publisher", "Test Press");
		input.put("language", "en");
		return input;
	}

	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	static List<Map<String, Object>> quotes(String... quotes) {
		return java.util.Arrays.stream(quotes).map((quote) -> Map.<String, Object>of("quote", quote)).toList();
	}

	GraphQlTester.Response ingest(Map<String, Object> input) {
		GraphQlTester.Response response = run(this.editor, "ingest", "IngestArticle", Map.of("input", input));
		response.errors().verify();
		return response;
	}

	static final String FULL_TEXT = "HANOI, March 3, 2026 - Party General Secretary To Lam received Nguyen Quoc Zanh, "
			+ "Director of the Zanh Institute of Trade, at the Presidential Palace in Hanoi on March 3. "
			+ "Zanh briefed his host on the institute. The two sides signed a memorandum of understanding on trade "
			+ "research valid until 2030. Ambassador Rogelio Polanco Fuentes attended. Photo: Archive";

	@Test
	void aFullArticleCreatesEveryKindOfEntityAndLinksStoredOnesByIdAndName() {
		Map<String, Object> input = minimal(FULL_TEXT);
		input.put("title", "General Secretary receives the Zanh Institute");
		input.put("publishedOn", "2026-03-03");
		input.put("url", "https://example.org/zanh");
		input.put("notStory", List.of("Photo: Archive"));
		input.put("places", List.of(Map.of("key", "palace", "name", "Presidential Palace Zanh", "kind", "building",
				"country", id("Country", "vietnam"), "within", id("Place", "hanoi"),
				"evidence", quotes("the Presidential Palace in Hanoi"))));
		input.put("organisations", List.of(Map.of("key", "institute", "name", "Zanh Institute of Trade", "kind",
				"advisory-body", "country", id("Country", "vietnam"), "evidence", quotes("Zanh Institute of Trade"))));
		input.put("people", List.of(
				Map.of("key", "zanh", "name", "Nguyễn Quốc Zanh", "aliases", List.of("Nguyen Quoc Zanh", "Zanh"),
						"nationality", id("Country", "vietnam"), "evidence", quotes("Nguyen Quoc Zanh"),
						"positions", List.of(Map.of("key", "director", "title", "Director", "organisation", "institute",
								"evidence", quotes("Director of the Zanh Institute of Trade")))),
				Map.of("key", "lam", "name", "To Lam", "evidence", quotes("Party General Secretary To Lam")),
				Map.of("id", id("Person", "rogelio-polanco-fuentes"), "evidence",
						quotes("Ambassador Rogelio Polanco Fuentes"))));
		input.put("meetings", List.of(map("key", "reception", "title", "To Lam receives Nguyễn Quốc Zanh", "kind",
				"reception", "date", "2026-03-03", "dateEvidence", quotes("on March 3"), "place", "palace",
				"placeEvidence", quotes("at the Presidential Palace in Hanoi"), "organisations", List.of("institute"),
				"topics", List.of("trade research"), "evidence", quotes("To Lam received Nguyen Quoc Zanh"),
				"participants", List.of(
						Map.of("person", "lam", "role", "host", "capacity", id("Position", "to-lam/general-secretary"),
								"evidence", quotes("Party General Secretary To Lam received")),
						Map.of("person", "zanh", "role", "guest", "capacity", "director",
								"evidence", quotes("Zanh briefed his host")),
						Map.of("person", id("Person", "rogelio-polanco-fuentes"), "role", "attendee",
								"evidence", quotes("Rogelio Polanco Fuentes attended"))))));
		input.put("agreements", List.of(map("key", "mou", "title", "Zanh Institute trade research MoU", "kind",
				"memorandum-of-understanding", "status", "signed", "statusEvidence", quotes("signed a memorandum"),
				"validUntil", "2030", "validityEvidence", quotes("valid until 2030"), "meeting", "reception",
				"fields", List.of("trade research"), "evidence", quotes("memorandum of understanding on trade research"),
				"parties", List.of(Map.of("organisation", "institute", "evidence", quotes("Zanh Institute of Trade")),
						Map.of("country", id("Country", "vietnam"), "evidence", quotes("HANOI"))),
				"signatories", List.of(Map.of("person", "zanh", "capacity", "director",
						"evidence", quotes("The two sides signed"))))));
		long audits = WriteFixture.auditEntries(this.jdbc);

		GraphQlTester.Response response = ingest(input);

		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		response.path("ingestArticle.unchanged").entity(Boolean.class).isEqualTo(false);
		String article = response.path("ingestArticle.article.id").entity(String.class).get();
		response.path("ingestArticle.article.publishedOn").entity(String.class).isEqualTo("2026-03-03");
		List<String> created = response.path("ingestArticle.created[*].id").entityList(String.class).get();
		String zanh = id("Person", "nguyen-quoc-zanh");
		String meeting = id("Meeting", "to-lam-receives-nguyen-quoc-zanh");
		assertThat(created).containsExactly(id("Place", "presidential-palace-zanh"),
				id("Organisation", "zanh-institute-of-trade"), zanh, id("Position", "nguyen-quoc-zanh/director"), meeting,
				id("Agreement", "zanh-institute-trade-research-mou"));
		response.path("ingestArticle.matched[*].id").entityList(String.class).containsExactly(id("Person", "to-lam"));
		assertThat(WriteFixture.auditEntries(this.jdbc)).isEqualTo(audits + 1);

		// The meeting with its participants: a new person, a stored one linked by name, one by ID.
		GraphQlTester.Response node = run(this.tester, "ingest", "Node", Map.of("id", meeting));
		node.path("node.meetingKind").entity(String.class).isEqualTo("RECEPTION");
		node.path("node.place.id").entity(String.class).isEqualTo(id("Place", "presidential-palace-zanh"));
		node.path("node.participants[*].person.id")
			.entityList(String.class)
			.containsExactly(id("Person", "to-lam"), zanh, id("Person", "rogelio-polanco-fuentes"));
		node.path("node.participants[0].capacity.id").entity(String.class).isEqualTo(id("Position", "to-lam/general-secretary"));
		GraphQlTester.Response agreement = run(this.tester, "ingest", "Node",
				Map.of("id", id("Agreement", "zanh-institute-trade-research-mou")));
		agreement.path("node.meeting.id").entity(String.class).isEqualTo(meeting);
		agreement.path("node.parties[*].id")
			.entityList(String.class)
			.hasSize(2)
			.contains(id("Organisation", "zanh-institute-of-trade"), id("Country", "vietnam"));
		agreement.path("node.signatories[0].capacity.id").entity(String.class).isEqualTo(id("Position", "nguyen-quoc-zanh/director"));

		// Linked, not duplicated: the stored person has the article's evidence.
		GraphQlTester.Response lam = run(this.tester, "ingest", "PersonEvidence", Map.of("id", id("Person", "to-lam")));
		assertThat(lam.path("node.evidence[*].article.id").entityList(String.class).get()).contains(article);
		GraphQlTester.Response person = run(this.tester, "ingest", "PersonEvidence", Map.of("id", zanh));
		person.path("node.name").entity(String.class).isEqualTo("Nguyễn Quốc Zanh");
		person.path("node.positions[0].organisation.id").entity(String.class).isEqualTo(id("Organisation", "zanh-institute-of-trade"));
		// Searchable at once.
		run(this.tester, "ingest", "Search", Map.of("query", "nguyen quoc zanh"))
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo(zanh);
	}

	@Test
	void aMinimalArticleWithoutAnnotationsIsStoredAndAudited() {
		long audits = WriteFixture.auditEntries(this.jdbc);
		GraphQlTester.Response response = ingest(minimal("A minimal article without annotations, number 1."));
		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String article = response.path("ingestArticle.article.id").entity(String.class).get();
		assertThat(article).isEqualTo(id("Article", "talks-in-da-nang-"
				+ CorpusCompiler.sha256("A minimal article without annotations, number 1.".getBytes()).substring(0, 8)));
		response.path("ingestArticle.created").entityList(Object.class).hasSize(0);
		assertThat(WriteFixture.auditEntries(this.jdbc)).isEqualTo(audits + 1);
		Map<String, Object> entry = this.jdbc.queryForMap("select * from audit_entry order by id desc limit 1");
		assertThat(entry.get("actor")).isEqualTo("test-editor");
		assertThat(entry.get("operation")).isEqualTo("ingestArticle");
		assertThat((String) entry.get("subject_ids")).isEqualTo(article);
		run(this.tester, "ingest", "Node", Map.of("id", article)).path("node.articleTitle").entity(String.class).isEqualTo("Talks in Da Nang");
	}

	@Test
	void theSameInputAgainChangesNothingAndAnswersTheStoredArticle() {
		Map<String, Object> input = minimal("Nguyen Van Qiwa met the press in Da Nang on Friday.");
		input.put("people", List.of(Map.of("key", "q", "name", "Nguyễn Văn Qiwa", "evidence", quotes("Nguyen Van Qiwa"))));
		GraphQlTester.Response first = ingest(input);
		first.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		var snapshot = WriteFixture.snapshot(this.jdbc);

		GraphQlTester.Response second = ingest(input);

		second.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		second.path("ingestArticle.unchanged").entity(Boolean.class).isEqualTo(true);
		second.path("ingestArticle.article.id")
			.entity(String.class)
			.isEqualTo(first.path("ingestArticle.article.id").entity(String.class).get());
		second.path("ingestArticle.created[*].id")
			.entityList(String.class)
			.containsExactly(id("Person", "nguyen-van-qiwa"));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(snapshot);
	}

	@Test
	void aNameOfSeveralStoredEntitiesIsAmbiguous() {
		Map<String, Object> one = minimal("Zed Quorra spoke. Zed Quorrah listened.");
		one.put("people", List.of(Map.of("name", "Zed Quorra", "evidence", quotes("Zed Quorra spoke")),
				Map.of("name", "Zed Quorrah", "evidence", quotes("Zed Quorrah"))));
		ingest(one).path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		run(this.editor, "curation", "AddAlias",
				Map.of("input", Map.of("id", id("Person", "zed-quorrah"), "alias", "Zed Quorra")))
			.path("addAlias.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		Map<String, Object> two = minimal("ZED QUORRA arrived.");
		two.put("people", List.of(Map.of("name", "Zed Quorra", "evidence", quotes("ZED QUORRA"))));
		assertRefused(two, List.of("input", "people", "0", "name"),
				"`name` 'Zed Quorra' matches 2 stored people: '" + id("Person", "zed-quorra") + "' (Zed Quorra), '"
						+ id("Person", "zed-quorrah") + "' (Zed Quorrah); give the `id` of the one meant",
				"AMBIGUOUS");

		// With the ID, the client says which one.
		two.put("people", List.of(Map.of("id", id("Person", "zed-quorra"), "evidence", quotes("ZED QUORRA"))));
		ingest(two).path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
	}

	// Refusals: one problem each, with its exact user error, and nothing written.

	static final String TEXT = "Le Van Quox, the new envoy, arrived in Hanoi on June 9. He met To Lam.";

	static Map<String, Object> withPerson(Map<String, Object> person) {
		Map<String, Object> input = minimal(TEXT);
		input.put("people", List.of(person));
		return input;
	}

	static Map<String, Object> person(Object... pairs) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("key", "quox");
		person.put("name", "Lê Văn Quox");
		person.put("evidence", quotes("Le Van Quox"));
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] == null) {
				person.remove(pairs[i]);
			}
			else {
				person.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return person;
	}

	@Test
	void aQuoteNotInTheTextIsRefused() {
		assertRefused(withPerson(person("evidence", quotes("Le Van Quox", "Le Van Qux"))),
				List.of("input", "people", "0", "evidence", "1", "quote"),
				"quote \"Le Van Qux\" not found in the article text", "QUOTE_NOT_FOUND");
	}

	@Test
	void aQuoteFromANotStoryPassageIsRefused() {
		Map<String, Object> input = withPerson(person());
		input.put("notStory", List.of("He met To Lam."));
		input.put("people", List.of(person("evidence", quotes("He met To Lam"))));
		assertRefused(input, List.of("input", "people", "0", "evidence", "0", "quote"),
				"quote \"He met To Lam\" stands only in a passage marked notStory", "QUOTE_NOT_FOUND");
	}

	@Test
	void anEmptyQuoteIsRequired() {
		assertRefused(withPerson(person("evidence", quotes(" "))), List.of("input", "people", "0", "evidence", "0", "quote"),
				"empty quote", "REQUIRED");
	}

	@Test
	void aFactWithoutEvidenceIsRefused() {
		assertRefused(withPerson(person("evidence", List.of())), List.of("input", "people", "0", "evidence"),
				"no quote given; every fact cites the words of its article", "REQUIRED");
	}

	@Test
	void aBlankTitleIsRequired() {
		Map<String, Object> input = minimal(TEXT);
		input.put("title", "  ");
		assertRefused(input, List.of("input", "title"), "`title` must not be blank", "REQUIRED");
	}

	@Test
	void anImpossibleDateIsInvalid() {
		Map<String, Object> input = minimal(TEXT);
		input.put("publishedOn", "2026-02-30");
		assertRefused(input, List.of("input", "publishedOn"), "impossible date '2026-02-30'", "INVALID");
	}

	@Test
	void aValidityEndingBeforeItStartsIsInvalid() {
		Map<String, Object> input = minimal("The accord runs from 2026 to 2024, it says.");
		input.put("agreements", List.of(Map.of("title", "Odd accord", "kind", "programme", "validFrom", "2026",
				"validUntil", "2024", "validityEvidence", quotes("from 2026 to 2024"), "evidence", quotes("The accord"))));
		assertRefused(input, List.of("input", "agreements", "0", "validUntil"), "validUntil '2024' is before validFrom '2026'",
				"INVALID");
	}

	@Test
	void aMalformedLanguageIsInvalid() {
		Map<String, Object> input = minimal(TEXT);
		input.put("language", "English");
		assertRefused(input, List.of("input", "language"), "language must be a BCP 47 tag such as 'en', not 'English'",
				"INVALID");
	}

	@Test
	void anUnknownKindIsInvalid() {
		Map<String, Object> input = minimal(TEXT);
		input.put("places", List.of(Map.of("name", "Quoxville", "kind", "town", "evidence", quotes("Hanoi"))));
		assertRefused(input, List.of("input", "places", "0", "kind"),
				"unknown kind 'town' (expected one of: city, province, building, economic-zone)", "INVALID");
	}

	@Test
	void aNewEntityWithoutANameIsRequired() {
		assertRefused(withPerson(person("name", null)), List.of("input", "people", "0", "name"),
				"`name` must not be blank: a new person needs a name (or give `id`)", "REQUIRED");
	}

	@Test
	void aMeetingWithoutATitleIsRequired() {
		Map<String, Object> input = minimal(TEXT);
		input.put("meetings", List.of(Map.of("kind", "talks", "evidence", quotes("He met To Lam"))));
		assertRefused(input, List.of("input", "meetings", "0", "title"), "title is required", "REQUIRED");
	}

	@Test
	void aReferenceToNoKeyNorIdIsNotFound() {
		Map<String, Object> input = withPerson(person());
		input.put("meetings", List.of(Map.of("title", "Quox meets To Lam", "kind", "talks", "evidence",
				quotes("He met To Lam"), "participants", List.of(Map.of("person", "quux", "role", "guest", "evidence",
						quotes("He met"))))));
		assertRefused(input, List.of("input", "meetings", "0", "participants", "0", "person"),
				"`person` 'quux' is neither the `key` of a person of this input nor the ID of a stored Person", "NOT_FOUND");
	}

	@Test
	void anIdOfAnotherTypeIsTheWrongType() {
		String meeting = id("Meeting", "hoai-polanco-2025-03-13");
		assertRefused(withPerson(person("nationality", meeting)), List.of("input", "people", "0", "nationality"),
				"`nationality` must be the ID of a Country, but '" + meeting + "' is the ID of a Meeting", "WRONG_TYPE");
	}

	@Test
	void anIdOfNothingIsNotFound() {
		String nobody = id("Person", "nobody-at-all");
		assertRefused(withPerson(person("id", nobody)), List.of("input", "people", "0", "id"),
				"`id` '" + nobody + "' refers to no Person", "NOT_FOUND");
	}

	@Test
	void aMalformedIdIsInvalid() {
		assertRefused(withPerson(person("id", "bogus")), List.of("input", "people", "0", "id"),
				"`id` is not a valid ID: 'bogus'", "INVALID");
	}

	@Test
	void aKeyGivenTwiceIsAConflict() {
		Map<String, Object> input = minimal(TEXT);
		// `new`: "To Quox Lam" is like the stored Tô Lâm (80), which the duplicate guard would refuse too.
		input.put("people", List.of(person(), person("name", "To Quox Lam", "new", true, "evidence", quotes("To Lam"))));
		assertRefused(input, List.of("input", "people", "1", "key"),
				"`key` 'quox' is given to another person of this input too", "CONFLICT");
	}

	@Test
	void aCapacityOfAnotherPersonIsAConflict() {
		Map<String, Object> input = withPerson(person());
		input.put("meetings", List.of(Map.of("title", "Quox meets To Lam", "kind", "talks", "evidence",
				quotes("He met To Lam"), "participants", List.of(Map.of("person", "quox", "role", "guest", "capacity",
						id("Position", "to-lam/president"), "evidence", quotes("He met"))))));
		assertRefused(input, List.of("input", "meetings", "0", "participants", "0", "capacity"),
				"capacity 'to-lam/president' is a post of 'to-lam', not of 'le-van-quox'", "CONFLICT");
	}

	@Test
	void aValueDisagreeingWithTheStoredEntityIsAConflict() {
		assertRefused(withPerson(person("key", null, "name", null, "id", id("Person", "bui-thi-minh-hoai"),
				"nationality", id("Country", "china"))), List.of("input", "people", "0", "nationality"),
				"nationality 'china' disagrees with 'vietnam' given in the stored graph (person 'bui-thi-minh-hoai')",
				"CONFLICT");
	}

	@Test
	void aTextStoredWithOtherAnnotationsIsAConflict() {
		Map<String, Object> first = minimal("A text ingested once, then again with other annotations.");
		String article = ingest(first).path("ingestArticle.article.id").entity(String.class).get();
		Map<String, Object> second = new HashMap<>(first);
		second.put("url", "https://example.org/again");
		assertRefused(second, List.of("input", "text"),
				"`text` is already stored as the article '" + article + "' with other annotations; an article is ingested once",
				"CONFLICT");
	}

	// Article identity: one article per text (compared in NFC, white space collapsed) and per URL.

	static final String IDENTITY_TEXT = """
			HANOI, May 12, 2026 - Minister Tran Van Ydent received the Ambassador of Cuba
			at the Ministry in Hanoi on Tuesday. The two sides discussed rice cooperation.""";

	@Test
	void theSameTextReflowedWithOtherAnnotationsIsAConflictNamingTheStoredArticle() {
		Map<String, Object> first = minimal(IDENTITY_TEXT);
		first.put("title", "Minister receives the Ambassador of Cuba");
		first.put("people", List.of(Map.of("name", "Trần Văn Ydent", "evidence", quotes("Minister Tran Van Ydent"))));
		GraphQlTester.Response stored = ingest(first);
		stored.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String article = stored.path("ingestArticle.article.id").entity(String.class).get();
		// The same article from another feed: other line breaks, double spaces, an NBSP, and annotations
		// that would give it a meeting too.
		String reflowed = "  HANOI, May 12, 2026 -  Minister Tran Van Ydent received the Ambassador of\n\nCuba at the"
				+ "\u00a0Ministry in Hanoi on Tuesday.\r\nThe two sides discussed rice cooperation.\n";
		assertThat(ArticleIdentity.textKey(reflowed)).isEqualTo(ArticleIdentity.textKey(IDENTITY_TEXT));
		Map<String, Object> second = minimal(reflowed);
		second.put("title", "Ydent receives the Cuban ambassador");
		second.put("meetings", List.of(Map.of("title", "Ydent receives the Ambassador of Cuba", "kind", "reception",
				"evidence", quotes("Minister Tran Van Ydent received"))));
		Map<String, Long> counts = counts();

		assertRefused(second, List.of("input", "text"), "`text` is the text of the stored article '" + article
				+ "' but for white space or Unicode normalisation; an article is ingested once", "CONFLICT");

		assertThat(counts()).isEqualTo(counts);
		// The first input again is still a repeat, answered before the identity is checked.
		ingest(first).path("ingestArticle.unchanged").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void theSameUrlWithAnotherTextIsAConflictNamingTheStoredArticle() {
		Map<String, Object> first = minimal("Hanoi and Havana agreed on a new rice programme, Quintel Press reports.");
		first.put("url", "https://news.example.org/2026/05/rice-programme");
		GraphQlTester.Response stored = ingest(first);
		stored.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String article = stored.path("ingestArticle.article.id").entity(String.class).get();
		// The page as updated later, under the same URL written another way.
		Map<String, Object> updated = minimal("UPDATED: Hanoi and Havana agreed on a new rice programme, Quintel Press reports.");
		updated.put("url", " HTTPS://News.Example.ORG/2026/05/rice-programme/#update ");
		Map<String, Long> counts = counts();

		assertRefused(updated, List.of("input", "url"), "`url` ' HTTPS://News.Example.ORG/2026/05/rice-programme/#update ' "
				+ "is already stored as the URL of the article '" + article + "'; an article is ingested once", "CONFLICT");

		assertThat(counts()).isEqualTo(counts);
		ingest(first).path("ingestArticle.unchanged").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void anotherUrlAndAnotherTextAreAnotherArticle() {
		Map<String, Object> first = minimal("Quintel Press: the rice programme starts in June, officials in Hanoi said.");
		first.put("url", "https://news.example.org/2026/06/rice-programme-starts");
		ingest(first).path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		// Another path (the URL's path keeps its case) and another text.
		Map<String, Object> other = minimal("Quintel Press: the rice programme started in June, officials in Hanoi said.");
		other.put("url", "https://news.example.org/2026/06/Rice-Programme-Starts");
		long articles = counts().get("article");

		GraphQlTester.Response response = ingest(other);

		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		response.path("ingestArticle.unchanged").entity(Boolean.class).isEqualTo(false);
		assertThat(counts().get("article")).isEqualTo(articles + 1);
	}

	/** The rows of the tables an ingest writes to. */
	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("article", "evidence", "ingested_article", "audit_entry")) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		Map<String, Object> input = withPerson(person("evidence", quotes("Le Van Qux")));
		input.put("title", "");
		input.put("publishedOn", "June");
		GraphQlTester.Response response = ingest(input);
		// References and names first: the annotations' rules only once they resolve.
		response.path("ingestArticle.userErrors[*].field[1]").entityList(String.class).containsExactly("title");
		input.put("title", "Quox");
		response = ingest(input);
		response.path("ingestArticle.userErrors[*].code").entityList(String.class).containsExactly("INVALID", "QUOTE_NOT_FOUND");
	}

	// Input hygiene: the one rule of InputText, each breach with its path, and nothing written.

	static Stream<Arguments> badText() {
		String text = TEXT;
		return Stream.of(
				Arguments.of("NBSP-only name", withPerson(person("name", "\u00a0\u00a0")), List.of("input", "people", "0", "name"),
						"`name` must not be blank: a new person needs a name (or give `id`)", "REQUIRED"),
				Arguments.of("zero-width name", withPerson(person("name", "\u200b")), List.of("input", "people", "0", "name"),
						"`name` must contain at least one letter or digit", "INVALID"),
				Arguments.of("combining mark as name", withPerson(person("name", "\u0301")),
						List.of("input", "people", "0", "name"), "`name` must contain at least one letter or digit", "INVALID"),
				Arguments.of("NUL in a name", withPerson(person("name", "Lê\u0000Quox")), List.of("input", "people", "0", "name"),
						"`name` must not contain the control character U+0000 (at offset 2)", "INVALID"),
				Arguments.of("60,000-character name", withPerson(person("name", "Q".repeat(60_000))),
						List.of("input", "people", "0", "name"), "`name` may have at most 200 characters, got 60000", "INVALID"),
				Arguments.of("RTL mark in an alias", withPerson(person("aliases", List.of("Quox", "\u200fQuox"))),
						List.of("input", "people", "0", "aliases", "1"),
						"`aliases` must not contain the format character U+200F (at offset 0)", "INVALID"),
				Arguments.of("private use in an alias", withPerson(person("aliases", List.of("Quox\ue000"))),
						List.of("input", "people", "0", "aliases", "0"),
						"`aliases` must not contain the private-use character U+E000 (at offset 4)", "INVALID"),
				Arguments.of("60,000-character ID", withPerson(person("id", "A".repeat(60_000))),
						List.of("input", "people", "0", "id"), "`id` may have at most 200 characters, got 60000", "INVALID"),
				Arguments.of("year 0000", with(minimal(text), "publishedOn", "0000"), List.of("input", "publishedOn"),
						"impossible date '0000': there is no year 0000, years start at 0001", "INVALID"),
				Arguments.of("lone surrogate in the text", minimal(text + " \ud800"), List.of("input", "text"),
						"`text` must not contain the unpaired surrogate U+D800 (at offset " + (text.length() + 1) + ")",
						"INVALID"),
				Arguments.of("NUL in the text", minimal("Le Van\u0000Quox arrived."), List.of("input", "text"),
						"`text` must not contain the control character U+0000 (at offset 6)", "INVALID"),
				Arguments.of("lone surrogate in a quote", withPerson(person("evidence", quotes("Le Van Quox\udc00"))),
						List.of("input", "people", "0", "evidence", "0", "quote"),
						"`quote` must not contain the unpaired surrogate U+DC00 (at offset 11)", "INVALID"),
				Arguments.of("60,000-character reference", with(withPerson(person()), "meetings", List.of(Map.of("title",
						"Quox meets To Lam", "kind", "talks", "evidence", quotes("He met To Lam"), "participants",
						List.of(Map.of("person", "k".repeat(60_000), "role", "guest", "evidence", quotes("He met")))))),
						List.of("input", "meetings", "0", "participants", "0", "person"),
						"`person` may have at most 200 characters, got 60000", "INVALID"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badText")
	void inputThatBreaksTheRuleOfInputTextIsRefusedWithItsPath(String what, Map<String, Object> input,
			List<String> field, String message, String code) {
		assertRefused(input, field, message, code);
	}

	@Test
	void namesAreStoredInNfcWithoutSpacesAroundThemAndVerbatimTextKeepsItsJoiners() {
		// Decomposed (NFD) letters, NBSP and an ideographic space around, a ZWNJ in the text (Persian spelling).
		String text = "Envoy Le Van Zquoxe, called Zquoxe\u0301, met Mi\u200cnoo in Hanoi.";
		Map<String, Object> input = minimal(text);
		input.put("people", List.of(Map.of("key", "z", "name", "\u00a0Le\u0302 Va\u0306n Zquoxe\u3000", "aliases",
				List.of("\u2003Zquoxe\u0301\u00a0"), "evidence", quotes("Le Van Zquoxe", "Mi\u200cnoo"))));

		GraphQlTester.Response response = ingest(input);

		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String person = id("Person", "le-van-zquoxe");
		GraphQlTester.Response stored = run(this.tester, "ingest", "PersonEvidence", Map.of("id", person));
		stored.path("node.name").entity(String.class).isEqualTo("Lê Văn Zquoxe");
		stored.path("node.aliases").entityList(String.class).containsExactly("Zquoxé");
		stored.path("node.evidence[*].quote").entityList(String.class).contains("Mi\u200cnoo");
	}

	private static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
		input.put(key, value);
		return input;
	}

	// Callers without the editor's key

	@Test
	void withoutAKeyIngestingIsUnauthorizedAndWritesNothing() {
		var snapshot = WriteFixture.snapshot(this.jdbc);
		run(this.tester, "ingest", "IngestArticle", Map.of("input", minimal("Unauthorised text.")))
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(snapshot);
	}

	@Test
	void withAReaderKeyIngestingIsForbiddenAndWritesNothing() {
		var snapshot = WriteFixture.snapshot(this.jdbc);
		run(WriteFixture.reader(this.tester), "ingest", "IngestArticle", Map.of("input", minimal("Forbidden text.")))
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("classification", "FORBIDDEN")));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(snapshot);
	}

	private void assertRefused(Map<String, Object> input, List<String> field, String message, String code) {
		var snapshot = WriteFixture.snapshot(this.jdbc);
		GraphQlTester.Response response = ingest(input);
		response.path("ingestArticle.article").valueIsNull();
		List<Map<String, Object>> expected = new ArrayList<>();
		expected.add(Map.of("field", field, "message", message, "code", code));
		response.path("ingestArticle.userErrors").entityList(Object.class).isEqualTo(new ArrayList<>(expected));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(snapshot);
	}

}
