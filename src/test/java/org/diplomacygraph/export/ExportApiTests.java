package org.diplomacygraph.export;

import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linked-data export over HTTP on the test corpus: a node's JSON-LD for every node type (its
 * type, name, one relation as a link to the other node's URL, and a qualified derivation that is
 * the subject's first evidence row), content negotiation, the refusals with their exact bodies, the
 * caching headers, and the vocabulary.
 */
@ApiTest
class ExportApiTests {

	static final String TO_LAM = GlobalId.encode("Person", "to-lam");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ExportHttp http;

	@BeforeEach
	void http() {
		this.http = new ExportHttp(this.port);
	}

	static Stream<Arguments> nodes() {
		return Stream.of(
				// type, slug, @type, the name's term, the name, a relation's term, the SQL of its target, its type
				Arguments.of("Person", "to-lam", "\"Person\"", "name", "Tô Lâm", "nationality",
						"select nationality_id from person where id = ?", "Country"),
				Arguments.of("Organisation", "hanoi-party-committee", "\"Organization\"", "name", "Hanoi Party Committee",
						"parentOrganization", "select parent_id from organisation where id = ?", "Organisation"),
				Arguments.of("Place", "palace-of-the-revolution", "\"Place\"", "name", "Palace of the Revolution",
						"containedInPlace", "select within_id from place where id = ?", "Place"),
				Arguments.of("Country", "vietnam", "\"Country\"", "name", "Vietnam", null, null, null),
				Arguments.of("Meeting", "dung-torres-iribar-talks-2023-06-09", "\"Event\"", "name",
						"Talks between Đinh Tiến Dũng and Luis Antonio Torres Iríbar", "superEvent",
						"select part_of_id from meeting where id = ?", "Meeting"),
				Arguments.of("Agreement", "hanoi-havana-cooperation-2023-2028", "[\"CreativeWork\",\"dg:Agreement\"]",
						"name", "Cooperation agreement between the Hanoi and Havana Party Committees for 2023–2028",
						"recordedAt", "select meeting_id from agreement where id = ?", "Meeting"),
				Arguments.of("Position", "to-lam/general-secretary", "[\"org:Membership\",\"Role\"]", "roleName",
						"General Secretary", "org:organization",
						"select organisation_id from person_position where id = ?", "Organisation"),
				Arguments.of("Article", "hanoi-cuba-localities-partnership-2025", "\"NewsArticle\"", "headline",
						"Hanoi deepens partnership with Cuba localities", null, null, null));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("nodes")
	void everyNodeTypeIsJsonLdWithLinksAndProvenance(String type, String slug, String types, String nameTerm, String name,
			String relation, String relationSql, String relationType) {
		String url = this.http.base() + "/id/" + GlobalId.encode(type, slug);
		ExportHttp.Reply reply = this.http.get("/id/" + GlobalId.encode(type, slug), "Accept", "application/ld+json");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("content-type")).isEqualTo("application/ld+json");
		JsonNode document = reply.json();
		assertThat(document.path("@context").path("@vocab").asString()).isEqualTo("http://schema.org/");
		assertThat(document.path("@context").path("prov").asString()).isEqualTo("http://www.w3.org/ns/prov#");
		assertThat(document.path("@context").path("dg").asString()).isEqualTo(this.http.base() + "/vocab#");
		assertThat(document.path("@id").asString()).isEqualTo(url);
		assertThat(document.path("@type").toString()).isEqualTo(types);
		assertThat(document.path("identifier").asString()).isEqualTo(GlobalId.encode(type, slug));
		assertThat(document.path(nameTerm).asString()).isEqualTo(name);
		if (relation != null) {
			String target = this.jdbc.queryForObject(relationSql, String.class, slug);
			assertThat(target).isNotNull();
			assertThat(document.path(relation).path("@id").asString())
				.isEqualTo(this.http.base() + "/id/" + GlobalId.encode(relationType, target));
		}
		List<Quote> evidence = this.jdbc.query(
				"select article_id, aspect, quote, start_offset, end_offset from evidence"
						+ " where subject_type = ? and subject_id = ? order by id",
				(row, i) -> new Quote(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getInt(5)),
				type.toUpperCase(java.util.Locale.ROOT), slug);
		if (type.equals("Article")) {
			assertThat(evidence).isEmpty();
			assertThat(document.path("articleBody").asString())
				.isEqualTo(this.jdbc.queryForObject("select text from article where id = ?", String.class, slug));
			return;
		}
		assertThat(evidence).isNotEmpty();
		JsonNode derivations = document.path("prov:qualifiedDerivation");
		assertThat(derivations.size()).isEqualTo(evidence.size());
		Quote first = evidence.get(0);
		String article = this.http.base() + "/id/" + GlobalId.encode("Article", first.article());
		JsonNode derivation = derivations.get(0);
		assertThat(derivation.path("@type").asString()).isEqualTo("prov:Derivation");
		assertThat(derivation.path("prov:entity").path("@id").asString()).isEqualTo(article);
		assertThat(derivation.path("dg:aspect").asString()).isEqualTo(first.aspect());
		assertThat(derivation.path("dg:quote").asString()).isEqualTo(first.quote());
		assertThat(derivation.path("dg:start").asInt()).isEqualTo(first.start());
		assertThat(derivation.path("dg:end").asInt()).isEqualTo(first.end());
		assertThat(document.path("prov:wasDerivedFrom").findValuesAsString("@id")).contains(article);
	}

	@Test
	void aPersonHasItsAliasesAndPostsAndAMeetingItsAttendeesAsRoles() {
		JsonNode person = this.http.get("/id/" + TO_LAM).json();
		assertThat(person.path("alternateName").toString()).contains("\"To Lam\"");
		assertThat(person.path("org:hasMembership").findValuesAsString("@id"))
			.contains(this.http.base() + "/id/" + GlobalId.encode("Position", "to-lam/general-secretary"));
		JsonNode meeting = this.http.get("/id/" + GlobalId.encode("Meeting", "dung-torres-iribar-talks-2023-06-09"))
			.json();
		assertThat(meeting.path("startDate").toString()).isEqualTo("{\"@value\":\"2023-06-09\",\"@type\":\"xsd:date\"}");
		JsonNode guest = meeting.path("attendee").get(0);
		assertThat(guest.path("@type").asString()).isEqualTo("Role");
		assertThat(guest.path("attendee").path("@id").asString()).startsWith(this.http.base() + "/id/");
		assertThat(guest.path("prov:qualifiedDerivation").size()).isPositive();
	}

	@Test
	void contentNegotiationServesJsonLdJsonOrAPage() {
		String path = "/id/" + TO_LAM;
		assertThat(this.http.get(path).header("content-type")).isEqualTo("application/ld+json");
		assertThat(this.http.get(path, "Accept", "application/json").header("content-type")).isEqualTo("application/json");
		assertThat(this.http.get(path, "Accept", "text/html;q=0.5, application/ld+json").header("content-type"))
			.isEqualTo("application/ld+json");
		ExportHttp.Reply page = this.http.get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("content-type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(page.header("content-security-policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
		assertThat(page.body()).contains("<h1>Tô Lâm</h1>", "<script type=\"application/ld+json\">{\"@context\"");
		assertThat(this.http.get(path).header("vary")).isEqualTo("Accept, Authorization");
	}

	@Test
	void unsupportedMediaTypesMalformedAndUnknownIdsAreRefused() {
		ExportHttp.Reply png = this.http.get("/id/" + TO_LAM, "Accept", "image/png");
		assertThat(png.status()).isEqualTo(406);
		assertThat(png.body()).isEqualTo("{\"errors\":[{\"message\":\"This URL serves application/ld+json, "
				+ "application/json and text/html\",\"extensions\":{\"classification\":\"NOT_ACCEPTABLE\"}}]}");
		ExportHttp.Reply malformed = this.http.get("/id/not-an-id");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body()).isEqualTo("{\"errors\":[{\"message\":\"`id` is not a valid ID: 'not-an-id'\","
				+ "\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
		String nobody = GlobalId.encode("Person", "nobody");
		ExportHttp.Reply unknown = this.http.get("/id/" + nobody);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("content-type")).isEqualTo("application/json");
		assertThat(unknown.body()).isEqualTo("{\"errors\":[{\"message\":\"No node has the ID '" + nobody
				+ "'\",\"extensions\":{\"classification\":\"NOT_FOUND\"}}]}");
		String notANodeType = GlobalId.encode("Participant", "x");
		assertThat(this.http.get("/id/" + notANodeType).status()).isEqualTo(404);
		ExportHttp.Reply badAccept = this.http.get("/id/" + TO_LAM, "Accept", "not a media type");
		assertThat(badAccept.status()).isEqualTo(400);
		assertThat(badAccept.json().path("errors").get(0).path("message").asString())
			.isEqualTo("The Accept header is not a list of media types: 'not a media type'");
	}

	/** The redirect a merge leaves, written directly and removed after: nothing else reads this old slug. */
	@Test
	void theIdOfAMergedRecordRedirectsToTheKeptOne() {
		this.jdbc.update("insert into entity_redirect (entity_type, old_id, new_id) values ('PERSON', 'to-lam-merged', 'to-lam')");
		try {
			ExportHttp.Reply moved = this.http.get("/id/" + GlobalId.encode("Person", "to-lam-merged"));
			assertThat(moved.status()).isEqualTo(301);
			assertThat(moved.header("location")).isEqualTo(this.http.base() + "/id/" + TO_LAM);
		}
		finally {
			this.jdbc.update("delete from entity_redirect where entity_type = 'PERSON' and old_id = 'to-lam-merged'");
		}
	}

	@Test
	void aNodesDocumentHasAnETagAndIsNotSentAgain() {
		ExportHttp.Reply first = this.http.get("/id/" + TO_LAM);
		assertThat(first.header("etag")).matches("\"[0-9a-f]{64}\"");
		assertThat(first.header("cache-control")).isEqualTo("public, max-age=60");
		ExportHttp.Reply again = this.http.get("/id/" + TO_LAM, "If-None-Match", "W/" + first.header("etag"));
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(this.http.get("/id/" + TO_LAM, "Accept", "text/html").header("etag")).isNotEqualTo(first.header("etag"));
	}

	@Test
	void theVocabularyDefinesEveryOwnTermUsed() {
		ExportHttp.Reply vocabulary = this.http.get("/vocab");
		assertThat(vocabulary.status()).isEqualTo(200);
		assertThat(vocabulary.header("content-type")).isEqualTo("application/ld+json");
		List<String> defined = vocabulary.json().path("@graph").findValuesAsString("@id");
		assertThat(defined).contains("dg:quote", "dg:start", "dg:end", "dg:aspect", "dg:Agreement");
		String dump = this.http.get("/export/graph.ndjson").body();
		java.util.regex.Matcher terms = java.util.regex.Pattern.compile("\"(dg:[A-Za-z]+)\"").matcher(dump);
		while (terms.find()) {
			assertThat(defined).contains(terms.group(1));
		}
	}

	record Quote(String article, String aspect, String quote, int start, int end) {
	}

}
