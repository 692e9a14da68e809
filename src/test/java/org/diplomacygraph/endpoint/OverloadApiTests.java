package org.diplomacygraph.endpoint;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.diplomacygraph.GraphQlHttp;
import org.diplomacygraph.GraphQlHttp.Reply;
import org.diplomacygraph.QuietConsole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server held to small limits so that they can be reached: a request that runs past the timeout
 * is answered at the timeout, its fields and its running SQL are cancelled and it is logged once;
 * a request beyond the executions allowed at once is turned away at once with 503; a response
 * that grows past its maximum is cancelled and refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplomacy.limits.timeout=1s", "diplomacy.limits.max-concurrent=1",
				"diplomacy.limits.max-queued=0", "diplomacy.limits.max-response-size=4KB" })
@ExtendWith(QuietConsole.class)
class OverloadApiTests {

	static final AtomicReference<ExecutionInput> slowExecution = new AtomicReference<>();

	static final AtomicReference<Throwable> slowSqlFailure = new AtomicReference<>();

	static final CountDownLatch slowSqlEnded = new CountDownLatch(1);

	static volatile CountDownLatch slowStarted = new CountDownLatch(1);

	static final AtomicReference<RequestDeadline> watched = new AtomicReference<>();

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		slowStarted = new CountDownLatch(1);
		awaitIdle();
	}

	@Test
	void aSlowRequestGets503IsCancelledAndLoggedOnce(QuietConsole.Captured output) {
		Reply reply = this.http.query("{ meetings(first: 1) { totalCount } slow: people(first: 1) { totalCount } }");

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.error())
			.isEqualTo("The request ran longer than 1s and was cancelled (`diplomacy.limits.timeout`)");
		assertThat(reply.classification()).isEqualTo("TIMEOUT");
		assertThat(slowExecution.get().isCancelled()).isTrue();
		awaitIdle();
		assertThat(output.getOut().lines().filter((line) -> line.contains("cancelled at the timeout"))).hasSize(1);
		assertThat(output.getOut()).doesNotContain(" ERROR ").doesNotContain("Internal error");

		Reply next = this.http.query("{ meetings(first: 1) { totalCount } }");
		assertThat(next.status()).isEqualTo(200);
	}

	@Test
	void theSqlOfACancelledRequestIsCancelled(QuietConsole.Captured output) throws InterruptedException {
		Reply reply = this.http.query("{ slowSql: people(first: 1) { totalCount } }");

		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(503);
		assertThat(reply.classification()).isEqualTo("TIMEOUT");
		// Without the cancellation the statement would run for minutes.
		assertThat(slowSqlEnded.await(10, TimeUnit.SECONDS)).as("the slow statement ended").isTrue();
		assertThat(slowSqlFailure.get()).hasRootCauseInstanceOf(SQLException.class);
		assertThat(((SQLException) NestedExceptionUtils.getRootCause(slowSqlFailure.get())).getSQLState())
			.as("query cancelled").isEqualTo("57014");
		assertThat(output.getOut()).containsPattern("cancelled at the timeout of 1s after \\d+ ms \\(1 SQL statements cancelled\\)");
		assertThat(output.getOut()).doesNotContain(" ERROR ");
		awaitIdle();
	}

	@Test
	void everyStatementOfARequestIsHeldToItsDeadlineOnWhateverThreadItRuns() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();

		Reply reply = this.http.query("{ watched: meetings(first: 3) { nodes { participants { person { name "
				+ "positions { organisation { name country { name } } } } } place { name } } } }");

		assertThat(reply.status()).isEqualTo(200);
		long statements = statistics.getPrepareStatementCount() - before;
		// The root field and a batch loader per level below it, each on its own thread or not (the
		// participants' people, the posts' organisations and countries come joined, paging/Joins).
		assertThat(statements).isGreaterThan(2);
		assertThat(watched.get().statements()).isEqualTo(statements);
	}

	@Test
	void aRequestBeyondTheExecutionsAllowedIsTurnedAwayAtOnce() throws Exception {
		CompletableFuture<Reply> slow = CompletableFuture
			.supplyAsync(() -> this.http.query("{ slow: people(first: 1) { totalCount } }"));
		assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

		Reply shed = this.http.query("{ meetings(first: 1) { totalCount } }");

		assertThat(shed.status()).isEqualTo(503);
		assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(shed.classification()).isEqualTo("OVERLOADED");
		assertThat(shed.error()).isEqualTo("The server is running as many requests as it can "
				+ "(`diplomacy.limits.max-concurrent`) and 0 more are waiting (`diplomacy.limits.max-queued`); "
				+ "retry after 1 seconds");
		assertThat(shed.body().path("extensions").path("cost").path("actual").asLong()).isZero();
		assertThat(slow.get(10, TimeUnit.SECONDS).classification()).isEqualTo("TIMEOUT");
		awaitIdle();
		assertThat(this.http.query("{ meetings(first: 1) { totalCount } }").status()).isEqualTo(200);
	}

	@Test
	void aResponseOverItsMaximumIsCancelledAndRefused() {
		Reply reply = this.http.query("{ articles(first: 5) { nodes { text } } }");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().has("data")).isFalse();
		assertThat(reply.classification()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(reply.error()).isEqualTo("The response would have more than 4096 bytes; at most 4096 are allowed "
				+ "(`diplomacy.limits.max-response-size`)");
		// The refused execution frees its place when it has ended, which may be just after the answer.
		awaitIdle();
		assertThat(this.http.query("{ articles(first: 1) { nodes { title } } }").status()).isEqualTo(200);
	}

	// The slow fields outlive their requests' answers; the next test waits until they have ended.
	private void awaitIdle() {
		for (int i = 0; i < 100; i++) {
			if (this.http.query("{ __typename }").status() == 200) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** A statement that would run for minutes, on H2 and on PostgreSQL. */
	static ConnectionCallback<Object> slowStatement() {
		return (connection) -> {
			boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
			String sql = postgres ? "select pg_sleep(600)"
					: "select max(a.x * b.x) from system_range(1, 1000000) a, system_range(1, 1000000) b";
			try (var statement = connection.prepareStatement(sql); var result = statement.executeQuery()) {
				return result.next();
			}
		};
	}

	/**
	 * Makes the field aliased {@code slow} take three seconds, as a costly query on a large graph would, and
	 * the field aliased {@code slowSql} run a statement that would take minutes.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowFields {

		@Bean
		Instrumentation slowFields(@Lazy JdbcTemplate jdbc) {
			return new Instrumentation() {
				@Override
				public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
						InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
					String alias = parameters.getEnvironment().getField().getAlias();
					if ("slow".equals(alias)) {
						return (environment) -> {
							slowExecution.set(parameters.getExecutionContext().getExecutionInput());
							slowStarted.countDown();
							Thread.sleep(3000);
							return dataFetcher.get(environment);
						};
					}
					if ("watched".equals(alias)) {
						watched.set(parameters.getEnvironment().getGraphQlContext().get(RequestDeadline.KEY));
					}
					if ("slowSql".equals(alias)) {
						// As Spring for GraphQL runs a controller: with the request's thread-locals.
						return (environment) -> {
							try {
								ContextPropagationHelper.captureFrom(environment.getGraphQlContext())
									.wrap(() -> jdbc.execute(slowStatement()))
									.call();
							}
							catch (Exception ex) {
								slowSqlFailure.set(ex);
								throw ex;
							}
							finally {
								slowSqlEnded.countDown();
							}
							return dataFetcher.get(environment);
						};
					}
					return dataFetcher;
				}
			};
		}

	}

}
