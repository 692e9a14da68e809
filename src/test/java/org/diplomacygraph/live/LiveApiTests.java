package org.diplomacygraph.live;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;


import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/** Subscriptions over WebSocket and the change feed, on the write tests' database and context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WriteFixture.DATABASE)
@AutoConfigureHttpGraphQlTester
class LiveApiTests {

	static final String PERSON = GlobalId.encode("Person", "nguyen-lan-huong");

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

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
		System.out.println("LOG " + this.jdbc.queryForList("select * from change_log order by seq desc fetch first 3 rows only"));
		GraphQlTester.Response feed = run(this.editor, "live", "Changes", Map.of("after", end));
		feed.errors().verify();
		feed.path("changes.nodes[*].id").entityList(String.class).containsExactly(PERSON);
		feed.path("changes.nodes[0].kind").entity(String.class).isEqualTo("UPDATED");
		feed.path("changes.nodes[0].audit.operation").entity(String.class).isEqualTo("addAlias");
		feed.path("changes.nodes[0].node.id").entity(String.class).isEqualTo(PERSON);
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
