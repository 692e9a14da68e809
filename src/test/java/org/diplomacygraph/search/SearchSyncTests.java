package org.diplomacygraph.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.diplomacygraph.DiplomacyGraphApplication;
import org.diplomacygraph.QuietConsole;
import org.diplomacygraph.TestKeys;
import org.diplomacygraph.person.Person;
import org.diplomacygraph.place.Country;
import org.diplomacygraph.values.GlobalId;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two application instances on one database, as in production behind a load balancer: a write
 * through instance A becomes searchable through instance B within a few seconds (B's poller reads
 * the changes A recorded and reindexes them from the database). On H2 both share an in-memory
 * database of their own; under {@code -Ppostgres}, a database of their own on the test server.
 * Either way no other test class sees these writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSyncTests {

	/** Far more than the sync interval (1 s) plus a poll on two busy cores. */
	static final Duration DEADLINE = Duration.ofSeconds(20);

	ConfigurableApplicationContext a;

	ConfigurableApplicationContext b;

	HttpGraphQlTester editorOfA;

	HttpGraphQlTester readerOfB;

	JdbcTemplate jdbc;

	@BeforeAll
	void start() throws SQLException {
		String url = database();
		this.a = instance(url);
		this.b = instance(url);
		this.editorOfA = tester(this.a).mutate().header("Authorization", TestKeys.bearer(TestKeys.EDITOR)).build();
		this.readerOfB = tester(this.b);
		this.jdbc = this.a.getBean(JdbcTemplate.class);
	}

	@AfterAll
	void stop() {
		if (this.b != null) {
			this.b.close();
		}
		if (this.a != null) {
			this.a.close();
		}
	}

	@Test
	void anAliasAddedThroughAIsFoundThroughB() {
		String person = GlobalId.encode("Person", firstPerson(0));
		assertThat(searchB("quorvantik")).doesNotContain(person);

		run(this.editorOfA, "AddAlias", Map.of("input", Map.of("id", person, "alias", "Quorvantik")))
			.path("addAlias.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		long delay = await("B finds the alias", () -> searchB("quorvantik").equals(List.of(person)));
		System.out.println("SearchSyncTests: an alias added through A was found through B after " + delay + " ms");
	}

	@Test
	void aMergeThroughAMakesBFindTheKeptEntityByTheRemovedName() {
		String keptSlug = firstPerson(1);
		String removedSlug = firstPerson(2);
		String removedName = this.jdbc.queryForObject("select name from person where id = ?", String.class, removedSlug);
		String kept = GlobalId.encode("Person", keptSlug);
		String removed = GlobalId.encode("Person", removedSlug);
		assertThat(searchB(removedName)).first().isEqualTo(removed);

		run(this.editorOfA, "MergeEntities", Map.of("input", Map.of("keepId", kept, "removeId", removed)))
			.path("mergeEntities.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		// Not "until B's search finds the kept one first": search drops hits no longer stored, so that
		// may hold before B has polled at all (it did on PostgreSQL in CI).
		await("B's index forgets the removed person", () -> !indexedByB(Person.class, removedSlug));
		// The same poll reindexed the kept person, with the removed one's name among its aliases.
		List<String> found = searchB(removedName);
		assertThat(found).first().isEqualTo(kept);
		assertThat(found).doesNotContain(removed);
	}

	@Test
	void anArticleIngestedThroughAIsReadAndFoundThroughB() {
		Map<String, Object> input = new java.util.LinkedHashMap<>();
		input.put("title", "Talks in Can Tho");
		input.put("text", "Xavantha Qorbel met the press in Can Tho on Monday.");
		input.put("publisher", "Test Press");
		input.put("language", "en");
		input.put("people", List.of(Map.of("key", "x", "name", "Xavantha Qorbel", "evidence",
				List.of(Map.of("quote", "Xavantha Qorbel")))));
		GraphQlTester.Response response = run(this.editorOfA, "ingest", "IngestArticle", Map.of("input", input));
		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String article = response.path("ingestArticle.article.id").entity(String.class).get();
		String person = response.path("ingestArticle.created[?(@.__typename == 'Person')].id")
			.entityList(String.class)
			.hasSize(1)
			.get()
			.get(0);

		// The article is in the one database at once; its new person is searchable once B has polled.
		run(this.readerOfB, "ingest", "Node", Map.of("id", article)).path("node.articleTitle")
			.entity(String.class)
			.isEqualTo("Talks in Can Tho");
		long delay = await("B finds the ingested person", () -> searchB("xavantha qorbel").equals(List.of(person)));
		System.out.println("SearchSyncTests: a person ingested through A was found through B after " + delay + " ms");
	}

	/**
	 * A subscriber on B over WebSocket receives the change of a write through A (B's change poller
	 * reads what A logged). From the feed's end, so that it does not matter whether the subscription
	 * is in place before the write commits.
	 */
	@Test
	void aSubscriberOfBReceivesTheChangeOfAWriteThroughA() {
		String person = GlobalId.encode("Person", firstPerson(3));
		String end = this.jdbc.queryForObject("select coalesce(max(seq), 0) from change_log", Long.class).toString();
		String cursor = new org.diplomacygraph.paging.Cursor("CHANGED_ASC", end, Instant.now().toString()).encode();
		int port = ((WebServerApplicationContext) this.b).getWebServer().getPort();
		var received = org.springframework.graphql.test.tester.WebSocketGraphQlTester
			.builder(java.net.URI.create("ws://localhost:" + port + "/graphql"),
					new org.springframework.web.reactive.socket.client.StandardWebSocketClient())
			.build()
			.document("subscription ($ids: [ID!], $after: String) { changes(ids: $ids, after: $after) { id kind } }")
			.variable("ids", List.of(person))
			.variable("after", cursor)
			.executeSubscription()
			.toFlux("changes", Map.class)
			.next()
			.toFuture();
		long start = System.nanoTime();
		run(this.editorOfA, "AddAlias", Map.of("input", Map.of("id", person, "alias", "Zelvorant Live")))
			.path("addAlias.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		Map<?, ?> change = received.orTimeout(DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
		assertThat(change.get("id")).isEqualTo(person);
		assertThat(change.get("kind")).isEqualTo("UPDATED");
		System.out.println("SearchSyncTests: a subscriber of B received the change of a write through A after "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	@Test
	void aWriteThroughJpaIsRecordedByItselfAndFollowedByB() {
		inTransactionOfA((entityManager) -> entityManager
			.persist(new Country("zz-jpaland", "Jpalandia", null, List.of("Qorvistan"))));
		await("B finds a country persisted through A",
				() -> searchB("qorvistan").equals(List.of(GlobalId.encode("Country", "zz-jpaland"))));
		assertThat(this.jdbc.queryForList("select kind from change_log where node_type = 'COUNTRY' and node_id = 'zz-jpaland'",
				String.class)).containsExactly("CREATED");

		inTransactionOfA((entityManager) -> entityManager.remove(entityManager.find(Country.class, "zz-jpaland")));
		await("B forgets a country removed through A", () -> !indexedByB(Country.class, "zz-jpaland"));
	}

	@Test
	@ExtendWith(QuietConsole.class)
	void aRolledBackWriteRecordsNothing(QuietConsole.Captured log) {
		TransactionTemplate transactions = new TransactionTemplate(this.a.getBean(PlatformTransactionManager.class));
		transactions.executeWithoutResult((status) -> {
			entityManager(this.a).persist(new Country("zz-rolled-back", "Rollbackia", null, List.of()));
			entityManager(this.a).flush();
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from search_change where entity_id = 'zz-rolled-back'",
				Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from change_log where node_id = 'zz-rolled-back'",
				Long.class)).isZero();
		// The rollback skips the session's before-completion action (SearchChanges), which Hibernate notes
		// once when the session closes; nothing else is logged.
		assertThat(log.getOut().lines().filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ")))
			.allMatch((line) -> line.contains("HHH90010101"));
	}

	@Test
	void aRewriteOfTheGraphMakesBRebuildItsIndex() {
		// Plain SQL, as a corpus rewrite writes: no change row of its own but the rewrite's '*'.
		rewriteThroughA("insert into country (id, name, name_key) values ('zz-rewritten', 'Rewrittenia', 'rewrittenia')");
		await("B finds a country of the rewritten graph",
				() -> searchB("rewrittenia").equals(List.of(GlobalId.encode("Country", "zz-rewritten"))));

		rewriteThroughA("delete from country where id = 'zz-rewritten'");
		await("B's rebuilt index no longer holds a country the rewrite deleted",
				() -> !indexedByB(Country.class, "zz-rewritten"));
		// Rebuilt in place: every entity once, not the old document beside the new one.
		for (Class<?> type : List.of(Person.class, Country.class)) {
			long stored = this.jdbc.queryForObject("select count(*) from " + type.getSimpleName().toLowerCase(), Long.class);
			assertThat(countIndexedByB(type)).as(type.getSimpleName()).isEqualTo(stored);
		}
	}

	@Test
	void anIndexBuiltNowAwaitsTheIdsMissingAmongRecentRows() {
		// Rows of a type no index holds, which the instances' pollers ignore.
		Instant now = Instant.now();
		long settled = insertChange(now.minus(Duration.ofMinutes(5)));
		long held = insertChange(now);
		long last = insertChange(now);
		// As if the transaction holding this id had not committed yet.
		this.jdbc.update("delete from search_change where id = ?", held);

		ChangeCursor cursor = ChangeCursor.now(this.jdbc, Duration.ofMinutes(1), now);

		assertThat(cursor.last()).isEqualTo(last);
		assertThat(cursor.gaps()).containsExactly(held);
		assertThat(cursor.lowestUnseen()).isEqualTo(held - 1).isGreaterThanOrEqualTo(settled);
	}

	private long insertChange(Instant changedAt) {
		this.jdbc.update("insert into search_change (entity_type, entity_id, changed_at) values ('Test', 'x', ?)",
				Timestamp.from(changedAt));
		return this.jdbc.queryForObject("select max(id) from search_change", Long.class);
	}

	/**
	 * Statements and {@link SearchChanges#recordAll} in one transaction of A, as the corpus rewrite
	 * ({@code org.diplomacygraph.CorpusRewrite}) ends its transaction.
	 */
	private void rewriteThroughA(String sql) {
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from search_change", Long.class);
		new TransactionTemplate(this.a.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
			this.jdbc.update(sql);
			this.a.getBean(SearchChanges.class).recordAll();
		});
		assertThat(this.jdbc.queryForList("select entity_type from search_change where id > ?", String.class, before))
			.containsExactly(SearchChanges.ALL);
	}

	private void inTransactionOfA(Consumer<EntityManager> work) {
		new TransactionTemplate(this.a.getBean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> work.accept(entityManager(this.a)));
	}

	private static EntityManager entityManager(ConfigurableApplicationContext context) {
		return Objects.requireNonNull(
				EntityManagerFactoryUtils.getTransactionalEntityManager(context.getBean(EntityManagerFactory.class)));
	}

	/** Whether B's index holds a document of the entity, whether or not the entity is still stored. */
	private boolean indexedByB(Class<?> type, String id) {
		return new TransactionTemplate(this.b.getBean(PlatformTransactionManager.class)).execute((status) -> Search
			.session(entityManager(this.b))
			.search(type)
			.where((f) -> f.id().matching(id))
			.fetchTotalHitCount() > 0);
	}

	private long countIndexedByB(Class<?> type) {
		return new TransactionTemplate(this.b.getBean(PlatformTransactionManager.class)).execute((status) -> Search
			.session(entityManager(this.b))
			.search(type)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount());
	}

	private String firstPerson(int index) {
		return this.jdbc.queryForList("select id from person order by id", String.class).get(index);
	}

	/** The IDs B's search returns, best first. */
	private List<String> searchB(String query) {
		return run(this.readerOfB, "Search", Map.of("query", query)).path("search[*].node.id")
			.entityList(String.class)
			.get();
	}

	/** Polls until the condition holds, failing after the deadline; the milliseconds it took. */
	private static long await(String what, BooleanSupplier condition) {
		long start = System.nanoTime();
		long deadline = start + DEADLINE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Not within " + DEADLINE + ": " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("Interrupted while waiting until " + what);
			}
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static GraphQlTester.Response run(GraphQlTester tester, String operation, Map<String, Object> variables) {
		return run(tester, "curation", operation, variables);
	}

	private static GraphQlTester.Response run(GraphQlTester tester, String document, String operation,
			Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester.documentName(document).operationName(operation);
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

	private static ConfigurableApplicationContext instance(String url) {
		return new SpringApplicationBuilder(DiplomacyGraphApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.main.banner-mode=off");
	}

	private static HttpGraphQlTester tester(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		WebTestClient.Builder client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port + "/graphql")
			.responseTimeout(Duration.ofSeconds(30));
		return HttpGraphQlTester.builder(client).responseTimeout(Duration.ofSeconds(30)).build();
	}

	/**
	 * A database of the two instances alone: in memory on H2; on the PostgreSQL server of the
	 * {@code postgres} profile (Surefire's environment, see the pom), a fresh one beside the tests'.
	 */
	private static String database() throws SQLException {
		String profiles = Objects.requireNonNullElse(System.getenv("SPRING_PROFILES_ACTIVE"), "");
		String url = System.getenv("DIPLOMACY_DB_URL");
		if (!profiles.contains("postgres") || url == null) {
			return "jdbc:h2:mem:search-sync;DB_CLOSE_DELAY=-1";
		}
		String user = Objects.requireNonNullElse(System.getenv("DIPLOMACY_DB_USER"), "postgres");
		String password = Objects.requireNonNullElse(System.getenv("DIPLOMACY_DB_PASSWORD"), "");
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists diplomacy_search_sync with (force)");
			statement.execute("create database diplomacy_search_sync");
		}
		return url.replaceFirst("/[^/?]+(\\?|$)", "/diplomacy_search_sync$1");
	}

}
