package org.diplomacygraph.live;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/** Subscriptions over WebSocket and the change feed, on the write tests' database and context. */
@WriteApiTest
class LiveApiTests {

	static final String PERSON = GlobalId.encode("Person", "nguyen-lan-huong");

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient client;

	HttpGraphQlTester editor;

	WebSocketGraphQlTester socket;

	@BeforeEach
	void testers() {
		this.editor = WriteFixture.editor(this.tester);
		this.tester = WriteFixture.anonymous(this.tester);
		this.socket = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.build();
	}

	@Test
	void aSubscriberOverWebSocketReceivesTheChangeOfAWrite() {
		// From the feed's end: whether the subscription starts before or after the write commits,
		// the write's change comes, once.
		String end = endCursor();
		var next = this.socket.documentName("live")
			.operationName("ChangesLive")
			.variable("ids", List.of(PERSON))
			.variable("after", end)
			.executeSubscription()
			.toFlux("changes", Map.class)
			.take(2)
			.collectList()
			.toFuture();
		addAlias("Huong Live");
		addAlias("Huong Live Again");
		List<Map> changes = next.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
		assertThat(changes).extracting((change) -> change.get("id")).containsExactly(PERSON, PERSON);
		assertThat(changes).extracting((change) -> change.get("kind")).containsExactly("UPDATED", "UPDATED");
		assertThat(changes).extracting((change) -> (Object) ((Map<?, ?>) change.get("node")).get("id"))
			.containsExactly(PERSON, PERSON);
	}

	@Test
	void theFeedListsTheChangeOfAWriteWithItsAuditEntry() {
		String end = endCursor();
		addAlias("Huong Feed");
		GraphQlTester.Response feed = run(this.editor, "live", "Changes", Map.of("after", end));
		feed.errors().verify();
		feed.path("changes.nodes[*].id").entityList(String.class).containsExactly(PERSON);
		feed.path("changes.nodes[0].kind").entity(String.class).isEqualTo("UPDATED");
		feed.path("changes.nodes[0].audit.operation").entity(String.class).isEqualTo("addAlias");
		feed.path("changes.nodes[0].node.id").entity(String.class).isEqualTo(PERSON);
	}

	@Test
	void theFeedFiltersByTypeAndPagesWithoutGapOrDuplicate() {
		String end = endCursor();
		addAlias("Huong Paged One");
		addAlias("Huong Paged Two");
		GraphQlTester.Response first = run(this.tester, "live", "Changes", Map.of("after", end, "first", 1));
		first.path("changes.nodes[*].id").entityList(String.class).containsExactly(PERSON);
		first.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("changes.pageInfo.endCursor").entity(String.class).get();
		first.path("changes.edges[0].cursor").entity(String.class).isEqualTo(cursor);
		GraphQlTester.Response second = run(this.tester, "live", "Changes", Map.of("after", cursor));
		second.path("changes.nodes[*].id").entityList(String.class).containsExactly(PERSON);
		second.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		assertThat(second.path("changes.nodes[0].cursor").entity(String.class).get()).isNotEqualTo(cursor);
		run(this.tester, "live", "Changes", Map.of("after", end, "types", List.of("MEETING", "AGREEMENT")))
			.path("changes.nodes")
			.entityList(Object.class)
			.hasSize(0);
		// The audit entry is the editors': others get null, not an error.
		first.path("changes.nodes[0].audit").valueIsNull();
	}

	@Test
	void aMalformedCursorIsABadRequest() {
		var error = new org.diplomacygraph.Api(this.tester).error("live", "Changes", Map.of("after", "nonsense"));
		assertThat(error.message()).isEqualTo("`after` is not a valid cursor: 'nonsense'; pass a cursor returned by this connection");
		assertThat(error.classification()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aCursorOlderThanTheRetentionIsExpired() {
		String old = new Cursor("CHANGED_ASC", "1", "2020-01-01T00:00:00Z").encode();
		var error = new org.diplomacygraph.Api(this.tester).error("live", "Changes", Map.of("after", old));
		assertThat(error.message()).isEqualTo("`after` is the cursor of a change of 2020-01-01T00:00:00Z, older than "
				+ "the changes kept (`diplomacy.changes.retention`: 30d); read the graph afresh, then follow the "
				+ "changes from the newest one");
		assertThat(error.classification()).isEqualTo("CURSOR_EXPIRED");
	}

	@Test
	void aRefusedWriteLogsNoChange() {
		long changes = this.jdbc.queryForObject("select count(*) from change_log", Long.class);
		run(this.tester, "curation", "AddAlias", Map.of("input", Map.of("id", PERSON, "alias", "Nope"))).errors()
			.satisfy((errors) -> assertThat(errors).hasSize(1));
		run(this.editor, "curation", "AddAlias", Map.of("input", Map.of("id", PERSON, "alias", "")))
			.errors()
			.satisfy((errors) -> {
			});
		assertThat(this.jdbc.queryForObject("select count(*) from change_log", Long.class)).isEqualTo(changes);
	}

	@Test
	void aSubscriberOverServerSentEventsReceivesTheChangeOfAWrite() {
		String end = endCursor();
		addAlias("Huong Sse");
		String event = this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("query", "subscription ($after: String) { changes(after: $after) { id kind } }",
					"variables", Map.of("after", end)))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody()
			.filter((data) -> data.contains(PERSON))
			.blockFirst(Duration.ofSeconds(20));
		assertThat(event).isEqualTo("{\"data\":{\"changes\":{\"id\":\"" + PERSON + "\",\"kind\":\"UPDATED\"}}}");
	}

	@Test
	void aSubscriptionPostedForOneJsonAnswerIsABadRequest() {
		this.client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "subscription { articleAdded { id } }"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("A subscription needs a stream: subscribe over WebSocket (graphql-transport-ws) at this path, "
					+ "or POST with `Accept: text/event-stream` for server-sent events");
	}

	@Test
	void aConnectionHoldsAtMostTenSubscriptions() {
		String end = endCursor();
		addAlias("Huong Limited");
		// Eleven at once on one connection: each one started sends the change after `end` at once.
		// Each kept open (a client that took its first event and stays subscribed).
		List<java.util.concurrent.CompletableFuture<String>> outcomes = new java.util.ArrayList<>();
		List<reactor.core.Disposable> open = new java.util.ArrayList<>();
		for (int i = 0; i < 11; i++) {
			java.util.concurrent.CompletableFuture<String> outcome = new java.util.concurrent.CompletableFuture<>();
			outcomes.add(outcome);
			open.add(this.socket.documentName("live")
				.operationName("ChangesLive")
				.variable("after", end)
				.executeSubscription()
				.toFlux()
				.subscribe((response) -> {
					// A refused subscription is answered with its errors and no data.
					List<String> messages = new java.util.ArrayList<>();
					response.errors().satisfy((errors) -> errors.forEach((error) -> messages.add(error.getMessage())));
					outcome.complete(messages.isEmpty() ? "event" : "error: " + messages);
				}, (ex) -> outcome.complete("error: " + ex.getMessage())));
		}
		List<String> results = outcomes.stream()
			.map((outcome) -> outcome.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join())
			.toList();
		open.forEach(reactor.core.Disposable::dispose);
		assertThat(results).filteredOn((result) -> result.equals("event")).hasSize(10);
		assertThat(results).filteredOn((result) -> !result.equals("event"))
			.singleElement()
			.asString()
			.contains("The connection holds 11 subscriptions with this one; at most 10 are allowed "
					+ "(`diplomacy.limits.max-subscriptions-per-connection`)");
	}

	/** Where the feed ends now: the cursor of the newest change. */
	String endCursor() {
		String after = null;
		while (true) {
			GraphQlTester.Response page = run(this.tester, "live", "Changes",
					(after != null) ? Map.of("after", after) : Map.of());
			page.errors().verify();
			Map<?, ?> info = page.path("changes.pageInfo").entity(Map.class).get();
			if (info.get("endCursor") != null) {
				after = (String) info.get("endCursor");
			}
			if (!Boolean.TRUE.equals(info.get("hasNextPage"))) {
				return after;
			}
		}
	}

	void addAlias(String alias) {
		run(this.editor, "curation", "AddAlias", Map.of("input", Map.of("id", PERSON, "alias", alias))).path(
				"addAlias.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

}
