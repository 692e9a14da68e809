package org.diplomacygraph.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.DiplomacyGraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;

/**
 * The server under benchmark: the application itself, started in this JVM on a random port with
 * the {@code synthetic} profile (on an H2 file, or with the {@code postgres} profile on the
 * benchmark's PostgreSQL server), plus the bench-only statement counter and JDBC baseline endpoint.
 * Every server property the benchmark sets is in {@link #properties}, in one place: switch off
 * request limits or rate limits there should they refuse the load.
 */
final class BenchServer implements AutoCloseable {

	static final long SEED = 1;

	private final ConfigurableApplicationContext context;

	private final StatementCounter statements;

	private BenchServer(ConfigurableApplicationContext context, StatementCounter statements) {
		this.context = context;
		this.statements = statements;
	}

	/**
	 * Every server setting of the benchmark; {@code postgres} is the JDBC URL of the benchmark's
	 * PostgreSQL database, or {@code null} for the H2 file of the scale under {@code dataDir}.
	 */
	static Map<String, Object> properties(BigDecimal scale, boolean batching, Path dataDir, String postgres) {
		String size = scale.stripTrailingZeros().toPlainString();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", (postgres != null) ? "synthetic,postgres" : "synthetic");
		properties.put("server.port", 0);
		properties.put("diplomacy.data-dir", dataDir.toAbsolutePath());
		properties.put("diplomacy.synthetic.scale", size);
		properties.put("diplomacy.synthetic.seed", SEED);
		// Named here too: the test class path's config/application.properties points at memory.
		if (postgres != null) {
			properties.put("spring.datasource.url", postgres);
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
		}
		else {
			properties.put("spring.datasource.url",
					"jdbc:h2:file:" + dataDir.toAbsolutePath() + "/synthetic-" + size + "-" + SEED + ";CACHE_SIZE=262144");
		}
		properties.put("spring.datasource.hikari.maximum-pool-size", 16);
		// The naive baseline: the same resolvers with DataLoader batching off.
		properties.put("diplomacy.graphql.batching", batching);
		// Statements are counted by StatementCounter, for GraphQL and JDBC alike.
		properties.put("spring.jpa.properties.hibernate.generate_statistics", false);
		// Request limits (main's diplomacy.limits.*, ignored where absent): one client sends thousands of
		// requests a minute, and a naive nested page may take seconds on a loaded machine.
		properties.put("diplomacy.limits.points-per-minute", 0);
		properties.put("diplomacy.limits.timeout", "120s");
		// The admission bound stays as shipped (executions at once), but a request may wait for it as
		// long as the load generator waits, and the points of nested pages in flight are not bounded.
		properties.put("diplomacy.limits.max-queue-wait", "120s");
		// wrk abandons the requests in flight when a run ends; on the naive server they go on running
		// and queue behind the next run's.
		properties.put("diplomacy.limits.max-queued", 100_000);
		properties.put("diplomacy.limits.max-points-in-flight", Long.MAX_VALUE);
		// One server on its database: no polling for other instances' search changes during the runs.
		properties.put("diplomacy.search.sync-interval", "1h");
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.org.hibernate.search.mapper.massindexing", "warn");
		return properties;
	}

	static BenchServer start(BigDecimal scale, boolean batching, Path dataDir) {
		return start(scale, batching, dataDir, null);
	}

	/** The server on the {@code postgres} profile over the JDBC URL {@code postgres} (filled if empty). */
	static BenchServer start(BigDecimal scale, boolean batching, Path dataDir, String postgres) {
		StatementCounter statements = new StatementCounter();
		List<String> args = new ArrayList<>();
		properties(scale, batching, dataDir, postgres).forEach((key, value) -> args.add("--" + key + "=" + value));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(DiplomacyGraphApplication.class)
			.initializers((GenericApplicationContext ctx) -> {
				ctx.getBeanFactory().addBeanPostProcessor(statements);
				ctx.registerBean("jdbcBaselineRoutes", RouterFunction.class,
						() -> new JdbcBaseline(ctx.getBean(JdbcTemplate.class)).routes());
			})
			.run(args.toArray(String[]::new));
		return new BenchServer(context, statements);
	}

	URI uri(String path) {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	long statements() {
		return this.statements.count();
	}

	JdbcTemplate jdbc() {
		return this.context.getBean(JdbcTemplate.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
