package org.diplomacygraph.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/**
 * Second and third reports of events already in the graph (src/test/resources/reports: other
 * outlets, other spellings, a Spanish and a Portuguese text, a conflicting end date, an agreement
 * reported as planned and later as signed), ingested over HTTP by the stored records' global IDs:
 * no new meeting, agreement or post; the reports' evidence and claims on the stored records, served
 * by the rule of each field, {@code disputed} where they disagree; analytics that count each event
 * once. Then every refusal of an ingest into stored records, with its exact user error and nothing
 * written.
 *
 * <p>The reports are ingested once, before the tests, into a fresh store of the test corpus
 * ({@link WriteFixture#freshStore}): the other tests of writes share the store and merge the very
 * records the reports name (the two party committees, Hanoi and Havana, Tô Lâm and Díaz-Canel), so
 * that the reports' entries would name one record twice after them.
 */
@WriteApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondReportsApiTests {

	static final List<String> REPORTS = List.of("01-hanoimoi-talks-2023-06-09", "02-granma-conversaciones-2023-06-10",
			"03-rhc-visit-ends-2023-06-14", "04-prensa-latina-memorando-2025-08-20", "05-vna-mou-signed-2025-09-01");

	static final String HANOIMOI = "01-hanoimoi-talks-2023-06-09";

	static final String GRANMA = "02-granma-conversaciones-2023-06-10";

	static final String RHC = "03-rhc-visit-ends-2023-06-14";

	static final String PRENSA_LATINA = "04-prensa-latina-memorando-2025-08-20";

	static final String VNA = "05-vna-mou-signed-2025-09-01";

	static final String TALKS = id("Meeting", "dung-torres-iribar-talks-2023-06-09");

	static final String VISIT = id("Meeting", "torres-iribar-visit-vietnam-2023");

	static final String STATE_VISIT_2024 = id("Meeting", "to-lam-state-visit-cuba-2024");

	static final String TALKS_2025 = id("Meeting", "to-lam-diaz-canel-talks-2025-09");

	static final String COOPERATION = id("Agreement", "hanoi-havana-cooperation-2023-2028");

	static final String RICE = id("Agreement", "hanoi-havana-rice-handover-2023");

	static final String HIGH_TECH_MOU = id("Agreement", "cuba-high-tech-zone-mou");

	static final String DUNG = id("Person", "dinh-tien-dung");

	static final String TORRES_IRIBAR = id("Person", "luis-antonio-torres-iribar");

	static final String TO_LAM = id("Person", "to-lam");

	static final String DUNG_SECRETARY = id("Position", "dinh-tien-dung/secretary-hanoi-party-committee");

	static final String TORRES_IRIBAR_FIRST_SECRETARY = id("Position", "luis-antonio-torres-iribar/first-secretary-havana");

	static final String COMMUNIST_PARTY_OF_CUBA = id("Organisation", "communist-party-of-cuba");

	static final String COMMUNIST_PARTY_OF_VIETNAM = id("Organisation", "communist-party-of-vietnam");

	static final String HAVANA_PARTY_COMMITTEE = id("Organisation", "havana-party-committee");

	static final String HANOI_PARTY_COMMITTEE = id("Organisation", "hanoi-party-committee");

	static final String HANOI = id("Place", "hanoi");

	static final String HAVANA = id("Place", "havana");

	/** Tables an ingest into stored records writes to, counted before and after. */
	static final List<String> TABLES = List.of("article", "evidence", "claim", "meeting", "agreement", "person_position",
			"participant", "signatory", "agreement_party", "person", "organisation", "place", "audit_entry");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	HttpGraphQlTester editor;

	HttpGraphQlTester reader;

	/** Each report's stored article's global ID. */
	final Map<String, String> articles = new LinkedHashMap<>();

	/** Each report's ingest payload. */
	final Map<String, GraphQlTester.Response> payloads = new LinkedHashMap<>();

	Map<String, Long> rowsBefore;

	Map<String, Long> rowsAfter;

	Map<String, Integer> totalsBefore;

	Map<String, Object> analyticsBefore;

	/** What this class ingested is not for the other write tests (MergeRecordsApiTests counts titles and claims). */
	@AfterAll
	static void testCorpusAgain(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context);
	}

	@BeforeAll
	void ingestTheReports(@Autowired ApplicationContext context) {
		WriteFixture.freshStore(context);
		this.editor = WriteFixture.editor(this.tester);
		this.reader = WriteFixture.anonymous(this.tester);
		// Every record a report names by ID is one the API serves, of that type.
		for (String report : REPORTS) {
			List<String> ids = storedIds(input(report));
			List<Map<String, Object>> nodes = run(this.reader, "claims", "Nodes", Map.of("ids", ids))
				.path("nodes")
				.entityList(nodeType())
				.get();
			for (int i = 0; i < ids.size(); i++) {
				assertThat(nodes.get(i)).as("%s names %s", report, ids.get(i)).isNotNull();
				assertThat(nodes.get(i).get("__typename"))
					.isEqualTo(GlobalId.decode(ids.get(i)).orElseThrow().type());
			}
		}
		this.rowsBefore = rows();
		this.totalsBefore = totals();
		this.analyticsBefore = analytics();

		for (String report : REPORTS) {
			GraphQlTester.Response response = run(this.editor, "ingest", "IngestArticle", Map.of("input", input(report)));
			response.errors().verify();
			response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
			this.payloads.put(report, response);
			this.articles.put(report, response.path("ingestArticle.article.id").entity(String.class).get());
		}
		this.rowsAfter = rows();
	}

	// What the reports add, and what they do not

	@Test
	void reportsOfKnownEventsCreateNoMeetingAgreementOrPost() {
		for (String report : REPORTS) {
			GraphQlTester.Response payload = this.payloads.get(report);
			payload.path("ingestArticle.unchanged").entity(Boolean.class).isEqualTo(false);
			payload.path("ingestArticle.created").entityList(Object.class).hasSize(0);
			payload.path("ingestArticle.matched").entityList(Object.class).hasSize(0);
		}
		Map<String, Integer> totals = totals();
		assertThat(totals.get("meetings")).as("meetings served").isEqualTo(this.totalsBefore.get("meetings"));
		assertThat(totals.get("agreements")).as("agreements served").isEqualTo(this.totalsBefore.get("agreements"));
		assertThat(totals.get("articles")).as("articles served")
			.isEqualTo(this.totalsBefore.get("articles") + REPORTS.size());
		for (String unchanged : List.of("meeting", "agreement", "person_position", "participant", "agreement_party",
				"person", "organisation", "place")) {
			assertThat(this.rowsAfter.get(unchanged)).as(unchanged).isEqualTo(this.rowsBefore.get(unchanged));
		}
		assertThat(this.rowsAfter.get("article")).isEqualTo(this.rowsBefore.get("article") + REPORTS.size());
		assertThat(this.rowsAfter.get("audit_entry")).isEqualTo(this.rowsBefore.get("audit_entry") + REPORTS.size());
		// Granma names the two signatories of the 2023–2028 agreement, which the seed does not.
		assertThat(this.rowsAfter.get("signatory")).isEqualTo(this.rowsBefore.get("signatory") + 2);
		// Each report's claims and quotes are stored, all of them about stored records.
		for (String report : REPORTS) {
			String article = slug(this.articles.get(report));
			assertThat(this.jdbc.queryForObject("select count(*) from claim where article_id = ?", Long.class, article))
				.as("claims of %s", report)
				.isPositive();
			assertThat(this.jdbc.queryForObject("select count(*) from evidence where article_id = ?", Long.class, article))
				.as("quotes of %s", report)
				.isPositive();
		}
		assertThat(this.rowsAfter.get("claim") - this.rowsBefore.get("claim")).isEqualTo(
				this.jdbc.queryForObject("select count(*) from claim where article_id in (?, ?, ?, ?, ?)", Long.class,
						this.articles.values().stream().map(SecondReportsApiTests::slug).toArray()));
	}

	@Test
	void theStoredTalksGainTheReportsEvidenceTopicPlaceAndStructure() {
		Map<String, Object> talks = node("MeetingClaims", TALKS);
		assertThat(talks.get("date")).isEqualTo("2023-06-09");
		assertThat(talks.get("kind")).isEqualTo("TALKS");
		assertThat(strings(talks.get("topics"))).contains("urban management", "party building");
		assertThat(id(talks.get("place"))).isEqualTo(HANOI);
		assertThat(id(talks.get("partOf"))).isEqualTo(VISIT);
		assertThat(ids(node("MeetingClaims", VISIT).get("parts"))).containsExactly(TALKS);
		assertThat(ids(talks.get("agreements"))).contains(COOPERATION, RICE);
		// Quotes of every report of the talks, each with its article.
		List<Map<String, Object>> evidence = maps(talks.get("evidence"));
		assertThat(evidence).anySatisfy(quote(HANOIMOI,
				"Hanoi Party chief Dinh Tien Dung held talks in Hanoi on June 9 with Luis Antonio Torres Iribar"));
		assertThat(evidence).anySatisfy(quote(GRANMA, "sostuvo este viernes conversaciones oficiales con Dinh Tien Dung"));
		assertThat(evidence).anySatisfy(quote(RHC, "Torres Iribar held talks in Hanoi with Dinh Tien Dung"));
		// The same two participants (hosts first), each with the roles the reports claim; no second participation.
		List<Map<String, Object>> participants = maps(talks.get("participants"));
		assertThat(participants).hasSize(2);
		assertThat(participants).extracting((p) -> id(p.get("person"))).containsExactly(DUNG, TORRES_IRIBAR);
		assertThat(participants).extracting((p) -> p.get("role")).containsExactly("HOST", "GUEST");
		assertThat(participants).extracting((p) -> id(p.get("capacity")))
			.containsExactly(DUNG_SECRETARY, TORRES_IRIBAR_FIRST_SECRETARY);
		List<Map<String, Object>> hostClaims = maps(participants.get(0).get("claims"));
		assertThat(of(hostClaims, "ROLE", HANOIMOI)).singleElement().satisfies(claim("HOST", true, false));
		assertThat(of(hostClaims, "ROLE", GRANMA)).singleElement().satisfies(claim("HOST", true, false));
		assertThat(of(hostClaims, "CAPACITY", HANOIMOI)).singleElement()
			.satisfies(claim(DUNG_SECRETARY, true, false));

		List<Map<String, Object>> claims = maps(talks.get("claims"));
		// Two reports give the day the seed gives: agreed, not disputed.
		assertThat(of(claims, "DATE", null)).hasSize(3).allSatisfy(claim("2023-06-09", true, false));
		assertThat(of(claims, "DATE", HANOIMOI)).singleElement()
			.satisfies((claim) -> assertThat(quotes(claim)).containsExactly("held talks in Hanoi on June 9"));
		assertThat(of(claims, "DATE", GRANMA)).singleElement()
			.satisfies((claim) -> assertThat(quotes(claim)).containsExactly("Hanói, 9 jun", "este viernes"));
		// A place only Hanoimoi gives, and the visit the talks were part of.
		assertThat(of(claims, "PLACE", null)).singleElement().satisfies(claim(HANOI, true, false));
		assertThat(of(claims, "PLACE", HANOIMOI)).singleElement()
			.satisfies((claim) -> assertThat(quotes(claim)).containsExactly("held talks in Hanoi"));
		assertThat(of(claims, "PART_OF", HANOIMOI)).singleElement().satisfies(claim(VISIT, true, false));
		assertThat(of(claims, "KIND", HANOIMOI)).singleElement().satisfies(claim("TALKS", true, false));
		assertThat(of(claims, "KIND", GRANMA)).singleElement().satisfies(claim("TALKS", true, false));
		assertThat(of(claims, "KIND", RHC)).as("RHC gives no kind").isEmpty();
	}

	@Test
	void theConflictingEndDateIsDisputedAndTheDateMostSourcesGiveIsServed() {
		Map<String, Object> visit = node("MeetingClaims", VISIT);
		List<Map<String, Object>> claims = maps(visit.get("claims"));
		// Hanoimoi and Granma: June 5 to 15; Radio Habana Cuba: it ended on June 14.
		assertThat(visit.get("endDate")).isEqualTo("2023-06-15");
		assertThat(of(claims, "END_DATE", HANOIMOI)).singleElement().satisfies(claim("2023-06-15", true, true));
		assertThat(of(claims, "END_DATE", GRANMA)).singleElement().satisfies(claim("2023-06-15", true, true));
		assertThat(of(claims, "END_DATE", RHC)).singleElement().satisfies(claim("2023-06-14", false, true));
		assertThat(of(claims, "END_DATE", RHC).get(0)).satisfies((claim) -> {
			assertThat(claim.get("source")).isEqualTo("ARTICLE");
			assertThat(quotes(claim))
				.containsExactly("concluded on Wednesday, June 14, a visit to Vietnam that began on June 5");
		});
		assertThat(of(claims, "END_DATE", null)).allSatisfy((claim) -> assertThat(claim.get("disputed")).isEqualTo(true));
		// Every source agrees on the first day.
		assertThat(visit.get("date")).isEqualTo("2023-06-05");
		assertThat(of(claims, "DATE", null)).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((claim) -> assertThat(claim.get("disputed")).isEqualTo(false))
			.allSatisfy((claim) -> assertThat(claim.get("served")).isEqualTo("2023-06-05".equals(claim.get("value"))));
		for (String report : List.of(HANOIMOI, GRANMA, RHC)) {
			assertThat(of(claims, "DATE", report)).singleElement().satisfies(claim("2023-06-05", true, false));
		}
		assertThat(id(visit.get("country"))).isEqualTo(id("Country", "vietnam"));
	}

	@Test
	void theAgreementGainsTheDayOfSigningItsSignatoriesAndUndisputedStatusClaims() {
		Map<String, Object> agreement = node("AgreementClaims", COOPERATION);
		List<Map<String, Object>> claims = maps(agreement.get("claims"));
		// "June 2023" (the seed) and "9 June 2023" (Hanoimoi) agree: the day is served.
		assertThat(agreement.get("signedOn")).isEqualTo("2023-06-09");
		assertThat(of(claims, "SIGNED_ON", HANOIMOI)).singleElement().satisfies(claim("2023-06-09", true, false));
		assertThat(of(claims, "SIGNED_ON", null))
			.allSatisfy((claim) -> assertThat(claim.get("disputed")).isEqualTo(false));
		// Signed (three reports) and in force (the seed's 2025 article): the furthest stage, never disputed.
		List<Map<String, Object>> status = of(claims, "STATUS", null);
		assertThat(status).allSatisfy((claim) -> assertThat(claim.get("disputed")).isEqualTo(false));
		assertThat(status).filteredOn((claim) -> (Boolean) claim.get("served"))
			.isNotEmpty()
			.allSatisfy((claim) -> assertThat(claim.get("value")).isEqualTo(agreement.get("status")));
		for (String report : List.of(HANOIMOI, GRANMA, RHC)) {
			assertThat(of(claims, "STATUS", report)).singleElement()
				.satisfies((claim) -> assertThat(claim.get("value")).isEqualTo("SIGNED"));
		}
		assertThat(agreement.get("status")).isIn("SIGNED", "IN_FORCE");
		assertThat(of(claims, "VALID_UNTIL", GRANMA)).singleElement().satisfies(claim("2028", true, false));
		assertThat(id(agreement.get("meeting"))).isEqualTo(TALKS);
		// The parties Granma names again are the stored two, once each; its signatories are new.
		assertThat(ids(agreement.get("parties"))).containsExactlyInAnyOrder(HANOI_PARTY_COMMITTEE, HAVANA_PARTY_COMMITTEE);
		List<Map<String, Object>> signatories = maps(agreement.get("signatories"));
		assertThat(signatories).extracting((s) -> id(s.get("person"))).containsExactlyInAnyOrder(TORRES_IRIBAR, DUNG);
		assertThat(signatories).allSatisfy((signatory) -> assertThat(of(maps(signatory.get("claims")), "CAPACITY", GRANMA))
			.singleElement()
			.satisfies(claim(id(signatory.get("capacity")), true, false)));
		assertThat(maps(agreement.get("evidence"))).anySatisfy(quote(GRANMA,
				"un acuerdo de cooperación entre los comités partidistas de La Habana y Hanói"));
		// And the rice handover, which the seed's text dates only by "Following the talks".
		Map<String, Object> rice = node("AgreementClaims", RICE);
		assertThat(rice.get("signedOn")).isEqualTo("2023-06-09");
		assertThat(of(maps(rice.get("claims")), "SIGNED_ON", HANOIMOI)).singleElement()
			.satisfies((claim) -> assertThat(quotes(claim)).containsExactly("HANOI, June 9", "After the talks"));
	}

	@Test
	void aPlannedAgreementLaterSignedIsServedAsSignedWithBothClaimsVisible() {
		Map<String, Object> mou = node("AgreementClaims", HIGH_TECH_MOU);
		List<Map<String, Object>> claims = maps(mou.get("claims"));
		assertThat(mou.get("status")).isEqualTo("SIGNED");
		assertThat(of(claims, "STATUS", PRENSA_LATINA)).singleElement().satisfies(claim("PLANNED", false, false));
		assertThat(of(claims, "STATUS", VNA)).singleElement().satisfies(claim("SIGNED", true, false));
		assertThat(of(claims, "STATUS", null)).extracting((claim) -> claim.get("value")).contains("PLANNED", "SIGNED");
		assertThat(of(claims, "STATUS", null)).allSatisfy((claim) -> assertThat(claim.get("disputed")).isEqualTo(false));
		assertThat(quotes(of(claims, "STATUS", PRENSA_LATINA).get(0)))
			.containsExactly("preparam a assinatura de um Memorando de Entendimento", "deverá ser assinado");
		assertThat(mou.get("signedOn")).isEqualTo("2025-09-01");
		assertThat(id(mou.get("meeting"))).isEqualTo(TALKS_2025);
		assertThat(of(claims, "MEETING", VNA)).singleElement().satisfies(claim(TALKS_2025, true, false));
		assertThat(maps(mou.get("evidence"))).anySatisfy(quote(PRENSA_LATINA,
				"um Memorando de Entendimento sobre o desenvolvimento de uma zona de alta tecnologia em Cuba"));
		// The talks it was signed at: "September 2025" (the seed) and "1 September 2025" (VNA) agree,
		// and the precise day is served.
		Map<String, Object> talks = node("MeetingClaims", TALKS_2025);
		assertThat(talks.get("date")).isEqualTo("2025-09-01");
		List<Map<String, Object>> dates = of(maps(talks.get("claims")), "DATE", null);
		assertThat(dates).anySatisfy(claim("2025-09", false, false));
		assertThat(of(dates, "DATE", VNA)).singleElement().satisfies(claim("2025-09-01", true, false));
		assertThat(dates).allSatisfy((claim) -> assertThat(claim.get("disputed")).isEqualTo(false));
		assertThat(ids(talks.get("agreements"))).contains(HIGH_TECH_MOU);
	}

	@Test
	void theStoredPostsGainClaimsNotDuplicates() {
		Map<String, Object> post = node("PositionClaims", DUNG_SECRETARY);
		assertThat(post.get("title")).isEqualTo("Secretary");
		assertThat(id(post.get("organisation"))).isEqualTo(HANOI_PARTY_COMMITTEE);
		List<Map<String, Object>> claims = maps(post.get("claims"));
		assertThat(of(claims, "TITLE", HANOIMOI)).singleElement().satisfies(claim("Secretary", true, false));
		assertThat(of(claims, "TITLE", null)).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(claim("Secretary", true, false));
		assertThat(of(claims, "ORGANISATION", HANOIMOI)).singleElement()
			.satisfies(claim(HANOI_PARTY_COMMITTEE, true, false));
		assertThat(maps(post.get("evidence")))
			.anySatisfy(quote(HANOIMOI, "Secretary of the Hanoi Party Committee Dinh Tien Dung"));
		// To Lam's post, named by Prensa Latina with its ID and no other value: evidence, no claim.
		Map<String, Object> general = node("PositionClaims", id("Position", "to-lam/general-secretary"));
		assertThat(maps(general.get("evidence")))
			.anySatisfy(quote(PRENSA_LATINA, "secretário-geral do Partido Comunista do Vietnã, Tô Lâm"));
		assertThat(of(maps(general.get("claims")), "TITLE", PRENSA_LATINA)).isEmpty();
	}

	@Test
	void theReportsSpellingsAreAliasesWithTheirArticleAndQuote() {
		// Spanish names Granma uses, each a claim of Granma with the quote of that spelling.
		assertAlias(COMMUNIST_PARTY_OF_CUBA, "Partido Comunista de Cuba", GRANMA);
		assertAlias(HAVANA, "La Habana", GRANMA);
		assertAlias(HANOI, "Hanói", GRANMA);
		assertAlias(HANOI_PARTY_COMMITTEE, "Comité del Partido de Hanói", GRANMA);
		assertAlias(HAVANA_PARTY_COMMITTEE, "Comité Provincial del Partido Comunista de Cuba en La Habana", GRANMA);
		// A translated name (Radio Habana Cuba), a Portuguese one (Prensa Latina), spellings without diacritics (Hanoimoi).
		assertAlias(HAVANA_PARTY_COMMITTEE, "Havana Provincial Committee of the Communist Party of Cuba", RHC);
		assertAlias(COMMUNIST_PARTY_OF_VIETNAM, "Partido Comunista do Vietnã", PRENSA_LATINA);
		assertAlias(TORRES_IRIBAR, "Luis Antonio Torres Iribar", HANOIMOI);
		assertAlias(TORRES_IRIBAR, "Torres Iribar", HANOIMOI);
		// The same spelling from a second article is a second claim of it, with that article's quote.
		assertAlias(TORRES_IRIBAR, "Luis Antonio Torres Iribar", RHC);
		// No alias without a source: every spelling these records serve is claimed by an article with its quote, or an editor.
		for (String id : List.of(TORRES_IRIBAR, DUNG, COMMUNIST_PARTY_OF_CUBA, COMMUNIST_PARTY_OF_VIETNAM)) {
			Map<String, Object> node = nameClaims(id, null);
			List<Map<String, Object>> claims = maps(node.get("claims"));
			for (Object alias : (List<?>) node.get("aliases")) {
				assertThat(claims).as("claims of %s's alias %s", id, alias)
					.anySatisfy((claim) -> {
						assertThat(claim.get("field")).isIn("NAME", "ALIAS");
						assertThat(claim.get("value")).isEqualTo(alias);
						assertThat(claim.get("served")).isEqualTo(true);
						assertThat(claim.get("disputed")).isEqualTo(false);
						if ("ARTICLE".equals(claim.get("source"))) {
							assertThat(quotes(claim)).containsExactly((String) alias);
						}
						else {
							assertThat(claim.get("source")).isEqualTo("EDITOR");
						}
					});
			}
		}
	}

	@Test
	void analyticsCountEachEventOnce() {
		Map<String, Object> after = analytics();
		// Counterparts: each pair met at the same events as before, however many articles report them.
		assertThat(after.get("nodes")).isEqualTo(this.analyticsBefore.get("nodes"));
		assertThat(after.get("activityByCountryPair")).isEqualTo(this.analyticsBefore.get("activityByCountryPair"));
		Map<Object, Map<String, Object>> before = byYear(this.analyticsBefore);
		Map<Object, Map<String, Object>> now = byYear(after);
		// 2024: the state visit, reported again by Prensa Latina, is still one event.
		assertThat(now.get(2024)).isEqualTo(before.get(2024));
		// 2023: the visit with the talks within it is still one event (Hanoimoi's partOf agrees with the
		// seed's), and the two agreements signed at the talks, reported by three articles, count once each.
		assertThat(now.get(2023)).isEqualTo(before.get(2023))
			.isEqualTo(Map.of("year", 2023, "meetings", 1, "agreements", 2));
		// 2025: the same meetings; one agreement more, the memorandum first planned, now signed.
		assertThat(now.get(2025).get("meetings")).isEqualTo(before.get(2025).get("meetings"));
		assertThat(now.get(2025).get("agreements")).isEqualTo((Integer) before.get(2025).get("agreements") + 1);
		assertThat(now.keySet()).isEqualTo(before.keySet());
		before.keySet()
			.stream()
			.filter((year) -> !year.equals(2025))
			.forEach((year) -> assertThat(now.get(year)).as("year %s", year).isEqualTo(before.get(year)));
		// Each person's meetings: the stored ones, once each.
		for (String person : List.of(DUNG, TORRES_IRIBAR)) {
			List<String> meetings = run(this.reader, "claims", "MeetingsOf", Map.of("person", person))
				.path("meetings.nodes[*].id")
				.entityList(String.class)
				.get();
			assertThat(meetings).doesNotHaveDuplicates().contains(TALKS);
		}
	}

	@Test
	void theSameReportAgainChangesNothing() {
		var snapshot = WriteFixture.snapshot(this.jdbc);
		GraphQlTester.Response again = run(this.editor, "ingest", "IngestArticle", Map.of("input", input(GRANMA)));
		again.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		again.path("ingestArticle.unchanged").entity(Boolean.class).isEqualTo(true);
		again.path("ingestArticle.article.id").entity(String.class).isEqualTo(this.articles.get(GRANMA));
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(snapshot);
	}

	// Refusals: one problem each, its exact user error, and nothing written.

	static final String TEXT = "Hanoi Party chief Dinh Tien Dung met Luis Antonio Torres Iribar again in Hanoi on June 12, 2023.";

	static Map<String, Object> article(String title) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", title);
		// A text of its own, so that no refusal meets the article of another test.
		input.put("text", TEXT + " (" + title + ")");
		input.put("publisher", "Refusal Press");
		input.put("language", "en");
		return input;
	}

	static Map<String, Object> meeting(String id) {
		Map<String, Object> meeting = new LinkedHashMap<>();
		meeting.put("id", id);
		meeting.put("evidence", quotes("met Luis Antonio Torres Iribar again"));
		return meeting;
	}

	@Test
	void anUnknownMeetingIdIsNotFound() {
		String unknown = id("Meeting", "no-such-meeting-2023");
		Map<String, Object> input = article("Unknown meeting");
		input.put("meetings", List.of(meeting(unknown)));
		assertRefused(input, List.of("input", "meetings", "0", "id"), "`id` '" + unknown + "' refers to no Meeting",
				"NOT_FOUND");
	}

	@Test
	void aPersonIdAsAMeetingIdIsTheWrongType() {
		Map<String, Object> input = article("Person as meeting");
		input.put("meetings", List.of(meeting(DUNG)));
		assertRefused(input, List.of("input", "meetings", "0", "id"),
				"`id` must be the ID of a Meeting, but '" + DUNG + "' is the ID of a Person", "WRONG_TYPE");
	}

	@Test
	void aMeetingIdAsAnAgreementIdIsTheWrongType() {
		Map<String, Object> input = article("Meeting as agreement");
		input.put("agreements", List.of(Map.of("id", TALKS, "status", "signed", "statusEvidence", quotes("met"),
				"evidence", quotes("met Luis Antonio Torres Iribar again"))));
		assertRefused(input, List.of("input", "agreements", "0", "id"),
				"`id` must be the ID of an Agreement, but '" + TALKS + "' is the ID of a Meeting", "WRONG_TYPE");
	}

	@Test
	void aPostOfAnotherPersonIsAConflict() {
		Map<String, Object> input = article("Post of another person");
		input.put("people", List.of(Map.of("id", DUNG, "evidence", quotes("Dinh Tien Dung"), "positions",
				List.of(Map.of("id", TORRES_IRIBAR_FIRST_SECRETARY, "evidence", quotes("Hanoi Party chief"))))));
		assertRefused(input, List.of("input", "people", "0", "positions", "0", "id"),
				"'luis-antonio-torres-iribar/first-secretary-havana' is a post of 'luis-antonio-torres-iribar', not of 'dinh-tien-dung'; give a post of this person, or a new post without `id`",
				"CONFLICT");
	}

	@Test
	void anAliasThatDoesNotOccurInTheTextIsRefused() {
		Map<String, Object> input = article("Alias not in the text");
		input.put("organisations", List.of(Map.of("id", COMMUNIST_PARTY_OF_CUBA, "aliases", List.of("PCC"), "evidence",
				quotes("Luis Antonio Torres Iribar"))));
		assertRefused(input, List.of("input", "organisations", "0", "aliases", "0"),
				"alias \"PCC\" does not occur in the article text; an article gives only the spellings it uses (an editor adds others with addAlias)",
				"QUOTE_NOT_FOUND");
	}

	@Test
	void theSameStoredMeetingInTwoEntriesIsAConflict() {
		Map<String, Object> input = article("One meeting twice");
		input.put("meetings", List.of(meeting(TALKS), meeting(TALKS)));
		assertRefused(input, List.of("input", "meetings", "1", "id"),
				"this entry is the same Meeting '" + TALKS + "' as `meetings` entry 0; give each record once", "CONFLICT");
	}

	@Test
	void aMeetingPartOfAMeetingThatIsPartOfItIsACycle() {
		// The talks are part of the visit (Hanoimoi); a report that makes the visit part of the talks closes a cycle.
		Map<String, Object> input = article("Visit within talks");
		Map<String, Object> visit = meeting(VISIT);
		visit.put("partOf", TALKS);
		input.put("meetings", List.of(visit));
		assertRefused(input, List.of("input", "meetings", "0", "partOf"),
				"'partOf' forms a cycle: torres-iribar-visit-vietnam-2023 > dung-torres-iribar-talks-2023-06-09 > torres-iribar-visit-vietnam-2023",
				"INVALID");
	}

	private void assertRefused(Map<String, Object> input, List<String> field, String message, String code) {
		var snapshot = WriteFixture.snapshot(this.jdbc);
		Map<String, Long> rows = rows();
		GraphQlTester.Response response = run(this.editor, "ingest", "IngestArticle", Map.of("input", input));
		response.errors().verify();
		response.path("ingestArticle.article").valueIsNull();
		response.path("ingestArticle.created").entityList(Object.class).hasSize(0);
		List<Map<String, Object>> expected = new ArrayList<>();
		expected.add(Map.of("field", field, "message", message, "code", code));
		response.path("ingestArticle.userErrors").entityList(Object.class).isEqualTo(new ArrayList<>(expected));
		assertThat(rows()).as("rows per table").isEqualTo(rows);
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(snapshot);
	}

	// Helpers

	private void assertAlias(String id, String alias, String report) {
		Map<String, Object> node = nameClaims(id, "ALIAS");
		assertThat(strings(node.get("aliases"))).as("aliases of %s", id).contains(alias);
		assertThat(of(maps(node.get("claims")), "ALIAS", report)).as("%s's alias %s from %s", id, alias, report)
			.filteredOn((claim) -> alias.equals(claim.get("value")))
			.singleElement()
			.satisfies((claim) -> {
				assertThat(claim.get("source")).isEqualTo("ARTICLE");
				assertThat(claim.get("served")).isEqualTo(true);
				assertThat(claim.get("disputed")).isEqualTo(false);
				assertThat(maps(claim.get("evidence"))).singleElement().satisfies((quote) -> {
					assertThat(quote.get("quote")).isEqualTo(alias);
					assertThat(quote.get("aspect")).isEqualTo("NAME");
					assertThat(id(quote.get("article"))).isEqualTo(this.articles.get(report));
				});
			});
	}

	private Map<String, Object> nameClaims(String id, String field) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("id", id);
		variables.put("field", field);
		return run(this.reader, "claims", "NameClaims", variables).path("node").entity(nodeType()).get();
	}

	private Map<String, Object> node(String operation, String id) {
		GraphQlTester.Response response = run(this.reader, "claims", operation, Map.of("id", id));
		response.errors().verify();
		Map<String, Object> node = response.path("node").entity(nodeType()).get();
		assertThat(node.get("id")).as("the record itself, not another").isEqualTo(id);
		return node;
	}

	/** The claims of a field (null: every field), of a report's article (null: any source). */
	private List<Map<String, Object>> of(List<Map<String, Object>> claims, String field, String report) {
		Predicate<Map<String, Object>> ofField = (claim) -> field == null || field.equals(claim.get("field"));
		Predicate<Map<String, Object>> ofReport = (claim) -> report == null
				|| this.articles.get(report).equals(id(claim.get("article")));
		return claims.stream().filter(ofField.and(ofReport)).toList();
	}

	private static java.util.function.Consumer<Map<String, Object>> claim(String value, boolean served, boolean disputed) {
		return (claim) -> {
			assertThat(claim.get("value")).as("value of %s", claim).isEqualTo(value);
			assertThat(claim.get("served")).as("served of %s", claim).isEqualTo(served);
			assertThat(claim.get("disputed")).as("disputed of %s", claim).isEqualTo(disputed);
			assertThat(claim.get("source")).isEqualTo("ARTICLE");
		};
	}

	private java.util.function.Consumer<Map<String, Object>> quote(String report, String words) {
		return (evidence) -> {
			assertThat(evidence.get("quote")).isEqualTo(words);
			assertThat(id(evidence.get("article"))).isEqualTo(this.articles.get(report));
		};
	}

	private static List<String> quotes(Map<String, Object> claim) {
		return maps(claim.get("evidence")).stream().map((quote) -> (String) quote.get("quote")).toList();
	}

	private Map<String, Long> rows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		TABLES.forEach((table) -> rows.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class)));
		return rows;
	}

	private Map<String, Integer> totals() {
		GraphQlTester.Response response = run(this.reader, "claims", "Totals", Map.of());
		response.errors().verify();
		Map<String, Integer> totals = new LinkedHashMap<>();
		for (String connection : List.of("meetings", "agreements", "articles")) {
			totals.put(connection, response.path(connection + ".totalCount").entity(Integer.class).get());
		}
		return totals;
	}

	private Map<String, Object> analytics() {
		GraphQlTester.Response response = run(this.reader, "claims", "Analytics",
				Map.of("people", List.of(DUNG, TORRES_IRIBAR, TO_LAM)));
		response.errors().verify();
		Map<String, Object> analytics = new LinkedHashMap<>();
		for (String field : List.of("activityByYear", "activityByCountryPair", "nodes")) {
			analytics.put(field, response.path(field).entityList(nodeType()).get());
		}
		return analytics;
	}

	private static Map<Object, Map<String, Object>> byYear(Map<String, Object> analytics) {
		Map<Object, Map<String, Object>> years = new LinkedHashMap<>();
		maps(analytics.get("activityByYear")).forEach((year) -> years.put(year.get("year"), year));
		return years;
	}

	/** The input of a report: its JSON with the text of the file beside it. */
	static Map<String, Object> input(String report) {
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> variables = JSON.readValue(
					new ClassPathResource("reports/" + report + ".json").getContentAsString(StandardCharsets.UTF_8), Map.class);
			@SuppressWarnings("unchecked")
			Map<String, Object> input = new LinkedHashMap<>((Map<String, Object>) variables.get("input"));
			input.put("text", new ClassPathResource("reports/" + report + ".txt").getContentAsString(StandardCharsets.UTF_8));
			return input;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every `id` of the input's entries (the stored records it names), each once. */
	static List<String> storedIds(Object input) {
		List<String> ids = new ArrayList<>();
		collectIds(input, ids);
		return ids.stream().distinct().toList();
	}

	private static void collectIds(Object value, List<String> ids) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> {
				if ("id".equals(key)) {
					ids.add((String) inner);
				}
				else {
					collectIds(inner, ids);
				}
			});
		}
		else if (value instanceof List<?> list) {
			list.forEach((inner) -> collectIds(inner, ids));
		}
	}

	static String id(String type, String slug) {
		return GlobalId.encode(type, slug);
	}

	private static String slug(String globalId) {
		return GlobalId.decode(globalId).orElseThrow().id();
	}

	@SuppressWarnings("unchecked")
	private static String id(Object node) {
		return (node != null) ? (String) ((Map<String, Object>) node).get("id") : null;
	}

	private static List<String> ids(Object nodes) {
		return maps(nodes).stream().map(SecondReportsApiTests::id).filter(Objects::nonNull).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return (list != null) ? (List<String>) list : List.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object list) {
		return (list != null) ? (List<Map<String, Object>>) list : List.of();
	}

	static List<Map<String, Object>> quotes(String... quotes) {
		return java.util.Arrays.stream(quotes).map((quote) -> Map.<String, Object>of("quote", quote)).toList();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> nodeType() {
		return (Class) Map.class;
	}

}
