package org.diplomacygraph.ingest;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations over a graph stored by an earlier version, which the loader does not rewrite while
 * the corpus is unchanged: the migrations themselves must bring the stored rows up to date.
 */
class MigrationTests {

	private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
			"jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

	private final JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

	@Test
	void aStoredGraphGetsTitleKeysWithUntitledArticlesLastAndTheEnclosureOfEveryPlace() {
		migrate("1");
		this.jdbc.update("insert into article (id, content_hash, title, title_key, published_sort, "
				+ "published_sort_desc, language, text) values ('titled', 'h1', 'Hà Nội', 'ha noi', 1, 1, 'en', 't'), "
				+ "('untitled', 'h2', null, '', 2, 2, 'en', 't')");
		this.jdbc.update("insert into country (id, name) values ('cuba', 'Cuba')");
		this.jdbc.update("insert into place (id, name, kind, country_id, within_id) values "
				+ "('havana', 'Havana', 'CITY', 'cuba', null)");
		this.jdbc.update("insert into place (id, name, kind, country_id, within_id) values "
				+ "('palace', 'Palace', 'BUILDING', 'cuba', 'havana')");
		this.jdbc.update("insert into place (id, name, kind, country_id, within_id) values "
				+ "('hall', 'Hall', 'BUILDING', 'cuba', 'palace')");

		migrate(null);

		assertThat(this.jdbc.queryForList("select id, title_key, title_key_desc from article order by id"))
			.containsExactly(Map.of("ID", "titled", "TITLE_KEY", "1ha noi", "TITLE_KEY_DESC", "1ha noi"),
					Map.of("ID", "untitled", "TITLE_KEY", "2", "TITLE_KEY_DESC", "0"));
		assertThat(this.jdbc.queryForList(
				"select place_id || ' in ' || enclosing_id from place_enclosure order by 1", String.class))
			.isEqualTo(List.of("hall in hall", "hall in havana", "hall in palace", "havana in havana",
					"palace in havana", "palace in palace"));
	}

	private void migrate(String target) {
		var configuration = Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

}
