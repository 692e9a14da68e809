package org.diplomacygraph.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation API over HTTP, end to end on the packaged corpus: the manifest, batches of
 * queries by GET and form POST, properties, suggest, preview, data extension, and every bad request
 * with its exact message.
 */
// The plain web context of the HTTP tests (HttpProtocolApiTests, MatcherTests): one context for all.
@ApiTest
class ReconcileApiTests {

	static final String TO_LAM = GlobalId.encode("Person", "to-lam");

	static final String CPV = GlobalId.encode("Organisation", "communist-party-of-vietnam");

	@LocalServerPort
	int port;

	ReconcileHttp http;

	@BeforeEach
	void http() {
		this.http = new ReconcileHttp(this.port);
	}

	@Test
	void theManifestDescribesTheService() {
		ReconcileHttp.Reply reply = this.http.get("/reconcile");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("content-type")).startsWith("application/json");
		JsonNode manifest = reply.json();
		assertThat(manifest.path("versions").toString()).isEqualTo("[\"0.2\"]");
		assertThat(manifest.path("name").asString()).isEqualTo("Diplomacy graph");
		assertThat(manifest.path("identifierSpace").asString()).isEqualTo(this.http.url("/graphql#id"));
		assertThat(manifest.path("defaultTypes").findValuesAsString("id")).containsExactly("Person", "Organisation",
				"Place", "Country", "Meeting", "Agreement");
		assertThat(manifest.path("preview").path("url").asString()).isEqualTo(this.http.url("/reconcile/preview?id={{id}}"));
		assertThat(manifest.path("preview").path("width").asInt()).isPositive();
		assertThat(manifest.path("suggest").path("entity").path("service_path").asString())
			.isEqualTo("/reconcile/suggest/entity");
		assertThat(manifest.path("suggest").path("entity").path("service_url").asString()).isEqualTo(this.http.url(""));
		assertThat(manifest.path("extend").path("propose_properties").path("service_path").asString())
			.isEqualTo("/reconcile/properties");
	}

	@Test
	void aBatchByGetFindsEachQuerysCandidates() {
		JsonNode results = this.http.get("/reconcile", "queries", """
				{"q0": {"query": "To Lam", "type": "Person"},
				 "q1": {"query": "La Habana Party Committee", "type": "Organisation", "limit": 3},
				 "q2": {"query": "xylophone"}}""").json();
		JsonNode toLam = results.path("q0").path("result").get(0);
		assertThat(toLam.path("id").asString()).isEqualTo(TO_LAM);
		assertThat(toLam.path("name").asString()).isEqualTo("Tô Lâm");
		assertThat(toLam.path("score").asInt()).isEqualTo(100);
		assertThat(toLam.path("match").asBoolean()).isTrue();
		assertThat(toLam.path("type").toString()).isEqualTo("[{\"id\":\"Person\",\"name\":\"Person\"}]");
		assertThat(toLam.path("description").asString())
			.isEqualTo("'To Lam' is its name 'Tô Lâm', case, diacritics and punctuation aside (+100)");
		JsonNode havana = results.path("q1").path("result");
		assertThat(havana.get(0).path("id").asString())
			.isEqualTo(GlobalId.encode("Organisation", "havana-party-committee"));
		assertThat(havana.size()).isLessThanOrEqualTo(3);
		assertThat(havana.get(0).path("description").asString()).contains("habana≈havana");
		assertThat(results.path("q2").path("result").size()).isZero();
	}

	@Test
	void aBatchByFormPostWithPropertiesThatRaiseAndLowerScores() {
		Map<String, String> form = Map.of("queries", """
				{"fr": {"query": "Parti communiste du Vietnam", "type": ["Organisation"],
				        "properties": [{"pid": "country", "v": "Vietnam"}, {"pid": "kind", "v": "party"}]},
				 "cu": {"query": "Parti communiste du Vietnam", "type": "Organisation",
				        "properties": [{"pid": "country", "v": {"id": "%s"}}]}}"""
			.formatted(GlobalId.encode("Country", "cuba")));
		JsonNode results = this.http.post("/reconcile", form).json();
		JsonNode fr = results.path("fr").path("result").get(0);
		assertThat(fr.path("id").asString()).isEqualTo(CPV);
		assertThat(fr.path("score").asInt()).isEqualTo(93);
		assertThat(fr.path("match").asBoolean()).isTrue();
		assertThat(fr.path("description").asString()).contains("in Vietnam, as given (+5)", "a party, as given (+3)");
		JsonNode cu = results.path("cu").path("result").get(0);
		assertThat(cu.path("score").asInt()).isEqualTo(85 - 30);
		assertThat(cu.path("match").asBoolean()).isFalse();
		assertThat(cu.path("description").asString()).contains("in Vietnam, not Cuba (-30)");
	}

	@Test
	void meetingsAndAgreementsAreReconciledByWhatTheRowsSay() {
		JsonNode results = this.http.post("/reconcile", Map.of("queries", """
				{"talks": {"query": "", "type": "Meeting", "properties": [
				    {"pid": "date", "v": "2023-06-09"},
				    {"pid": "participant", "v": ["Đinh Tiến Dũng", {"id": "%s"}]},
				    {"pid": "country", "v": "Viet Nam"}, {"pid": "kind", "v": "talks"}]},
				 "agreement": {"query": "Cooperation agreement between the Hanoi and Havana Party Committees for 2023-2028",
				    "type": "Agreement"}}""".formatted(GlobalId.encode("Person", "luis-antonio-torres-iribar"))))
			.json();
		JsonNode talks = results.path("talks").path("result").get(0);
		assertThat(talks.path("id").asString())
			.isEqualTo(GlobalId.encode("Meeting", "dung-torres-iribar-talks-2023-06-09"));
		assertThat(talks.path("match").asBoolean()).isTrue();
		assertThat(talks.path("description").asString()).contains("held on 2023-06-09, as given (+35)",
				"took part: Đinh Tiến Dũng, Luis Antonio Torres Iríbar (2 of 2 given) (+45)");
		JsonNode agreement = results.path("agreement").path("result").get(0);
		assertThat(agreement.path("id").asString())
			.isEqualTo(GlobalId.encode("Agreement", "hanoi-havana-cooperation-2023-2028"));
		assertThat(agreement.path("score").asInt()).isEqualTo(70);
	}

	@Test
	void withoutATypeEveryTypeIsSearchedAndAnIdFindsItsRecord() {
		JsonNode results = this.http.get("/reconcile", "queries",
				"{\"q\": {\"query\": \"Havana\"}, \"id\": {\"query\": \"" + TO_LAM + "\", \"type\": \"Person\"}}")
			.json();
		JsonNode havana = results.path("q").path("result");
		assertThat(havana.get(0).path("id").asString()).isEqualTo(GlobalId.encode("Place", "havana"));
		assertThat(havana.get(0).path("match").asBoolean()).isTrue();
		assertThat(havana.findValuesAsString("id")).contains(GlobalId.encode("Organisation", "havana-party-committee"));
		JsonNode byId = results.path("id").path("result").get(0);
		assertThat(byId.path("id").asString()).isEqualTo(TO_LAM);
		assertThat(byId.path("description").asString()).isEqualTo("'" + TO_LAM + "' is its ID");
	}

	@Test
	void badBatchesAreRefusedWithA400NamingTheProblem() {
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"To Lam\""))).startsWith(
				"`queries` is not valid JSON: Unexpected end-of-input");
		assertThat(refusal(Map.of("queries", "[]"))).isEqualTo("`queries` must be a JSON object of queries by key, e.g. "
				+ "{\"q0\": {\"query\": \"Tô Lâm\", \"type\": \"Person\"}}");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"To Lam\", \"type\": \"Human\"}}")))
			.isEqualTo("Unknown type 'Human' in the query 'q0'; the types are Person, Organisation, Place, Country, "
					+ "Meeting, Agreement");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"To Lam\", \"properties\": [{\"pid\": \"age\", "
				+ "\"v\": 70}]}}"))).isEqualTo("Unknown property 'age' in the query 'q0'; the properties are country, "
						+ "organisation, parent, within, kind, date, place, participant, party, signedOn, validFrom, "
						+ "validUntil");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"To Lam\", \"type\": \"Person\", \"properties\": "
				+ "[{\"pid\": \"date\", \"v\": \"2023\"}]}}")))
			.isEqualTo("The property 'date' does not apply to Person (query 'q0')");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"\"}}")))
			.isEqualTo("The query 'q0' needs a non-empty `query` or `properties`");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"x\", \"limit\": 0}}")))
			.isEqualTo("`limit` of the query 'q0' must be a positive whole number, got '0'");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"x\", \"lang\": \"fr\"}}")))
			.isEqualTo("The query 'q0' has an unknown field 'lang'; a query has query, type, limit, properties and "
					+ "type_strict");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"x\", \"type\": \"Meeting\", \"properties\": "
				+ "[{\"pid\": \"date\", \"v\": \"2023-02-30\"}]}}")))
			.isEqualTo("`date` of the query 'q0': impossible date '2023-02-30'");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"x\", \"type\": \"Organisation\", \"properties\": "
				+ "[{\"pid\": \"kind\", \"v\": \"club\"}]}}")))
			.isEqualTo("Unknown kind 'club' in the query 'q0'; the kinds of Organisation are party, party committee, "
					+ "government body, embassy, company, ngo, mass organisation, advisory body, intergovernmental "
					+ "body, school");
		assertThat(refusal(Map.of("queries", "{\"q0\": {\"query\": \"x\", \"query\": \"y\"}}")))
			.startsWith("`queries` is not valid JSON: Duplicate Object property \"query\"");
		assertThat(refusal(Map.of("queries", "{}", "extend", "{}"))).isEqualTo("Send `queries` or `extend`, not both");
	}

	@Test
	void aBatchOverTheLimitIsRefusedWholeNamingTheLimit() {
		StringBuilder batch = new StringBuilder("{");
		for (int i = 0; i < 1000; i++) {
			batch.append((i > 0) ? "," : "").append("\"q").append(i).append("\": {\"query\": \"Tô Lâm\"}");
		}
		String queries = batch.append("}").toString();
		assertThat(refusal(Map.of("queries", queries))).isEqualTo(
				"The batch has 1000 queries; at most 50 are allowed in one batch (send the rest in further batches)");
		StringBuilder fifty = new StringBuilder("{");
		for (int i = 0; i < QueryBatch.MAX_QUERIES; i++) {
			fifty.append((i > 0) ? "," : "").append("\"q").append(i).append("\": {\"query\": \"Hanoi\", \"limit\": 1}");
		}
		ReconcileHttp.Reply reply = this.http.post("/reconcile", Map.of("queries", fifty.append("}").toString()));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().size()).isEqualTo(QueryBatch.MAX_QUERIES);
	}

	@Test
	void suggestCompletesEntitiesTypesAndProperties() {
		JsonNode entities = this.http.get("/reconcile/suggest/entity", "prefix", "to l").json().path("result");
		assertThat(entities.get(0).path("id").asString()).isEqualTo(TO_LAM);
		assertThat(entities.get(0).path("name").asString()).isEqualTo("Tô Lâm");
		assertThat(entities.get(0).path("description").asString()).isEqualTo("Person · Vietnam · matched 'To Lam'");
		assertThat(entities.get(0).path("notable").toString()).isEqualTo("[{\"id\":\"Person\",\"name\":\"Person\"}]");
		JsonNode places = this.http.get("/reconcile/suggest/entity", "prefix", "ha", "type", "Place").json()
			.path("result");
		assertThat(places.findValues("notable")).allMatch((notable) -> notable.get(0).path("id").asString().equals("Place"));
		JsonNode second = this.http.get("/reconcile/suggest/entity", "prefix", "ha", "type", "Place", "cursor", "1")
			.json()
			.path("result");
		assertThat(second.get(0).path("id").asString()).isEqualTo(places.get(1).path("id").asString());
		assertThat(this.http.get("/reconcile/suggest/type", "prefix", "me").json().path("result").findValuesAsString("id"))
			.containsExactly("Meeting");
		assertThat(this.http.get("/reconcile/suggest/property", "prefix", "co", "type", "Person").json().path("result")
			.findValuesAsString("id")).containsExactly("country");
		assertThat(this.http.get("/reconcile/suggest/entity").error()).isEqualTo("The parameter `prefix` is required");
		assertThat(this.http.get("/reconcile/suggest/entity", "prefix", "ha", "cursor", "500").error())
			.isEqualTo("`cursor` must be between 0 and 90, got 500");
		assertThat(this.http.get("/reconcile/suggest/entity", "prefix", "ha", "type", "Human").error())
			.isEqualTo("Unknown type 'Human'; the types are Person, Organisation, Place, Country, Meeting, Agreement");
	}

	@Test
	void thePreviewIsASmallEscapedHtmlCardThatMayBeFramed() {
		ReconcileHttp.Reply reply = this.http.get("/reconcile/preview", "id", CPV);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("content-type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(reply.header("x-frame-options")).isNull();
		assertThat(reply.header("content-security-policy")).isEqualTo(PreviewHtml.CONTENT_SECURITY_POLICY);
		assertThat(reply.body()).contains("<h1>Communist Party of Vietnam</h1>",
				"<p class=\"meta\">Organisation · party · Vietnam</p>",
				"<blockquote>“General Secretary of the Communist Party of Vietnam To Lam”</blockquote>",
				"<cite>Hanoi deepens partnership with Cuba localities</cite>, The Hanoi Times, 2025");
		assertThat(reply.body()).doesNotContain("<script");
		ReconcileHttp.Reply missing = this.http.get("/reconcile/preview", "id", GlobalId.encode("Person", "nobody"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("No record has the ID &#39;" + GlobalId.encode("Person", "nobody") + "&#39;");
		ReconcileHttp.Reply malformed = this.http.get("/reconcile/preview", "id", "<b>not an id</b>");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.body()).contains("&lt;b&gt;not an id&lt;/b&gt;").doesNotContain("<b>");
		// Every other page stays unframeable.
		assertThat(this.http.get("/reconcile").header("x-frame-options")).isEqualTo("DENY");
	}

	@Test
	void dataExtensionFetchesCountryAliasesPostsAndKind() {
		String unknown = GlobalId.encode("Person", "nobody");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("extend", "{\"ids\": [\"%s\", \"%s\", \"%s\"], \"properties\": [{\"id\": \"country\"}, {\"id\": \"aliases\"}, "
			.formatted(TO_LAM, CPV, unknown) + "{\"id\": \"positions\"}, {\"id\": \"kind\"}]}");
		JsonNode extension = this.http.post("/reconcile", form).json();
		assertThat(extension.path("meta").toString()).isEqualTo("[{\"id\":\"country\",\"name\":\"Country\",\"type\":"
				+ "{\"id\":\"Country\",\"name\":\"Country\"}},{\"id\":\"aliases\",\"name\":\"Other names\"},"
				+ "{\"id\":\"positions\",\"name\":\"Posts\"},{\"id\":\"kind\",\"name\":\"Kind\"}]");
		JsonNode toLam = extension.path("rows").path(TO_LAM);
		assertThat(toLam.path("country").toString())
			.isEqualTo("[{\"id\":\"" + GlobalId.encode("Country", "vietnam") + "\",\"name\":\"Vietnam\"}]");
		assertThat(toLam.path("aliases").findValuesAsString("str")).contains("To Lam", "General Secretary To Lam");
		assertThat(toLam.path("positions").findValuesAsString("str")).contains(
				"General Secretary, Central Committee of the Communist Party of Vietnam");
		assertThat(toLam.path("kind").size()).isZero();
		assertThat(extension.path("rows").path(CPV).path("kind").toString()).isEqualTo("[{\"str\":\"party\"}]");
		assertThat(extension.path("rows").path(unknown).path("country").size()).isZero();
		assertThat(this.http.post("/reconcile", Map.of("extend", "{\"ids\": [], \"properties\": [{\"id\": \"age\"}]}"))
			.error()).isEqualTo("Unknown property 'age' in `extend`; the properties are country, kind, aliases, positions");
		JsonNode proposals = this.http.get("/reconcile/properties", "type", "Person").json();
		assertThat(proposals.path("type").asString()).isEqualTo("Person");
		assertThat(proposals.path("properties").findValuesAsString("id")).containsExactly("country", "aliases",
				"positions");
	}

	private String refusal(Map<String, String> form) {
		ReconcileHttp.Reply reply = this.http.post("/reconcile", form);
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().path("errors").get(0).path("extensions").path("classification").asString())
			.isEqualTo("BAD_REQUEST");
		return reply.error();
	}

}
