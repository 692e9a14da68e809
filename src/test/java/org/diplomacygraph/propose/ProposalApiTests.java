package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code proposeAnnotations} over HTTP on the seed graph, without a key: another outlet's report of
 * stored people is linked to them by ID (posts included), its date resolved against the
 * publication's day, every quote is words of the text outside its photo credit, and nothing is
 * written; bad input is a user error, and a text over the request size the endpoint's 413.
 */
@ApiTest
class ProposalApiTests {

	static final String REPORT = "HÀ NỘI — Party General Secretary Tô Lâm received First Secretary of the Havana Party "
			+ "Committee Luis Antonio Torres Iríbar in Hà Nội on Tuesday.\n\nTorres Iríbar thanked Lâm for Việt Nam’s "
			+ "support. The two sides signed a memorandum of understanding on cooperation between Hanoi and Havana.\n"
			+ "Photo: VNA";

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void anonymous() {
		this.tester = WriteFixture.anonymous(this.tester);
	}

	@Test
	void aReportOfStoredPeopleIsLinkedByIdAndNothingIsWritten() {
		var before = WriteFixture.snapshot(this.jdbc);

		GraphQlTester.Response response = this.tester.documentName("propose")
			.operationName("Propose")
			.variable("text", REPORT)
			.variable("publishedOn", "2025-06-11")
			.variable("url", "https://vietnamnews.vn/politics/1234/talks.html")
			.execute();

		response.errors().verify();
		response.path("proposeAnnotations.userErrors").entityList(Object.class).hasSize(0);
		String toLam = GlobalId.encode("Person", "to-lam");
		String torres = GlobalId.encode("Person", "luis-antonio-torres-iribar");
		response.path("proposeAnnotations.draft.people[*].id").entityList(String.class).containsExactly(toLam, torres);
		response.path("proposeAnnotations.draft.people[0].positions[0].id").entity(String.class)
			.isEqualTo(GlobalId.encode("Position", "to-lam/general-secretary"));
		response.path("proposeAnnotations.draft.people[1].positions[0].id").entity(String.class)
			.isEqualTo(GlobalId.encode("Position", "luis-antonio-torres-iribar/first-secretary-havana"));
		response.path("proposeAnnotations.draft.people[1].aliases").entityList(String.class)
			.containsExactly();
		response.path("proposeAnnotations.draft.meetings").matchesJson("""
				[{ "kind": "reception", "date": "2025-06-10", "dateEvidence": [{ "quote": "Tuesday" }],
				   "place": "hanoi", "country": "%s",
				   "participants": [{ "person": "to-lam", "role": "host" },
				                    { "person": "luis-antonio-torres-iribar", "role": "guest" }] }]
				""".formatted(GlobalId.encode("Country", "vietnam")));
		response.path("proposeAnnotations.draft.agreements[*].kind").entityList(String.class)
			.containsExactly("memorandum-of-understanding");
		response.path("proposeAnnotations.draft.agreements[0].status").entity(String.class).isEqualTo("signed");
		response.path("proposeAnnotations.draft.publisher").entity(String.class).isEqualTo("vietnamnews.vn");
		response.path("proposeAnnotations.draft.notStory").entityList(String.class).containsExactly("Photo: VNA");
		List<String> quotes = new ArrayList<>();
		collectQuotes(response.path("proposeAnnotations.draft").entity(Map.class).get(), quotes);
		assertThat(quotes).isNotEmpty().allSatisfy((quote) -> {
			int at = REPORT.indexOf(quote);
			assertThat(at).as(quote).isGreaterThanOrEqualTo(0);
			assertThat(at + quote.length()).as(quote).isLessThanOrEqualTo(REPORT.indexOf("Photo: VNA"));
		});
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aBlankTextIsAUserError() {
		this.tester.documentName("propose")
			.operationName("ProposeErrors")
			.variable("text", "")
			.execute()
			.errors()
			.verify()
			.path("proposeAnnotations")
			.matchesJsonStrictly("""
					{ "draft": null, "mentions": [], "notes": [],
					  "userErrors": [{ "field": ["text"], "message": "`text` must not be blank", "code": "REQUIRED" }] }
					""");
	}

	@Test
	void aTextOverTheRequestSizeIsRefusedBeforeItIsRead() {
		GraphQlHttp.Reply reply = new GraphQlHttp(this.port).operation("propose", "ProposeErrors",
				Map.of("text", "Talks in Hanoi. ".repeat(4_100)));

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.error()).startsWith("The request body has ").endsWith(" bytes; at most 65536 are allowed "
				+ "(`diplomacy.limits.max-request-size`)");
	}

	@SuppressWarnings("unchecked")
	private static void collectQuotes(Object node, List<String> quotes) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				if ("quote".equals(key)) {
					quotes.add((String) value);
				}
				else {
					collectQuotes(value, quotes);
				}
			});
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> collectQuotes(item, quotes));
		}
	}

}
