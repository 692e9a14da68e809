package org.diplomacygraph.ingest;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;
import static org.diplomacygraph.ingest.IngestApiTests.map;
import static org.diplomacygraph.ingest.IngestApiTests.minimal;
import static org.diplomacygraph.ingest.IngestApiTests.quotes;

/**
 * {@code retractArticle} over HTTP: what an ingested article added to stored records goes with it
 * (claims, evidence, aliases, participations), records only it stood behind are deleted, the served
 * values are chosen again; each refusal with its exact user error and nothing written.
 */
@WriteApiTest
class ArticleCorrectionsApiTests {

	static final String TALKS = GlobalId.encode("Meeting", "dung-torres-iribar-talks-2023-06-09");

	static final String DUNG = GlobalId.encode("Person", "dinh-tien-dung");

	static final String TEXT = "HANOI, June 10, 2023 - Secretary Dinh Tien Dzung and First Secretary Torres Iribar "
			+ "held talks in Hanoi on June 10, joined by Councillor Pham Thi Quux.";

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	HttpGraphQlTester editor;

	@BeforeEach
	void testers() {
		this.editor = WriteFixture.editor(this.tester);
	}

	/** The article search learns of an ingested article when its write commits, and forgets a retracted one. */
	@Test
	void anIngestedArticleIsSearchableInItsLanguageAndARetractedOneIsNot() {
		String text = "Hà Nội trao tặng Havana hai nghìn tấn gạo. Quà tặng được trao tại Đà Nẵng.";
		Map<String, Object> input = minimal(text);
		input.put("title", "Quà tặng gạo");
		input.put("language", "vi");
		GraphQlTester.Response ingested = run(this.editor, "ingest", "IngestArticle", Map.of("input", input));
		ingested.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String article = ingested.path("ingestArticle.article.id").entity(String.class).get();

		// Folded, not stemmed: "da nang" finds "Đà Nẵng"; the English stemmer plays no part.
		GraphQlTester.Response found = run(this.tester, "searchArticles", "SearchArticles",
				Map.of("query", "da nang qua", "language", "VI"));
		found.path("searchArticles.nodes[*].article.id").entityList(String.class).containsExactly(article);
		found.path("searchArticles.nodes[0].sentence").entity(String.class)
			.isEqualTo("Quà tặng được trao tại Đà Nẵng.");
		found.path("searchArticles.nodes[0].highlights[*].text").entityList(String.class)
			.containsExactly("Quà", "Đà", "Nẵng");

		run(this.editor, "ingest", "RetractArticle", Map.of("input", Map.of("id", article)))
			.path("retractArticle.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		run(this.tester, "searchArticles", "SearchArticles", Map.of("query", "da nang qua"))
			.path("searchArticles.nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aRetractedArticleTakesWhatItAloneSaidWithIt() {
		Map<String, Object> input = minimal(TEXT);
		input.put("title", "A second report of the Hanoi talks");
		input.put("people", List.of(
				map("id", DUNG, "aliases", List.of("Dinh Tien Dzung"), "evidence", quotes("Secretary Dinh Tien Dzung")),
				map("key", "quux", "name", "Phạm Thị Quux", "aliases", List.of("Pham Thi Quux"),
						"evidence", quotes("Councillor Pham Thi Quux"))));
		input.put("meetings", List.of(map("id", TALKS, "date", "2023-06-10", "dateEvidence", quotes("on June 10"),
				"evidence", quotes("held talks in Hanoi"), "participants", List.of(
						map("person", "quux", "role", "attendee", "evidence", quotes("joined by Councillor Pham Thi Quux"))))));
		GraphQlTester.Response stored = run(this.tester, "ingest", "MeetingClaims", Map.of("id", TALKS));
		String beforeDate = stored.path("node.date").entity(String.class).get();
		List<Map> beforeClaims = stored.path("node.claims").entityList(Map.class).get();
		List<String> beforeDates = stored.path("node.claims[?(@.field == 'DATE')].value").entityList(String.class).get();
		beforeDates = new java.util.ArrayList<>(beforeDates);
		beforeDates.add("2023-06-10");
		run(this.tester, "ingest", "MeetingClaims", Map.of("id", DUNG)).path("node.aliases")
			.entityList(String.class).doesNotContain("Dinh Tien Dzung");
		Map<String, Object> before = WriteFixture.snapshot(this.jdbc).entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> (Object) e.getValue().size()));
		GraphQlTester.Response ingested = run(this.editor, "ingest", "IngestArticle", Map.of("input", input));
		ingested.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		ingested.path("ingestArticle.created[*].__typename").entityList(String.class).containsExactly("Person");
		String article = ingested.path("ingestArticle.article.id").entity(String.class).get();
		String quux = ingested.path("ingestArticle.created[0].id").entity(String.class).get();

		// The second report's date is kept as a claim beside the others; the dates cannot all be true.
		// (Other test classes share this database, so the meeting is compared with itself before.)
		GraphQlTester.Response talks = run(this.tester, "ingest", "MeetingClaims", Map.of("id", TALKS));
		talks.path("node.claims[?(@.field == 'DATE')].value").entityList(String.class)
			.contains("2023-06-09", "2023-06-10");
		talks.path("node.claims[?(@.field == 'DATE')].disputed").entityList(Boolean.class).containsExactly(
				beforeDates.stream().map((date) -> true).toArray(Boolean[]::new));
		talks.path("node.claims[?(@.field == 'DATE' && @.value == '2023-06-10')].evidence[*].quote")
			.entityList(String.class).contains("on June 10");
		talks.path("node.participants[*].person.id").entityList(String.class).contains(quux);
		run(this.tester, "ingest", "MeetingClaims", Map.of("id", DUNG)).path("node.aliases")
			.entityList(String.class).contains("Dinh Tien Dzung");

		GraphQlTester.Response retracted = run(this.editor, "ingest", "RetractArticle", Map.of("input", Map.of("id", article)));
		retracted.path("retractArticle.userErrors").entityList(Object.class).hasSize(0);
		retracted.path("retractArticle.retractedId").entity(String.class).isEqualTo(article);
		retracted.path("retractArticle.removed").entityList(String.class).containsExactly(quux);
		retracted.path("retractArticle.unsupported").entityList(Object.class).hasSize(0);

		talks = run(this.tester, "ingest", "MeetingClaims", Map.of("id", TALKS));
		talks.path("node.date").entity(String.class).isEqualTo(beforeDate);
		talks.path("node.claims").entityList(Map.class).isEqualTo(beforeClaims);
		talks.path("node.participants[*].person.id").entityList(String.class).doesNotContain(quux);
		run(this.tester, "ingest", "MeetingClaims", Map.of("id", DUNG)).path("node.aliases")
			.entityList(String.class).doesNotContain("Dinh Tien Dzung");
		// Only the audit log remembers: two entries more, every other table as before.
		Map<String, Object> after = WriteFixture.snapshot(this.jdbc).entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> (Object) e.getValue().size()));
		assertThat(after).containsEntry("audit_entry", ((Integer) before.get("audit_entry")) + 2);
		after.remove("audit_entry");
		before.remove("audit_entry");
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aCorpusArticleAnotherTypeAndNothingAreRefusedAndNothingIsWritten() {
		String corpus = GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09");
		String missing = GlobalId.encode("Article", "no-such-article");
		assertRefused(corpus, "CONFLICT", "the article '" + corpus
				+ "' comes from the corpus files; change or remove its annotation file instead");
		assertRefused(TALKS, "WRONG_TYPE", "`id` must be the ID of an Article, but '" + TALKS + "' is the ID of a Meeting");
		assertRefused(missing, "NOT_FOUND", "`id` '" + missing + "' refers to no Article");
		assertRefused("bogus", "INVALID", "`id` is not a valid ID: 'bogus'");
	}

	static final String REPLACED_TEXT = "DA NANG, May 2, 2026 - Mayor Tran Van Vone met Consul Lia Vtwo in Da Nang on May 2.";

	static Map<String, Object> version(String person, String quote) {
		return version(person, quote, "Mayor meets consul in Da Nang");
	}

	static Map<String, Object> version(String person, String quote, String meetingTitle) {
		Map<String, Object> input = minimal(REPLACED_TEXT);
		input.put("title", "The mayor meets the consul");
		input.put("people", List.of(map("key", "p", "name", person, "evidence", quotes(quote))));
		input.put("meetings", List.of(map("title", meetingTitle, "kind", "meeting", "evidence",
				quotes("met Consul Lia Vtwo"), "participants", List.of(map("person", "p", "role", "host", "evidence",
						quotes(quote))))));
		return input;
	}

	@Test
	void aReplacedArticleKeepsItsIdAndTheIdsOfWhatBothVersionsNameAndTheEarlierVersion() {
		GraphQlTester.Response first = run(this.editor, "ingest", "IngestArticle",
				Map.of("input", version("Lia Vtwo", "Consul Lia Vtwo")));
		first.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String article = first.path("ingestArticle.article.id").entity(String.class).get();
		String meeting = first.path("ingestArticle.created[?(@.__typename == 'Meeting')].id").entityList(String.class).get().get(0);
		String wrongPerson = first.path("ingestArticle.created[?(@.__typename == 'Person')].id").entityList(String.class).get().get(0);
		long versions = this.jdbc.queryForObject("select count(*) from article_version", Long.class);

		// The annotator meant the mayor: a new version of the same article, with a better title for
		// its meeting — still the same meeting, under the same ID.
		GraphQlTester.Response replaced = run(this.editor, "ingest", "ReplaceArticle", Map.of("input",
				Map.of("id", article, "article", version("Trần Văn Vone", "Mayor Tran Van Vone",
						"Trần Văn Vone meets Consul Lia Vtwo"))));
		replaced.path("replaceArticle.userErrors").entityList(Object.class).hasSize(0);
		replaced.path("replaceArticle.article.id").entity(String.class).isEqualTo(article);
		replaced.path("replaceArticle.created[?(@.__typename == 'Meeting')].id").entityList(String.class)
			.containsExactly(meeting);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Long.class,
				GlobalId.decode(wrongPerson).orElseThrow().id())).as("only the first version named her").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from article_version", Long.class)).isEqualTo(versions + 1);
		assertThat(this.jdbc.queryForObject("select operation from audit_entry order by id desc limit 1", String.class))
			.isEqualTo("replaceArticle");

		// A version with a defect changes nothing; its errors point into `article`.
		var before = WriteFixture.snapshot(this.jdbc);
		GraphQlTester.Response refused = run(this.editor, "ingest", "ReplaceArticle", Map.of("input",
				Map.of("id", article, "article", version("Trần Văn Vone", "Mayor Tran Van Vonne"))));
		refused.path("replaceArticle.article").valueIsNull();
		refused.path("replaceArticle.userErrors[*].field").entityList(List.class).contains(
				List.of("input", "article", "people", "0", "evidence", "0", "quote"));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void anArticleThatIsNotStoredIsNotReplaced() {
		String missing = GlobalId.encode("Article", "no-such-article");
		var before = WriteFixture.snapshot(this.jdbc);
		GraphQlTester.Response response = run(this.editor, "ingest", "ReplaceArticle", Map.of("input",
				Map.of("id", missing, "article", version("Lia Vtwo", "Consul Lia Vtwo"))));
		response.path("replaceArticle.article").valueIsNull();
		response.path("replaceArticle.userErrors").entityList(Map.class).containsExactly(Map.of("field",
				List.of("input", "id"), "message", "`id` '" + missing + "' refers to no Article", "code", "NOT_FOUND"));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aCorpusArticleIsNotReplaced() {
		String corpus = GlobalId.encode("Article", "hanoi-havana-party-committees-talks-2023-06-09");
		var before = WriteFixture.snapshot(this.jdbc);
		GraphQlTester.Response response = run(this.editor, "ingest", "ReplaceArticle", Map.of("input",
				Map.of("id", corpus, "article", version("Lia Vtwo", "Consul Lia Vtwo"))));
		response.path("replaceArticle.userErrors").entityList(Map.class).containsExactly(Map.of("field",
				List.of("input", "id"), "message", "the article '" + corpus
						+ "' comes from the corpus files; change or remove its annotation file instead", "code", "CONFLICT"));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aStoredPersonsPostReportedAgainIsTheStoredPost() {
		String text = "HANOI, July 1, 2023 - Secretary of the Hanoi Party Committee Dinh Tien Dung chaired a meeting.";
		Map<String, Object> input = minimal(text);
		input.put("title", "The Hanoi Party Secretary chairs a meeting");
		input.put("people", List.of(map("id", DUNG, "evidence", quotes("Dinh Tien Dung chaired"), "positions",
				List.of(map("title", "secretary", "organisation", GlobalId.encode("Organisation", "hanoi-party-committee"),
						"evidence", quotes("Secretary of the Hanoi Party Committee Dinh Tien Dung"))))));
		long posts = this.jdbc.queryForObject("select count(*) from person_position", Long.class);

		GraphQlTester.Response response = run(this.editor, "ingest", "IngestArticle", Map.of("input", input));

		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		response.path("ingestArticle.created").entityList(Object.class).hasSize(0);
		response.path("ingestArticle.matched[?(@.__typename == 'Position')]").entityList(Object.class).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from person_position", Long.class)).isEqualTo(posts);
	}

	private void assertRefused(String id, String code, String message) {
		var before = WriteFixture.snapshot(this.jdbc);
		GraphQlTester.Response response = run(this.editor, "ingest", "RetractArticle", Map.of("input", Map.of("id", id)));
		response.path("retractArticle.retractedId").valueIsNull();
		response.path("retractArticle.userErrors").entityList(Map.class)
			.containsExactly(Map.of("field", List.of("input", "id"), "message", message, "code", code));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

}
