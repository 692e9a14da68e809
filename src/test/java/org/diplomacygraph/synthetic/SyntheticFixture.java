package org.diplomacygraph.synthetic;

import java.math.BigDecimal;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;

import org.diplomacygraph.Statements;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.search.SearchIndexer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A synthetic graph in the store of the write tests ({@link org.diplomacygraph.WriteApiTest}) for one
 * test class, as the {@code synthetic} profile makes it at start-up: what the API wrote is cleared,
 * the {@link SyntheticGraphLoader} generates the graph of these properties over the corpus, the
 * search index is rebuilt from the store. The class ends with {@code WriteFixture.freshStore}.
 */
final class SyntheticFixture {

	private SyntheticFixture() {
	}

	static void generate(ApplicationContext context, String scale, long seed, String summitShare) throws SQLException {
		WriteFixture.clearWrites(context);
		SyntheticProperties properties = new SyntheticProperties(new BigDecimal(scale), seed,
				new BigDecimal(summitShare));
		new SyntheticGraphLoader(properties, context.getBean(DataSource.class), context.getBean(JdbcTemplate.class),
				context.getBean(EntityManagerFactory.class))
			.afterPropertiesSet();
		context.getBean(SearchIndexer.class).build();
		// The index sync sees the rewrite the loader recorded and rebuilds the index once more.
		Statements.awaitQuiet(context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics());
	}

}
