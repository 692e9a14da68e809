package org.diplomacygraph.ingest;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

	@Test
	void aStoredGraphIsRewrittenAtTheNextStartUpToGetTheKeysOfItsArticlesAndWritesHaveTheirLock() {
		migrate("8");
		this.jdbc.update("insert into article (id, content_hash, title_key, title_key_desc, published_sort, "
				+ "published_sort_desc, language, url, text) values ('old', 'h1', '2', '0', 1, 1, 'en', 'https://x.org/a', 't')");
		this.jdbc.update("insert into corpus_state (id, fingerprint, loaded_at) values (1, 'f', current_timestamp)");

		migrate(null);

		// The keys need Java's Unicode tables: the loader writes them, as it finds no fingerprint stored.
		assertThat(this.jdbc.queryForList("select id from article where text_key is null and url_key is null", String.class))
			.containsExactly("old");
		assertThat(this.jdbc.queryForObject("select count(*) from corpus_state", Integer.class)).isZero();
		assertThat(this.jdbc.queryForList("select id, version from write_lock")).containsExactly(Map.of("ID", 1, "VERSION", 0L));
		// Each key identifies one article; articles without a URL are many.
		String insert = "insert into article (id, content_hash, title_key, title_key_desc, published_sort, "
				+ "published_sort_desc, language, text, text_key, url_key) values (?, ?, '2', '0', 1, 1, 'en', 't', ?, ?)";
		this.jdbc.update(insert, "a", "h2", "k1", null);
		this.jdbc.update(insert, "b", "h3", "k2", null);
		this.jdbc.update(insert, "c", "h4", "k3", "u1");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, "d", "h5", "k1", null));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, "e", "h6", "k4", "u1"));
	}

	private void migrate(String target) {
		var configuration = Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

}
