package org.diplomacygraph.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.diplomacygraph.search.SearchChanges;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With the {@code synthetic} profile, fills the store with a generated graph instead of the article
 * corpus (whose loader the profile switches off), for benchmarks at scale. It runs while the
 * application starts, before the search index is built from the store (search/SearchIndexer, as
 * for any start without a corpus load), and keeps a graph already generated with the same scale and
 * seed. It refuses to touch a store that holds the real corpus.
 */
@Component
@Profile("synthetic")
@EnableConfigurationProperties(SyntheticProperties.class)
class SyntheticGraphLoader implements InitializingBean {

	private static final Log logger = LogFactory.getLog(SyntheticGraphLoader.class);

	/** Tables in an order in which rows can be deleted without breaking a foreign key. */
	private static final List<String> DELETES = List.of("delete from evidence", "delete from signatory",
			"delete from agreement_party", "delete from agreement_field", "delete from agreement",
			"delete from participant", "delete from meeting_organisation", "delete from meeting_topic",
			"delete from meeting", "delete from person_position", "delete from person_alias", "delete from person",
			"delete from organisation_alias", "update organisation set parent_id = null", "delete from organisation",
			"delete from place_alias", "delete from place_enclosure", "update place set within_id = null",
			"delete from place",
			"delete from country_alias", "delete from country", "delete from article", "delete from corpus_state");

	private final SyntheticProperties properties;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	/** The entity manager factory is only awaited: it is built after Flyway has migrated the schema. */
	SyntheticGraphLoader(SyntheticProperties properties, DataSource dataSource, JdbcTemplate jdbc,
			EntityManagerFactory migrated) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		String fingerprint = this.properties.fingerprint();
		String stored = this.jdbc.query("select fingerprint from corpus_state where id = 1",
				(rows) -> rows.next() ? rows.getString(1) : null);
		if (fingerprint.equals(stored)) {
			logger.info("Kept the synthetic graph (" + fingerprint + ")");
			return;
		}
		if (stored != null && !stored.startsWith("synthetic:")) {
			throw new IllegalStateException("The synthetic profile would overwrite the article corpus at "
					+ this.jdbc.execute((Connection connection) -> connection.getMetaData().getURL())
					+ "; point spring.datasource.url at a database of its own");
		}
		long start = System.nanoTime();
		SyntheticGraph graph = new SyntheticGraph(this.properties.scale(), this.properties.seed(),
				this.properties.summitShare().doubleValue());
		String summary;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				for (String delete : DELETES) {
					statement.executeUpdate(delete);
				}
			}
			summary = graph.write(connection);
			try (var state = connection
				.prepareStatement("insert into corpus_state (id, fingerprint, loaded_at) values (1, ?, ?)")) {
				state.setString(1, fingerprint);
				state.setTimestamp(2, Timestamp.from(Instant.now()));
				state.executeUpdate();
			}
			// Other instances on this database rebuild their search index.
			SearchChanges.recordAll(connection);
			connection.commit();
		}
		logger.info("Generated the synthetic graph (" + fingerprint + ") in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms: " + summary);
	}

}
