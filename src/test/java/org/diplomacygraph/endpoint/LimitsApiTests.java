package org.diplomacygraph.endpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.diplomacygraph.ApiTest;
import org.diplomacygraph.GraphQlHttp.Reply;
import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.values.GlobalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default limits over HTTP: what passes, what is refused with which error, that a refused
 * request runs no SQL, and the cost every response reports.
 */
@ApiTest
class LimitsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	GraphQlHttp http;

	Statistics statistics;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void graphiqlsIntrospectionQueryPassesAndCostsOnePoint() {
		Reply reply = this.http.operation("introspection", "IntrospectionQuery", Map.of());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().has("errors")).isFalse();
		assertThat(reply.body().path("data").path("__schema").path("types").size()).isGreaterThan(50);
		assertThat(reply.cost().path("requested").asLong()).isEqualTo(1);
		assertThat(reply.cost().path("actual").asLong()).isEqualTo(1);
	}

	@Test
	void graphqlJsStandardIntrospectionQueryWithEveryOptionPasses() {
		Reply reply = this.http.operation("introspection-graphql-js", "IntrospectionQuery", Map.of());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().has("errors")).as(reply.body().toString()).isFalse();
		assertThat(reply.body().path("data").path("__schema").path("queryType").path("name").asString())
			.isEqualTo("Query");
		assertThat(reply.cost().path("requested").asLong()).isEqualTo(1);
	}

	@Test
	void descriptionsAreServedAsMarkdownParagraphsWithoutTheLineBreaksOfTheSdlFiles() {
		Reply reply = this.http.query("{ __type(name: \"Mutation\") { fields { name description } } }");

		String merge = null;
		for (var field : reply.body().path("data").path("__type").path("fields")) {
			if (field.path("name").asString().equals("mergeEntities")) {
				merge = field.path("description").asString();
			}
		}
		// A paragraph, then list items, each on one line (schema/curation.graphqls wraps them at 100 columns).
		assertThat(merge).startsWith("Merges two records of one type that are one real-world entity or event (two "
				+ "reports of one meeting, of one agreement, or of one post): ");
		assertThat(merge.lines()).hasSize(5)
			.satisfies((lines) -> assertThat(lines.subList(1, 5)).allSatisfy((line) -> assertThat(line).startsWith("- ")));
	}

	@Test
	void oneTypeByNameIsIntrospectionInGoodFaithAndTwoAreNot() {
		assertThat(this.http.query("{ __type(name: \"Meeting\") { name fields { name } } }").body().has("errors"))
			.isFalse();

		Reply reply = this.http.query("{ a: __type(name: \"Meeting\") { name } b: __type(name: \"Person\") { name } }");

		assertThat(reply.error()).isEqualTo(
				"This request is not asking for introspection in good faith - Query.__type is present too often!");
		assertThat(reply.classification()).isEqualTo("BadFaithIntrospection");
	}

	@Test
	void graphiqlsWorkedExamplesPass() throws Exception {
		var tabs = new PathMatchingResourcePatternResolver()
			.getResources("classpath:graphiql/tabs/*.graphql");
		assertThat(tabs).isNotEmpty();
		for (var tab : tabs) {
			Reply reply = this.http.query(tab.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

			assertThat(reply.status()).as(tab.getFilename()).isEqualTo(200);
			assertThat(reply.body().has("errors")).as(tab.getFilename() + ": " + reply.body()).isFalse();
		}
	}

	@Test
	void theDeepestAllowedQueryRuns() {
		Reply reply = this.http.operation("limits", "Deepest", Map.of());

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().has("errors")).isFalse();
		assertThat(reply.cost().path("requested").asLong()).isEqualTo(1223);
	}

	static Stream<Arguments> refusals() {
		return Stream.of(
				Arguments.of("TooDeep", Map.of(), "max-depth", 16, 15,
						"The query nests fields 16 levels deep; at most 15 are allowed (`diplomacy.limits.max-depth`)"),
				Arguments.of("TooManyRootFields", Map.of(), "max-root-fields", 11, 10,
						"The operation has 11 root fields; at most 10 are allowed (`diplomacy.limits.max-root-fields`)"),
				Arguments.of("TooManyAliases", Map.of(), "max-aliases", 31, 30,
						"The operation has 31 aliases; at most 30 are allowed (`diplomacy.limits.max-aliases`)"),
				Arguments.of("Nested", Map.of("n", 100, "m", 100), "max-cost", 110_101, 25_000,
						"The query may cost 110101 points; at most 25000 are allowed (`diplomacy.limits.max-cost`)"),
				Arguments.of("NestedByFragments", Map.of("n", 50, "m", 50), "max-cost", 27_551, 25_000,
						"The query may cost 27551 points; at most 25000 are allowed (`diplomacy.limits.max-cost`)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void aQueryOverALimitIsRefusedWithOneErrorBeforeAnySqlRuns(String operation, Map<String, Object> variables,
			String limit, long figure, long maximum, String message) {
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.operation("limits", operation, variables);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().has("data")).isFalse();
		assertThat(reply.error()).isEqualTo(message);
		assertThat(reply.classification()).isEqualTo("LIMIT_EXCEEDED");
		JsonNode extensions = reply.body().path("errors").get(0).path("extensions");
		assertThat(extensions.path("limit").asString()).isEqualTo(limit);
		assertThat(extensions.path("figure").asLong()).isEqualTo(figure);
		assertThat(extensions.path("maximum").asLong()).isEqualTo(maximum);
		assertThat(this.statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(before);
	}

	@Test
	void theCostComesFromTheVariables() {
		Reply cheap = this.http.operation("limits", "Nested", Map.of("n", 2, "m", 3));

		assertThat(cheap.status()).isEqualTo(200);
		assertThat(cheap.cost().path("requested").asLong()).isEqualTo(1 + 2 + 2 * 3 + 2 * 3 * 10);
		assertThat(this.http.operation("limits", "NestedByFragments", Map.of("n", 2, "m", 3)).cost().path("requested")
			.asLong()).isEqualTo(1 + 2 + 2 * 3 + 2 * 3 * 10);
	}

	@Test
	void theActualCostCountsTheObjectsReturnedInLists() {
		Reply reply = this.http.operation("limits", "Nested", Map.of("n", 5, "m", 2));

		List<JsonNode> people = list(reply.body().path("data").path("people").path("nodes"));
		List<JsonNode> meetings = people.stream().flatMap((person) -> list(person.path("meetings").path("nodes")).stream())
			.toList();
		long participants = meetings.stream().mapToLong((meeting) -> meeting.path("participants").size()).sum();
		assertThat(meetings).isNotEmpty();
		assertThat(participants).isGreaterThan(meetings.size());
		assertThat(reply.cost().path("actual").asLong()).isEqualTo(1 + people.size() + meetings.size() + participants);
		assertThat(reply.cost().path("requested").asLong()).isEqualTo(1 + 5 + 10 + 100);
		assertThat(reply.cost().path("limit").asLong()).isEqualTo(25_000);
		JsonNode throttle = reply.cost().path("throttle");
		assertThat(throttle.path("maximumAvailable").asLong()).isEqualTo(60_000);
		assertThat(throttle.path("currentlyAvailable").asLong()).isBetween(0L, 60_000L);
		assertThat(throttle.path("restoreRatePerSecond").asDouble()).isEqualTo(1000.0);
	}

	@Test
	void backwardPagesSearchAndNodesCostWhatTheyAskFor() {
		List<String> ids = List.of(GlobalId.encode("Person", "to-lam"), GlobalId.encode("Country", "cuba"));

		Reply reply = this.http.operation("limits", "Mixed", Map.of("ids", ids));

		assertThat(reply.body().has("errors")).isFalse();
		assertThat(reply.cost().path("requested").asLong()).isEqualTo(1 + 3 + 4 + 2);
	}

	@Test
	void aDocumentOverTheCharacterLimitIsRefusedBeforeItIsParsed() {
		String document = "{ meetings { totalCount } }" + " ".repeat(20_000);

		Reply reply = this.http.query(document);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("The document has " + document.length() + " characters; at most 20000 "
				+ "are allowed (`diplomacy.limits.max-document-characters`)");
		assertThat(reply.classification()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(reply.cost().path("actual").asLong()).isEqualTo(1);
	}

	@Test
	void aDocumentOverTheTokenLimitIsRefusedWhileItIsParsed() {
		String document = "{ " + "a ".repeat(5_001) + "}";

		Reply reply = this.http.query(document);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo(
				"The document has more than 5000 tokens; at most 5000 are allowed (`diplomacy.limits.max-tokens`)");
		assertThat(reply.classification()).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	void anAliasFloodIsRefusedWithoutRunningIt() {
		String document = IntStream.range(0, 600)
			.mapToObj((i) -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ", "{ ", " }"));
		long before = this.statistics.getPrepareStatementCount();

		Reply reply = this.http.query(document);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo(
				"The operation has 600 root fields; at most 10 are allowed (`diplomacy.limits.max-root-fields`)");
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(before);
	}

	@Test
	void aDeeplyNestedDocumentIsRefusedByTheParser() {
		String document = "{ " + "people { nodes { ".repeat(200) + "name" + " } }".repeat(200) + " }";

		Reply reply = this.http.query(document);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.classification()).isIn("LIMIT_EXCEEDED", "InvalidSyntax");
	}

	@Test
	void fragmentCyclesAreInvalid() {
		Reply reply = this.http.query("{ people { ...A } } fragment A on PersonConnection { nodes { name } ...B } "
				+ "fragment B on PersonConnection { ...A }");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().path("errors").get(0).path("message").asString())
			.isEqualTo("Fragment 'A' spreads itself, directly or through other fragments; fragments must not form cycles");
		assertThat(reply.classification()).isEqualTo("ValidationError");
	}

	@Test
	void everyErrorHasAClassificationAndNoneLeaksInternals() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", "???");
		List<Reply> replies = List.of(this.http.query("{ meetings { "), this.http.query("{ nope }"),
				this.http.query("{ meetings(filter: { date: { from: \"2024-13\" } }) { totalCount } }"),
				this.http.query("query($n: Int) { meetings(first: $n) { totalCount } }", Map.of("n", "x"), null),
				this.http.query("{ meetings(first: 0) { totalCount } }"),
				this.http.query("query($id: ID!) { node(id: $id) { id } }", variables, null),
				this.http.operation("limits", "TooDeep", Map.of()));
		for (Reply reply : replies) {
			for (JsonNode error : list(reply.body().path("errors"))) {
				assertThat(error.path("extensions").path("classification").asString()).as(error.toString()).isNotEmpty();
				assertThat(error.path("message").asString()).as(error.toString())
					.doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+|Exception|\\bat [a-z]+\\.|(?i)select .* from|Value\\{");
			}
		}
	}

	@Test
	void anInvalidPartialDateIsQuotedAsTheClientWroteIt() {
		Reply reply = this.http.query("{ meetings(filter: { date: { from: \"2024-13\" } }) { totalCount } }");

		assertThat(reply.error()).isEqualTo("Validation error (WrongType@[meetings]) : argument 'filter.date.from' "
				+ "with value \"2024-13\" is not a valid 'PartialDate' - Invalid PartialDate: impossible date '2024-13'");
	}

	@Test
	void aVariableOfTheWrongTypeIsAValidationError() {
		Reply reply = this.http.query("query($n: Int) { meetings(first: $n) { totalCount } }", Map.of("n", "ten"),
				null);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("Variable 'n' has an invalid value: Expected a value that can be converted "
				+ "to type 'Int' but it was a 'String'");
		assertThat(reply.classification()).isEqualTo("ValidationError");
	}

	@Test
	void messagesAreInEnglishWhateverTheAcceptLanguage() {
		Reply reply = this.http.query("{ nope }", Map.of(), null, "Accept-Language", "de");

		assertThat(reply.error()).isEqualTo("Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' "
				+ "is undefined");
	}

	private static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

}
