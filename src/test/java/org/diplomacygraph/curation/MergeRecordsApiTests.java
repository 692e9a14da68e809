package org.diplomacygraph.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.agreement.AgreementParty;
import org.diplomacygraph.agreement.Signatory;
import org.diplomacygraph.meeting.Participant;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/**
 * {@code mergeEntities} for meetings, agreements and posts: a second report of a stored event,
 * ingested as a new record, merged into the stored one. The removed ID resolves to the kept record,
 * its facts, evidence and claims are the kept one's, rows moved to it keep their derived IDs (so a
 * later ingest naming the kept record extends it), and values the sources disagree on are disputed
 * claims. Each refusal answers its exact user error and writes nothing. Each test works on records
 * no other test of the writes touches.
 */
@WriteApiTest
class MergeRecordsApiTests {

	static final String TALKS = "dung-torres-iribar-talks-2023-06-09";

	static final String TALKS_TEXT = "HANOI, June 10, 2023 - Secretary of the Hanoi Party Committee Dinh Tien Dung held "
			+ "talks with Luis Antonio Torres Iríbar, First Secretary of the Havana Party Committee, on June 10. "
			+ "Deputy Secretary Nguyen Van Qmerge attended the talks. The two sides agreed on a tourism exchange "
			+ "memorandum. A reception followed the talks.";

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

	static String slug(String globalId) {
		return GlobalId.decode(globalId).orElseThrow().id();
	}

	// meetings

	@Test
	void aSecondReportOfTheTalksMergedIntoTheStoredOneGivesItEveryParticipantEvidenceAndClaim() {
		String kept = id("Meeting", TALKS);
		String visit = id("Meeting", "torres-iribar-visit-vietnam-2023");
		String dung = id("Person", "dinh-tien-dung");
		String torres = id("Person", "luis-antonio-torres-iribar");
		GraphQlTester.Response ingested = ingest(talksReport());
		String article = ingested.path("ingestArticle.article.id").entity(String.class).get();
		String removed = created(ingested, "Meeting", "Hanoi and Havana party leaders hold talks");
		String reception = created(ingested, "Meeting", "Reception after the Hanoi–Havana talks");
		String memorandum = created(ingested, "Agreement", "Hanoi–Havana tourism exchange memorandum");
		String qmerge = id("Person", "nguyen-van-qmerge");
		GraphQlTester.Response before = run(this.tester, "merge", "MeetingFacts", Map.of("id", kept));
		List<String> keptTopics = before.path("node.topics").entityList(String.class).get();
		List<String> keptQuotes = before.path("node.evidence[*].quote").entityList(String.class).get();
		String seedArticle = before.path("node.evidence[0].article.id").entity(String.class).get();
		long audits = WriteFixture.auditEntries(this.jdbc);

		GraphQlTester.Response response = merge(kept, removed);

		response.path("mergeEntities.node.__typename").entity(String.class).isEqualTo("Meeting");
		response.path("mergeEntities.node.id").entity(String.class).isEqualTo(kept);
		response.path("mergeEntities.node.title").entity(String.class)
			.isEqualTo("Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar");
		run(this.tester, "merge", "Nodes", Map.of("ids", List.of(removed, kept)))
			.path("nodes[*].id")
			.entityList(String.class)
			.containsExactly(kept, kept);
		assertThat(this.jdbc.queryForList("select id from meeting where id = ?", String.class, slug(removed))).isEmpty();

		GraphQlTester.Response after = run(this.tester, "merge", "MeetingFacts", Map.of("id", kept));
		// One participation per person: the union, Dũng and Torres Iríbar once, with both reports' evidence and roles.
		assertThat(after.path("node.participants[*].person.id").entityList(String.class).get())
			.containsExactlyInAnyOrder(dung, torres, qmerge);
		for (int i = 0; i < 3; i++) {
			String person = after.path("node.participants[" + i + "].person.id").entity(String.class).get();
			List<String> sources = after.path("node.participants[" + i + "].evidence[*].article.id")
				.entityList(String.class)
				.get();
			List<String> roles = after.path("node.participants[" + i + "].roles[*].article.id").entityList(String.class).get();
			if (person.equals(qmerge)) {
				assertThat(sources).containsOnly(article);
				assertThat(roles).containsExactly(article);
			}
			else {
				assertThat(sources).contains(seedArticle, article);
				assertThat(roles).containsExactly(seedArticle, article);
			}
		}
		assertThat(this.jdbc.queryForList("select id from participant where meeting_id = ? order by id", String.class,
				TALKS)).containsExactlyInAnyOrder(Participant.idOf(TALKS, "dinh-tien-dung"),
						Participant.idOf(TALKS, "luis-antonio-torres-iribar"), Participant.idOf(TALKS, "nguyen-van-qmerge"));
		// The evidence of both reports, and both dates: disputed, the served one by the DATE rule
		// (as many claims for each, equally precise: the earlier claim, the stored one's).
		assertThat(after.path("node.evidence[*].quote").entityList(String.class).get()).containsAll(keptQuotes)
			.contains("held talks with Luis Antonio Torres Iríbar");
		after.path("node.dates[*].value").entityList(String.class).containsExactly("2023-06-09", "2023-06-10");
		after.path("node.dates[*].disputed").entityList(Boolean.class).containsExactly(true, true);
		after.path("node.dates[*].served").entityList(Boolean.class).containsExactly(true, false);
		after.path("node.dates[1].article.id").entity(String.class).isEqualTo(article);
		after.path("node.dates[1].evidence[*].quote").entityList(String.class).containsExactly("on June 10");
		after.path("node.date").entity(String.class).isEqualTo("2023-06-09");
		// Topics are a union; the agreement signed at the removed meeting and the meeting that was part of
		// it refer to the kept one, which is part of the visit the second report places it in.
		List<String> topics = after.path("node.topics").entityList(String.class).get();
		assertThat(topics).startsWith(keptTopics.toArray(String[]::new)).contains("tourism").doesNotHaveDuplicates();
		after.path("node.agreements[*].id").entityList(String.class).contains(memorandum);
		after.path("node.parts[*].id").entityList(String.class).contains(reception);
		after.path("node.partOf.id").entity(String.class).isEqualTo(visit);
		GraphQlTester.Response signedAt = run(this.tester, "merge", "AgreementFacts", Map.of("id", memorandum));
		signedAt.path("node.meeting.id").entity(String.class).isEqualTo(kept);
		signedAt.path("node.meetings[*].value").entityList(String.class).containsExactly(kept);
		assertThat(this.jdbc.queryForObject("select part_of_id from meeting where id = ?", String.class, slug(reception)))
			.isEqualTo(TALKS);
		assertThat(this.jdbc.queryForObject("select count(*) from claim where claimed = ?", Long.class, slug(removed)))
			.isZero();
		assertThat(WriteFixture.underivedIds(this.jdbc)).isEmpty();
		assertThat(WriteFixture.orphans(this.jdbc)).isEmpty();

		// Audited, recorded for a replay, and search forgets the removed title.
		assertThat(WriteFixture.auditEntries(this.jdbc)).isEqualTo(audits + 1);
		Map<String, Object> entry = this.jdbc.queryForMap("select * from audit_entry order by id desc limit 1");
		assertThat(entry.get("operation")).isEqualTo("mergeEntities");
		assertThat((String) entry.get("summary")).isEqualTo("merged Meeting 'Hanoi and Havana party leaders hold talks' ("
				+ slug(removed) + ") into 'Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar' (" + TALKS + ")");
		assertThat(((String) entry.get("subject_ids")).split(" ")).containsExactly(kept, removed);
		assertThat(this.jdbc.queryForMap("select action, entity_type, target_id, removed_id from curation_action "
				+ "order by id desc limit 1")).containsValues("MERGE", "MEETING", TALKS, slug(removed));
		assertThat(search("party leaders hold talks")).doesNotContain(removed);
		assertThat(search("Talks between Dinh Tien Dung and Luis Antonio Torres Iribar")).contains(kept);

		// A later report naming the kept meeting by ID, with a participant it has, extends that participation;
		// one naming the removed ID extends the kept meeting as well.
		long meetings = this.jdbc.queryForObject("select count(*) from meeting", Long.class);
		for (String named : List.of(kept, removed)) {
			ingest(laterReport(named, named.equals(kept) ? "a year" : "two years"));
			assertThat(this.jdbc.queryForObject("select count(*) from meeting", Long.class)).isEqualTo(meetings);
		}
		GraphQlTester.Response extended = run(this.tester, "merge", "MeetingFacts", Map.of("id", kept));
		extended.path("node.participants[*].person.id").entityList(String.class).hasSize(3);
		assertThat(this.jdbc.queryForObject("select count(*) from claim where subject_type = 'PARTICIPANT' and "
				+ "subject_id = ? and field = 'ROLE'", Long.class, Participant.idOf(TALKS, "nguyen-van-qmerge"))).isEqualTo(3);
		assertThat(WriteFixture.underivedIds(this.jdbc)).isEmpty();
	}

	static Map<String, Object> talksReport() {
		Map<String, Object> input = article("Hanoi and Havana party leaders hold talks again", TALKS_TEXT, "2023-06-10");
		input.put("people", List.of(map("key", "qmerge", "name", "Nguyễn Văn Qmerge", "aliases", List.of("Nguyen Van Qmerge"),
				"evidence", quotes("Nguyen Van Qmerge"))));
		input.put("meetings", List.of(
				map("key", "talks", "title", "Hanoi and Havana party leaders hold talks", "kind", "talks", "date",
						"2023-06-10", "dateEvidence", quotes("on June 10"), "partOf",
						id("Meeting", "torres-iribar-visit-vietnam-2023"), "topics", List.of("party building", "tourism"),
						"evidence", quotes("held talks with Luis Antonio Torres Iríbar"), "participants", List.of(
								map("person", id("Person", "dinh-tien-dung"), "role", "host", "evidence",
										quotes("Dinh Tien Dung held talks")),
								map("person", id("Person", "luis-antonio-torres-iribar"), "role", "guest", "evidence",
										quotes("talks with Luis Antonio Torres Iríbar")),
								map("person", "qmerge", "role", "attendee", "evidence",
										quotes("Nguyen Van Qmerge attended the talks")))),
				map("key", "reception", "title", "Reception after the Hanoi–Havana talks", "kind", "reception", "partOf",
						"talks", "evidence", quotes("A reception followed the talks"))));
		input.put("agreements", List.of(map("key", "memo", "title", "Hanoi–Havana tourism exchange memorandum", "kind",
				"memorandum-of-understanding", "status", "signed", "statusEvidence",
				quotes("agreed on a tourism exchange memorandum"), "meeting", "talks", "evidence",
				quotes("a tourism exchange memorandum"))));
		return input;
	}

	/** An article that names the meeting by ID and one of its participants, written {@code when} after it. */
	static Map<String, Object> laterReport(String meeting, String when) {
		String text = "Nguyen Van Qmerge, who attended the Hanoi talks of June 9, 2023, recalled them in an interview "
				+ when + " later.";
		Map<String, Object> input = article("Qmerge recalls the Hanoi talks " + when + " later", text, "2024-06-01");
		input.put("meetings", List.of(map("id", meeting, "evidence", quotes("the Hanoi talks of June 9, 2023"),
				"participants", List.of(map("person", id("Person", "nguyen-van-qmerge"), "role", "attendee", "evidence",
						quotes("Nguyen Van Qmerge, who attended"))))));
		return input;
	}

	// agreements

	@Test
	void aSecondReportOfTheCooperationAgreementMergedIntoTheStoredOneUnitesPartiesSignatoriesAndClaims() {
		String keptSlug = "hanoi-havana-cooperation-2023-2028";
		String kept = id("Agreement", keptSlug);
		String havana = id("Organisation", "havana-party-committee");
		String vietnam = id("Country", "vietnam");
		String text = "HAVANA, June 12, 2023 - The Havana Party Committee and Vietnam have concluded a cooperation "
				+ "agreement for 2023-2027, planned to be signed by Dinh Tien Dung and Havana official Pedro Qmergo. "
				+ "It covers tourism.";
		Map<String, Object> input = article("Havana and Vietnam conclude a party cooperation agreement", text, "2023-06-12");
		input.put("people", List.of(map("key", "qmergo", "name", "Pedro Qmergo", "evidence", quotes("Pedro Qmergo"))));
		input.put("agreements", List.of(map("key", "coop", "title", "Havana–Vietnam party cooperation agreement 2023–2027",
				"kind", "cooperation-agreement", "status", "planned", "statusEvidence", quotes("planned to be signed"),
				"validFrom", "2023", "validUntil", "2027", "validityEvidence", quotes("a cooperation agreement for 2023-2027"),
				"fields", List.of("party building", "tourism"), "evidence",
				quotes("have concluded a cooperation agreement for 2023-2027"), "parties", List.of(
						map("organisation", havana, "evidence", quotes("The Havana Party Committee")),
						map("country", vietnam, "evidence", quotes("and Vietnam have concluded"))),
				"signatories", List.of(map("person", id("Person", "dinh-tien-dung"), "evidence", quotes("Dinh Tien Dung")),
						map("person", "qmergo", "evidence", quotes("Havana official Pedro Qmergo"))))));
		GraphQlTester.Response ingested = ingest(input);
		String article = ingested.path("ingestArticle.article.id").entity(String.class).get();
		String removed = created(ingested, "Agreement", "Havana–Vietnam party cooperation agreement 2023–2027");
		GraphQlTester.Response before = run(this.tester, "merge", "AgreementFacts", Map.of("id", kept));
		List<String> keptParties = before.path("node.parties[*].id").entityList(String.class).get();
		String seedArticle = before.path("node.evidence[0].article.id").entity(String.class).get();

		merge(kept, removed).path("mergeEntities.node.id").entity(String.class).isEqualTo(kept);

		run(this.tester, "merge", "Nodes", Map.of("ids", List.of(removed))).path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(kept);
		GraphQlTester.Response after = run(this.tester, "merge", "AgreementFacts", Map.of("id", kept));
		List<String> parties = after.path("node.parties[*].id").entityList(String.class).get();
		assertThat(parties).containsAll(keptParties).contains(havana, vietnam).doesNotHaveDuplicates();
		assertThat(after.path("node.signatories[*].person.id").entityList(String.class).get())
			.containsExactlyInAnyOrder(id("Person", "dinh-tien-dung"), id("Person", "pedro-qmergo"));
		assertThat(after.path("node.fields").entityList(String.class).get()).contains("party building", "tourism")
			.doesNotHaveDuplicates();
		assertThat(after.path("node.evidence[*].article.id").entityList(String.class).get()).contains(seedArticle, article);
		// The furthest status is served, never disputed; the end of validity is disputed, the stored one served.
		// (The stored agreement has the claims of two seed articles: in force, signed; valid until 2028 twice.)
		String status = before.path("node.status").entity(String.class).get();
		assertThat(status).isIn("SIGNED", "IN_FORCE");
		after.path("node.status").entity(String.class).isEqualTo(status);
		List<String> statuses = new ArrayList<>(before.path("node.statuses[*].value").entityList(String.class).get());
		statuses.add("PLANNED");
		after.path("node.statuses[*].value").entityList(String.class).isEqualTo(statuses);
		assertThat(after.path("node.statuses[*].disputed").entityList(Boolean.class).get()).containsOnly(false);
		List<String> ends = new ArrayList<>(before.path("node.validUntils[*].value").entityList(String.class).get());
		assertThat(ends).isNotEmpty().containsOnly("2028");
		ends.add("2027");
		after.path("node.validUntils[*].value").entityList(String.class).isEqualTo(ends);
		assertThat(after.path("node.validUntils[*].disputed").entityList(Boolean.class).get()).containsOnly(true);
		assertThat(after.path("node.validUntils[*].served").entityList(Boolean.class).get())
			.containsExactlyElementsOf(ends.stream().map("2028"::equals).toList());
		after.path("node.validUntils[" + (ends.size() - 1) + "].article.id").entity(String.class).isEqualTo(article);
		after.path("node.validUntil").entity(String.class).isEqualTo("2028");
		// Rows moved to the kept agreement keep their derived IDs; the party both had is one row with both quotes.
		assertThat(this.jdbc.queryForList("select id from signatory where agreement_id = ?", String.class, keptSlug))
			.containsExactlyInAnyOrder(Signatory.idOf(keptSlug, "dinh-tien-dung"), Signatory.idOf(keptSlug, "pedro-qmergo"));
		String havanaParty = AgreementParty.idOf(keptSlug, AgreementParty.tag("havana-party-committee", null));
		assertThat(this.jdbc.queryForList("select article_id from evidence where subject_type = 'AGREEMENT_PARTY' "
				+ "and subject_id = ?", String.class, havanaParty)).contains(slug(seedArticle), slug(article));
		assertThat(this.jdbc.queryForList("select id from agreement_party where agreement_id = ?", String.class, keptSlug))
			.contains(havanaParty, AgreementParty.idOf(keptSlug, AgreementParty.tag(null, "vietnam")));
		assertThat(WriteFixture.underivedIds(this.jdbc)).isEmpty();
		assertThat(WriteFixture.orphans(this.jdbc)).isEmpty();
		assertThat(search("Havana Vietnam party cooperation agreement 2023 2027")).doesNotContain(removed);
	}

	// posts

	@Test
	void aSecondPostOfOnePersonMergedIntoTheStoredOneTakesItsParticipationsAndTitleClaims() {
		String keptSlug = "luis-antonio-torres-iribar/first-secretary-havana";
		String kept = id("Position", keptSlug);
		String torres = id("Person", "luis-antonio-torres-iribar");
		String text = "Luis Antonio Torres Iríbar, First Secretary of the Party in Havana, received a delegation of "
				+ "Qposta teachers in Havana on May 2, 2024.";
		Map<String, Object> input = article("Torres Iríbar receives Qposta teachers", text, "2024-05-02");
		// `new`: the duplicate guard would take the title for the stored post's (70); this test makes the duplicate.
		input.put("people", List.of(map("id", torres, "evidence", quotes("Luis Antonio Torres Iríbar"), "positions",
				List.of(map("key", "fs", "title", "First Secretary of the Party in Havana", "organisation",
						id("Organisation", "havana-party-committee"), "new", true, "evidence",
						quotes("First Secretary of the Party in Havana"))))));
		input.put("meetings", List.of(map("key", "reception", "title", "Torres Iríbar receives Qposta teachers", "kind",
				"reception", "date", "2024-05-02", "dateEvidence", quotes("on May 2, 2024"), "evidence",
				quotes("received a delegation of Qposta teachers"), "participants", List.of(map("person", torres, "role",
						"host", "capacity", "fs", "evidence", quotes("Torres Iríbar, First Secretary of the Party in Havana, received"))))));
		GraphQlTester.Response ingested = ingest(input);
		String article = ingested.path("ingestArticle.article.id").entity(String.class).get();
		String removed = created(ingested, "Position", "First Secretary of the Party in Havana");
		String meeting = created(ingested, "Meeting", "Torres Iríbar receives Qposta teachers");

		merge(kept, removed).path("mergeEntities.node.id").entity(String.class).isEqualTo(kept);

		run(this.tester, "merge", "Nodes", Map.of("ids", List.of(removed))).path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(kept);
		GraphQlTester.Response post = run(this.tester, "merge", "PostFacts", Map.of("id", kept));
		post.path("node.title").entity(String.class).isEqualTo("First Secretary");
		post.path("node.titles[*].value").entityList(String.class)
			.containsExactly("First Secretary", "First Secretary of the Party in Havana");
		post.path("node.titles[*].disputed").entityList(Boolean.class).containsExactly(true, true);
		post.path("node.titles[*].served").entityList(Boolean.class).containsExactly(true, false);
		assertThat(post.path("node.evidence[*].article.id").entityList(String.class).get()).contains(article);
		assertThat(post.path("node.person.positions[*].id").entityList(String.class).get()).contains(kept)
			.doesNotContain(removed);
		// The participation in the removed post is in the kept one, and so is its capacity claim.
		assertThat(this.jdbc.queryForObject("select capacity_id from participant where meeting_id = ?", String.class,
				slug(meeting))).isEqualTo(keptSlug);
		assertThat(this.jdbc.queryForList("select claimed from claim where subject_type = 'PARTICIPANT' and subject_id = ? "
				+ "and field = 'CAPACITY'", String.class, Participant.idOf(slug(meeting), "luis-antonio-torres-iribar")))
			.containsExactly(keptSlug);
		assertThat(WriteFixture.orphans(this.jdbc)).isEmpty();
		assertThat(this.jdbc.queryForMap("select action, entity_type, target_id, removed_id from curation_action "
				+ "order by id desc limit 1")).containsValues("MERGE", "POSITION", keptSlug, slug(removed));
	}

	// refusals

	@Test
	void aMeetingAndAnAgreementAreTheWrongType() {
		String meeting = id("Meeting", "diaz-canel-le-quang-long-2025-04-29");
		String agreement = id("Agreement", "rice-development-project-2002-2025");
		assertRefused(meeting, agreement, List.of("input", "removeId"),
				"`removeId` must be the ID of a Meeting like `keepId`, but '" + agreement + "' is the ID of an Agreement",
				"WRONG_TYPE");
		String post = id("Position", "dinh-tien-dung/politburo-member");
		assertRefused(post, meeting, List.of("input", "removeId"),
				"`removeId` must be the ID of a Position like `keepId`, but '" + meeting + "' is the ID of a Meeting",
				"WRONG_TYPE");
	}

	@Test
	void anArticleCannotBeMerged() {
		String article = id("Article", "hanoi-havana-party-committees-talks-2023-06-09");
		assertRefused(article, id("Meeting", "diaz-canel-le-quang-long-2025-04-29"), List.of("input", "keepId"),
				"`keepId` must be the ID of a Person, an Organisation, a Place, a Country, a Meeting, an Agreement or a "
						+ "Position, but '" + article + "' is the ID of an Article",
				"WRONG_TYPE");
	}

	@Test
	void postsOfTwoPeopleAreAConflict() {
		String dungs = id("Position", "dinh-tien-dung/secretary-hanoi-party-committee");
		String torres = id("Position", "luis-antonio-torres-iribar/first-secretary-havana");
		assertRefused(dungs, torres, List.of("input", "removeId"),
				"`removeId` '" + torres + "' is a post of Luis Antonio Torres Iríbar ('"
						+ id("Person", "luis-antonio-torres-iribar") + "') and `keepId` '" + dungs
						+ "' a post of Đinh Tiến Dũng ('" + id("Person", "dinh-tien-dung")
						+ "'); only posts of one person can be merged (merge the people first if they are one)",
				"CONFLICT");
	}

	@Test
	void unknownMeetingsAgreementsAndPostsAreNotFound() {
		String meeting = id("Meeting", "diaz-canel-le-quang-long-2025-04-29");
		assertRefused(meeting, id("Meeting", "no-such-meeting"), List.of("input", "removeId"),
				"`removeId` '" + id("Meeting", "no-such-meeting") + "' refers to no Meeting", "NOT_FOUND");
		assertRefused(id("Agreement", "no-such-agreement"), id("Agreement", "rice-development-project-2002-2025"),
				List.of("input", "keepId"), "`keepId` '" + id("Agreement", "no-such-agreement") + "' refers to no Agreement",
				"NOT_FOUND");
		assertRefused(id("Position", "dinh-tien-dung/politburo-member"), id("Position", "dinh-tien-dung/no-such-post"),
				List.of("input", "removeId"),
				"`removeId` '" + id("Position", "dinh-tien-dung/no-such-post") + "' refers to no Position", "NOT_FOUND");
	}

	@Test
	void aMeetingCannotBeMergedIntoItself() {
		String meeting = id("Meeting", "diaz-canel-le-quang-long-2025-04-29");
		assertRefused(meeting, meeting, List.of("input", "removeId"),
				"`keepId` and `removeId` are the same ID '" + meeting + "'; an entity cannot be merged into itself",
				"INVALID");
	}

	// helpers

	private void assertRefused(String keepId, String removeId, List<String> path, String message, String code) {
		WriteFixture.assertRefused(this.editor, this.jdbc, "merge", "MergeEntities",
				Map.of("keepId", keepId, "removeId", removeId), "mergeEntities", path, message, code);
	}

	private GraphQlTester.Response merge(String kept, String removed) {
		GraphQlTester.Response response = run(this.editor, "merge", "MergeEntities",
				Map.of("input", Map.of("keepId", kept, "removeId", removed)));
		response.errors().verify();
		response.path("mergeEntities.userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

	private GraphQlTester.Response ingest(Map<String, Object> input) {
		GraphQlTester.Response response = run(this.editor, "merge", "IngestArticle", Map.of("input", input));
		response.errors().verify();
		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

	/** The global ID of the entity of the type and title the ingest created. */
	@SuppressWarnings("unchecked")
	private static String created(GraphQlTester.Response ingested, String type, String title) {
		List<Map<String, Object>> created = ingested.path("ingestArticle.created").entityList(Map.class).get()
			.stream()
			.map((entity) -> (Map<String, Object>) entity)
			.filter((entity) -> type.equals(entity.get("__typename")) && title.equals(entity.get("title")))
			.toList();
		assertThat(created).as(type + " '" + title + "' created").hasSize(1);
		return (String) created.get(0).get("id");
	}

	private List<String> search(String query) {
		return run(this.tester, "merge", "Search", Map.of("query", query)).path("search[*].node.id")
			.entityList(String.class)
			.get();
	}

	static Map<String, Object> article(String title, String text, String publishedOn) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", title);
		input.put("text", text);
		input.put("publisher", "Merge Test Press");
		input.put("publishedOn", publishedOn);
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
		return Arrays.stream(quotes).map((quote) -> Map.<String, Object>of("quote", quote)).toList();
	}

}
