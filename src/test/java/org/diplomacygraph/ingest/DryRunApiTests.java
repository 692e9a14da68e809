package org.diplomacygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/**
 * {@code resolveArticle}, the dry run of {@code ingestArticle}, and the duplicate guard over HTTP: a
 * second report of the seed's 9 June 2023 Hanoi talks, its people spelt otherwise and no IDs given, is
 * linked entry by entry to the stored records; a likely duplicate is refused with the same user error
 * by the dry run and by the ingest; {@code new: true} gets it written. Every dry run leaves every table
 * (the audit log among them) as it was.
 */
@WriteApiTest
class DryRunApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	HttpGraphQlTester editor;

	/** The seed as shipped: the other write tests merge the party committees this report names. */
	/** What this class ingested is not for the other write tests (MergeRecordsApiTests counts titles and claims). */
	@AfterAll
	static void testCorpusAgain(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context);
	}

	@BeforeAll
	static void freshStore(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context);
	}

	@BeforeEach
	void testers() {
		this.editor = WriteFixture.editor(this.tester);
		this.tester = WriteFixture.anonymous(this.tester);
	}

	static String id(String type, String slug) {
		return GlobalId.encode(type, slug);
	}

	GraphQlTester.Response dryRun(Map<String, Object> input) {
		GraphQlTester.Response response = run(this.tester, "ingest", "ResolveArticle", Map.of("input", input));
		response.errors().verify();
		return response;
	}

	GraphQlTester.Response ingest(Map<String, Object> input) {
		GraphQlTester.Response response = run(this.editor, "ingest", "IngestArticle", Map.of("input", input));
		response.errors().verify();
		return response;
	}

	@Test
	void aSecondReportOfTheHanoiTalksIsLinkedToTheStoredRecordsAndNothingIsWritten() {
		Map<String, Object> input = report("hanoi-talks-again");
		var before = WriteFixture.snapshot(this.jdbc);
		long audits = WriteFixture.auditEntries(this.jdbc);

		GraphQlTester.Response response = dryRun(input);

		response.path("resolveArticle.userErrors").entityList(Object.class).hasSize(0);
		response.path("resolveArticle.unchanged").entity(Boolean.class).isEqualTo(false);
		response.path("resolveArticle.article").valueIsNull();
		assertThat(response.path("resolveArticle.entries[*].field").entityList(List.class).get()).containsExactly(
				List.of("input", "places", "0"), List.of("input", "organisations", "0"),
				List.of("input", "organisations", "1"), List.of("input", "people", "0"), List.of("input", "people", "1"),
				List.of("input", "people", "0", "positions", "0"), List.of("input", "people", "1", "positions", "0"),
				List.of("input", "meetings", "0"), List.of("input", "agreements", "0"));
		assertThat(response.path("resolveArticle.entries[*].type").entityList(String.class).get()).containsExactly(
				"Place", "Organisation", "Organisation", "Person", "Person", "Position", "Position", "Meeting",
				"Agreement");
		assertThat(response.path("resolveArticle.entries[*].decision").entityList(String.class).get()).containsExactly(
				"NAME", "NAME", "MATCHED", "NAME", "MATCHED", "SAME_POST", "SAME_POST", "MATCHED", "MATCHED");
		List<String> records = List.of(id("Place", "hanoi"), id("Organisation", "hanoi-party-committee"),
				id("Organisation", "havana-party-committee"), id("Person", "dinh-tien-dung"),
				id("Person", "luis-antonio-torres-iribar"), id("Position", "dinh-tien-dung/secretary-hanoi-party-committee"),
				id("Position", "luis-antonio-torres-iribar/first-secretary-havana"),
				id("Meeting", "dung-torres-iribar-talks-2023-06-09"), id("Agreement", "hanoi-havana-cooperation-2023-2028"));
		assertThat(response.path("resolveArticle.entries[*].id").entityList(String.class).get())
			.containsExactlyElementsOf(records);
		// Each linked record is its entry's best candidate, with the reasons the matcher gave.
		assertThat(response.path("resolveArticle.entries[*].candidates[0].id").entityList(String.class).get())
			.containsExactlyElementsOf(records);
		response.path("resolveArticle.entries[7].candidates[0].name").entity(String.class)
			.isEqualTo("Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar");
		assertThat(response.path("resolveArticle.entries[7].candidates[0].score").entity(Integer.class).get())
			.isGreaterThanOrEqualTo(90);
		assertThat(response.path("resolveArticle.entries[7].candidates[0].reasons").entityList(String.class).get())
			.contains("held on 2023-06-09, as given (+35)",
					"took part: Đinh Tiến Dũng, Luis Antonio Torres Iríbar (2 of 2 given) (+45)");
		// Only the article is new; everything else adds to stored records.
		assertThat(response.path("resolveArticle.writes.created").entityList(Map.class).get())
			.containsExactly(Map.of("type", "Article", "count", 1));
		assertThat(response.path("resolveArticle.writes.extended").entity(Integer.class).get()).isGreaterThanOrEqualTo(9);
		assertThat(response.path("resolveArticle.writes.evidence").entity(Integer.class).get()).isPositive();
		assertThat(response.path("resolveArticle.writes.claims").entity(Integer.class).get()).isPositive();
		// Luis Torres Iribar, Torres Iribar, Havana Provincial Party Committee.
		response.path("resolveArticle.writes.aliases").entity(Integer.class).isEqualTo(3);

		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
		assertThat(WriteFixture.auditEntries(this.jdbc)).isEqualTo(audits);
	}

	static final String GUARDED_TEXT = "HAVANA, May 2 - Luis Torres Iribar opened a school in Havana on May 2.";

	static Map<String, Object> guarded() {
		Map<String, Object> input = IngestApiTests.minimal(GUARDED_TEXT);
		input.put("title", "A school opens in Havana");
		input.put("people", List.of(new LinkedHashMap<>(Map.of("key", "torres", "name", "Luis Torres Iribar",
				"evidence", IngestApiTests.quotes("Luis Torres Iribar")))));
		return input;
	}

	static final String GUARD_MESSAGE = "this new person may be the stored person '"
			+ id("Person", "luis-antonio-torres-iribar") + "' (Luis Antonio Torres Iríbar, score 85); give the `id` "
			+ "of the one meant, or `new: true` if it is another";

	@Test
	void aLikelyDuplicateIsRefusedAlikeByTheDryRunAndTheIngestAndNothingIsWritten() {
		Map<String, Object> input = guarded();
		var before = WriteFixture.snapshot(this.jdbc);

		GraphQlTester.Response dryRun = dryRun(input);
		GraphQlTester.Response ingest = ingest(input);

		List<Map> errors = ingest.path("ingestArticle.userErrors").entityList(Map.class).get();
		assertThat(errors).containsExactly(Map.of("field", List.of("input", "people", "0"), "message", GUARD_MESSAGE,
				"code", "POSSIBLE_DUPLICATE"));
		ingest.path("ingestArticle.article").valueIsNull();
		dryRun.path("resolveArticle.userErrors").entityList(Map.class).isEqualTo(errors);
		dryRun.path("resolveArticle.writes").valueIsNull();
		dryRun.path("resolveArticle.entries[0].decision").entity(String.class).isEqualTo("REFUSED");
		dryRun.path("resolveArticle.entries[0].id").valueIsNull();
		dryRun.path("resolveArticle.entries[0].candidates[0].id").entity(String.class)
			.isEqualTo(id("Person", "luis-antonio-torres-iribar"));
		dryRun.path("resolveArticle.entries[0].candidates[0].score").entity(Integer.class).isEqualTo(85);
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void newTrueWritesAnEntryTheGuardRefusesAndTheDryRunSaysSoFirst() {
		Map<String, Object> first = IngestApiTests.minimal("HANOI - Pham Minh Zorro chaired a trade forum in Hanoi.");
		first.put("title", "A trade forum in Hanoi");
		first.put("people", List.of(Map.of("name", "Phạm Minh Zorro", "aliases", List.of("Pham Minh Zorro"),
				"evidence", IngestApiTests.quotes("Pham Minh Zorro"))));
		ingest(first).path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String stored = id("Person", "pham-minh-zorro");
		Map<String, Object> second = IngestApiTests.minimal("DA NANG - Zorro Pham Minh, a namesake, won a chess cup.");
		second.put("title", "A chess cup in Da Nang");
		Map<String, Object> person = new LinkedHashMap<>(Map.of("name", "Zorro Pham Minh",
				"evidence", IngestApiTests.quotes("Zorro Pham Minh")));
		second.put("people", List.of(person));

		ingest(second).path("ingestArticle.userErrors[0].message").entity(String.class)
			.isEqualTo("this new person may be the stored person '" + stored + "' (Phạm Minh Zorro, score 85); give "
					+ "the `id` of the one meant, or `new: true` if it is another");
		person.put("new", true);
		var before = WriteFixture.snapshot(this.jdbc);
		GraphQlTester.Response dryRun = dryRun(second);
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
		long audits = WriteFixture.auditEntries(this.jdbc);
		GraphQlTester.Response ingest = ingest(second);

		dryRun.path("resolveArticle.userErrors").entityList(Object.class).hasSize(0);
		dryRun.path("resolveArticle.entries[0].decision").entity(String.class).isEqualTo("NEW");
		dryRun.path("resolveArticle.entries[0].id").entity(String.class).isEqualTo(id("Person", "zorro-pham-minh"));
		dryRun.path("resolveArticle.entries[0].candidates[0].id").entity(String.class).isEqualTo(stored);
		assertThat(dryRun.path("resolveArticle.writes.created").entityList(Map.class).get())
			.containsExactly(Map.of("type", "Article", "count", 1), Map.of("type", "Person", "count", 1));
		ingest.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		assertThat(ingest.path("ingestArticle.created[*].id").entityList(String.class).get())
			.containsExactly(id("Person", "zorro-pham-minh"));
		ingest.path("ingestArticle.matched").entityList(Object.class).hasSize(0);
		assertThat(WriteFixture.auditEntries(this.jdbc)).isEqualTo(audits + 1);
	}

	@Test
	void newTrueBesideAnIdIsRefused() {
		Map<String, Object> input = IngestApiTests.minimal("HANOI - To Lam spoke at a forum on rice.");
		input.put("people", List.of(Map.of("id", id("Person", "to-lam"), "new", true,
				"evidence", IngestApiTests.quotes("To Lam"))));

		GraphQlTester.Response response = dryRun(input);

		assertThat(response.path("resolveArticle.userErrors").entityList(Map.class).get()).containsExactly(Map.of(
				"field", List.of("input", "people", "0", "new"), "message",
				"`new: true` is for an entry without `id`: an entry with `id` is that stored record", "code", "INVALID"));
		response.path("resolveArticle.entries[0].decision").entity(String.class).isEqualTo("ID");
		response.path("resolveArticle.entries[0].candidates").entityList(Object.class).hasSize(0);
	}

	@Test
	void anInputIngestedBeforeIsUnchanged() {
		Map<String, Object> input = IngestApiTests.minimal("HUE - A dry-run test article about a festival in Hue.");
		String article = ingest(input).path("ingestArticle.article.id").entity(String.class).get();

		GraphQlTester.Response response = dryRun(input);

		response.path("resolveArticle.unchanged").entity(Boolean.class).isEqualTo(true);
		response.path("resolveArticle.article.id").entity(String.class).isEqualTo(article);
		response.path("resolveArticle.entries").entityList(Object.class).hasSize(0);
		response.path("resolveArticle.writes").valueIsNull();
		response.path("resolveArticle.userErrors").entityList(Object.class).hasSize(0);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> report(String name) {
		try {
			Map<String, Object> variables = JSON.readValue(new ClassPathResource("dry-run/" + name + ".json")
				.getContentAsString(StandardCharsets.UTF_8), Map.class);
			Map<String, Object> input = new LinkedHashMap<>((Map<String, Object>) variables.get("input"));
			input.put("text", new ClassPathResource("dry-run/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8));
			return input;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
