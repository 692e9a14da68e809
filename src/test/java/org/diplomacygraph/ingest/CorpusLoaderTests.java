package org.diplomacygraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.diplomacygraph.RepositoryTest;
import org.diplomacygraph.claim.ServedValues;
import org.diplomacygraph.article.ArticleIdentity;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.ingest.CorpusException.Defect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The loader against a real database: idempotent, all-or-nothing, and never leaving the store
 * changed by a defective corpus. It reads and writes as the corpus rewrite
 * ({@code org.diplomacygraph.CorpusRewrite}) does, without the replays (no API writes here).
 */
@RepositoryTest
// The load runs its own transaction; the test must see what it committed or rolled back.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CorpusLoaderTests {

	private static final List<String> TABLES = List.of("article", "country", "country_alias", "place", "place_alias",
			"organisation", "organisation_alias", "person", "person_alias", "person_position", "meeting",
			"meeting_topic", "meeting_organisation", "participant", "agreement", "agreement_field", "agreement_party",
			"signatory", "evidence", "corpus_state");

	@Autowired
	CorpusWriter writer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@TempDir
	Path directory;

	@BeforeEach
	void loadThePackagedCorpus() {
		this.jdbc.update("delete from corpus_state");
		load(TestCorpus.LOCATION);
	}

	/** Read, then written in a transaction of its own; true if written. */
	private boolean load(String location) {
		CorpusLoader loader = new CorpusLoader(this.writer);
		CorpusLoader.Checked corpus = loader.read(location);
		return new TransactionTemplate(this.transactionManager).execute((status) -> loader.write(corpus));
	}

	@Test
	void theFiveArticlesAreLoaded() {
		assertThat(count("article")).isEqualTo(5);
		assertThat(count("person")).isEqualTo(16);
		assertThat(count("organisation")).isEqualTo(27);
		assertThat(count("place")).isEqualTo(11);
		assertThat(count("country")).isEqualTo(4);
		assertThat(count("meeting")).isEqualTo(9);
		assertThat(count("agreement")).isEqualTo(7);
		// 246 quotes of facts and 121 of names (the evidence of the articles' name and alias claims).
		assertThat(count("evidence")).isEqualTo(367);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where aspect = 'NAME'", Long.class))
			.isEqualTo(121);
		assertThat(count("claim")).isEqualTo(268);
	}

	@Test
	void loadingTheSameCorpusAgainWritesNothing() {
		Map<String, List<String>> before = dump(true);

		assertThat(load(TestCorpus.LOCATION)).isFalse();

		assertThat(dump(true)).isEqualTo(before);
	}

	@Test
	void rewritingTheSameCorpusGivesTheSameGraphWithTheSameIds() {
		Map<String, List<String>> before = dump(false);
		this.jdbc.update("delete from corpus_state");

		assertThat(load(TestCorpus.LOCATION)).isTrue();

		assertThat(dump(false)).isEqualTo(before);
	}

	@Test
	void articlesStoredBeforeTheyHadIdentityKeysGetThemAtTheNextStartUp() {
		// As V10 leaves a graph stored before it: no keys, and no fingerprint, so that the loader rewrites it.
		this.jdbc.update("update article set text_key = null, url_key = null");
		this.jdbc.update("delete from corpus_state");

		assertThat(load(TestCorpus.LOCATION)).isTrue();

		List<Map<String, Object>> articles = this.jdbc.queryForList("select text, url, text_key, url_key from article");
		assertThat(articles).hasSize(5).allSatisfy((row) -> {
			assertThat(row.get("TEXT_KEY")).isEqualTo(ArticleIdentity.textKey((String) row.get("TEXT")));
			assertThat(row.get("URL_KEY")).isEqualTo(ArticleIdentity.urlKey((String) row.get("URL")));
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("defects")
	void aDefectStopsTheLoadAndLeavesTheStoreAsItWas(String what, String file, String from, String to,
			Defect expected) {
		Map<String, List<String>> before = dump(true);
		String location = TestCorpus.fiveArticles().replace(file, from, to).writeTo(this.directory);

		CorpusException failure = catchThrowableOfType(CorpusException.class, () -> load(location));

		assertThat(failure.getDefects()).containsExactly(expected);
		assertThat(dump(true)).isEqualTo(before);
	}

	static Stream<Arguments> defects() {
		String talks = "001_1fb4e21c4332bc45.yaml";
		String entry = "meetings[dung-torres-iribar-talks-2023-06-09]";
		return Stream.of(
				Arguments.of("quote not found", talks, "evidence: \"Dung briefed his guest\"",
						"evidence: \"Dung briefed the guest\"", new Defect(talks,
								entry + ".participants[dinh-tien-dung]",
								"evidence: quote \"Dung briefed the guest\" not found in 001_1fb4e21c4332bc45.txt")),
				Arguments.of("unknown reference", talks, "    meeting: dung-torres-iribar-talks-2023-06-09\n    fields: [party",
						"    meeting: talks-that-never-were\n    fields: [party",
						new Defect(talks, "agreements[hanoi-havana-cooperation-2023-2028]",
								"meeting: unknown meeting 'talks-that-never-were' (not defined in any file of the corpus)")),
				Arguments.of("duplicate id", talks, "  - id: havana-party-committee",
						"  - id: hanoi-party-committee",
						new Defect(talks, "organisations[hanoi-party-committee]",
								"duplicate id 'hanoi-party-committee' in this file")),
				Arguments.of("impossible date", talks, "date: \"2023-06-09\"", "date: \"2023-06-39\"",
						new Defect(talks, entry, "date: impossible date '2023-06-39'")),
				Arguments.of("malformed file", talks, "kind: talks", "kind: [talks",
						new Defect(talks, "meetings[1].kind",
								"malformed YAML at line 124, column 11: Cannot deserialize value of type `java.lang.String` from Array value (token `JsonToken.START_ARRAY`)")));
	}

	@Test
	void aFailureWhileWritingRollsBackEverything() {
		Map<String, List<String>> before = dump(true);
		// Valid to the loader, but longer than the title column: the database refuses it halfway.
		String location = TestCorpus.fiveArticles()
			.replace("004_1a6ee8431759ad64.yaml", "title: Hanoi promotes sustainable relations with Beijing",
					"title: " + "x".repeat(600))
			.writeTo(this.directory);

		assertThatException().isThrownBy(() -> load(location));

		assertThat(dump(true)).isEqualTo(before);
	}

	@Test
	void everyStoredQuoteEqualsTheArticleTextAtItsOffsets() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select e.quote, e.start_offset, e.end_offset, a.text
				from evidence e join article a on a.id = e.article_id""");
		assertThat(rows).hasSize(367).allSatisfy((row) -> {
			String text = (String) row.get("TEXT");
			assertThat(text.substring((Integer) row.get("START_OFFSET"), (Integer) row.get("END_OFFSET")))
				.isEqualTo(row.get("QUOTE"));
		});
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	/**
	 * Every row of every table, sorted; with {@code exact} false the values a rewrite may change
	 * (evidence's surrogate key, the load time) are left out.
	 */
	private Map<String, List<String>> dump(boolean exact) {
		Map<String, List<String>> tables = new TreeMap<>();
		for (String table : TABLES) {
			List<String> rows = new ArrayList<>();
			for (Map<String, Object> row : this.jdbc.queryForList("select * from " + table)) {
				if (!exact) {
					row.remove(table.equals("evidence") ? "ID" : "");
					row.remove(table.equals("corpus_state") ? "LOADED_AT" : "");
				}
				rows.add(row.toString());
			}
			rows.sort(null);
			tables.put(table, rows);
		}
		return tables;
	}

}
