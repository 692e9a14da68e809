package org.diplomacygraph.ingest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diplomacygraph.RepositoryTest;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.audit.WriteLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Ids and sort keys order in SQL as {@link String#compareTo} orders them, whatever the database's
 * default collation: keyset paging orders root connections in SQL and nested ones in Java, and
 * compares cursors both ways (on PostgreSQL, db/vendor/postgresql makes these columns "C").
 */
@RepositoryTest
class KeyOrderTests {

	// A collation that ignores spaces and punctuation (glibc's en_US.UTF-8, say) sorts "aa" before
	// "a b" and "…-abc" before "…-ab-z"; code points sort them the other way round.
	private static final List<String> KEYS = List.of("aa", "a b", "ab", "a-c", "b");

	private static final List<String> IDS = List.of("key-order-abc", "key-order-ab-z", "key-order-ab",
			"key-order-a", "key-order-b");

	// ?1 stands for the id, ?2 for the key.
	private static final String ARTICLE = "insert into article (id, content_hash, title_key, title_key_desc,"
			+ " published_sort, published_sort_desc, language, text) values (?1, ?1, ?2, ?2, 0, 0, 'en', 'text')";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\?([12])");

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> keysOrderByCodePoints() {
		return Stream.of(
				arguments("article", "title_key", ARTICLE), arguments("article", "title_key_desc", ARTICLE),
				arguments("organisation", "name_key", "insert into organisation (id, name, name_key, search_text, kind)"
						+ " values (?1, 'name', ?2, '|', 'PARTY')"),
				arguments("person", "name_key",
						"insert into person (id, name, name_key, search_text) values (?1, 'name', ?2, '|')"),
				arguments("meeting", "title_key", "insert into meeting (id, title, title_key, kind, date_sort,"
						+ " date_sort_desc) values (?1, 'title', ?2, 'TALKS', 0, 0)"),
				arguments("agreement", "title_key", "insert into agreement (id, title, title_key, kind, signed_sort,"
						+ " signed_sort_desc) values (?1, 'title', ?2, 'MOU', 0, 0)"));
	}

	@ParameterizedTest(name = "{0}.{1}")
	@MethodSource
	void keysOrderByCodePoints(String table, String key, String insert) {
		String jdbcInsert = PLACEHOLDER.matcher(insert).replaceAll("?");
		List<String> placeholders = PLACEHOLDER.matcher(insert).results().map((match) -> match.group(1)).toList();
		for (int i = 0; i < KEYS.size(); i++) {
			int row = i;
			this.jdbc.update(jdbcInsert, placeholders.stream()
				.map((placeholder) -> placeholder.equals("1") ? IDS.get(row) : KEYS.get(row))
				.toArray());
		}
		String rows = " from " + table + " where id like 'key-order-%'";
		List<String> keys = KEYS.stream().sorted().toList();
		List<String> ids = IDS.stream().sorted().toList();

		assertThat(this.jdbc.queryForList("select " + key + rows + " order by " + key, String.class)).isEqualTo(keys);
		assertThat(this.jdbc.queryForList("select id" + rows + " order by id", String.class)).isEqualTo(ids);
		// The keyset condition of the next page agrees with the order.
		for (int i = 0; i < keys.size(); i++) {
			assertThat(this.jdbc.queryForList("select " + key + rows + " and " + key + " > ? order by " + key,
					String.class, keys.get(i)))
				.isEqualTo(keys.subList(i + 1, keys.size()));
			assertThat(this.jdbc.queryForList("select id" + rows + " and id > ? order by id", String.class, ids.get(i)))
				.isEqualTo(ids.subList(i + 1, ids.size()));
		}
	}

}
