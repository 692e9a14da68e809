package org.diplomacygraph.place;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 over places and countries stored by an earlier version: every row gets a name key at once
 * (lower case), and the stored corpus is forgotten, so that the loader rewrites the graph with the
 * keys folded in Java at the next start-up.
 */
class NameKeyMigrationTests {

	private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
			"jdbc:h2:mem:name-key-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

	@Test
	void storedPlacesAndCountriesGetANameKeyAndTheGraphIsRewrittenAtTheNextStartUp() {
		migrate("12");
		this.jdbc.update("insert into country (id, name, code) values ('vietnam', 'Việt Nam', 'VN')");
		this.jdbc.update("insert into place (id, name, kind, country_id) values ('hanoi', 'Hà Nội', 'CITY', 'vietnam')");
		this.jdbc.update("insert into corpus_state (id, fingerprint, loaded_at) values (1, 'f', current_timestamp)");

		migrate(null);

		assertThat(this.jdbc.queryForMap("select name_key from country")).isEqualTo(Map.of("NAME_KEY", "việt nam"));
		assertThat(this.jdbc.queryForMap("select name_key from place")).isEqualTo(Map.of("NAME_KEY", "hà nội"));
		assertThat(this.jdbc.queryForObject("select count(*) from corpus_state", Integer.class)).isZero();
	}

	private void migrate(String target) {
		var configuration = Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

}
