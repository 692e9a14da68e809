package org.diplomacygraph.ingest;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.CorpusRewrite;
import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.diplomacygraph.curation.WriteFixture.run;

/**
 * A corpus rewrite at start-up (the corpus files changed) replaces the whole graph: the curation made
 * through the API is replayed onto it in the same transaction, so an added alias and merges (of places and
 * of meetings) survive, in the store and in the search index rebuilt after the load.
 */
@WriteApiTest
class CorpusRewriteCurationTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CorpusRewrite rewrite;

	@Autowired
	CorpusProperties properties;

	@Test
	void aRewriteReplaysAliasesAndMerges() {
		HttpGraphQlTester editor = WriteFixture.editor(this.tester);
		this.tester = WriteFixture.anonymous(this.tester);
		String person = GlobalId.encode("Person", "yu-luming");
		String kept = GlobalId.encode("Place", "quang-tri");
		String removed = GlobalId.encode("Place", "dong-nai");
		run(editor, "curation", "AddAlias", Map.of("input", Map.of("id", person, "alias", "Qwertzu Luming")))
			.path("addAlias.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		run(editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", kept, "removeId", removed)))
			.path("mergeEntities.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		// A merge of two meetings (as if an editor had found them one event), with a participant in both.
		String keptMeeting = GlobalId.encode("Meeting", "huong-yu-luming-talks");
		String removedMeeting = GlobalId.encode("Meeting", "hang-yu-luming-reception");
		run(editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", keptMeeting, "removeId", removedMeeting)))
			.path("mergeEntities.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		Map<String, Object> merged = meetingRows("huong-yu-luming-talks");
		assertThat(merged.get("participants").toString()).contains("huong-yu-luming-talks#yu-luming");

		// As if the corpus files had changed since the graph was written.
		this.jdbc.update("update corpus_state set fingerprint = 'changed'");
		assertThat(this.rewrite.load(this.properties.location())).as("rewritten").isTrue();

		assertThat(this.jdbc.queryForList("select alias from person_alias where person_id = 'yu-luming'", String.class))
			.containsOnlyOnce("Qwertzu Luming");
		assertThat(this.jdbc.queryForList("select id from place where id = 'dong-nai'", String.class)).isEmpty();
		run(this.tester, "curation", "Nodes", Map.of("ids", List.of(removed)))
			.path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(kept);
		run(this.tester, "curation", "Search", Map.of("query", "qwertzu"))
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo(person);
		run(this.tester, "curation", "Search", Map.of("query", "dong nai"))
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo(kept);
		// The meeting merge is replayed: the same participations (re-keyed), evidence and claims.
		assertThat(this.jdbc.queryForList("select id from meeting where id = 'hang-yu-luming-reception'", String.class))
			.isEmpty();
		assertThat(meetingRows("huong-yu-luming-talks")).isEqualTo(merged);
		run(this.tester, "curation", "Nodes", Map.of("ids", List.of(removedMeeting)))
			.path("nodes[0].id")
			.entity(String.class)
			.isEqualTo(keptMeeting);
		assertThat(WriteFixture.underivedIds(this.jdbc)).isEmpty();
		assertThat(WriteFixture.orphans(this.jdbc)).isEmpty();
	}

	@Test
	void aReplayThatFailsRollsTheWholeRewriteBack() {
		String fingerprint = this.jdbc.queryForObject("select fingerprint from corpus_state", String.class);
		// An action of a type that does not exist: the curation replay, the rewrite's last step but one, fails.
		this.jdbc.update("insert into curation_action (action, entity_type, target_id, alias) "
				+ "values ('ADD_ALIAS', 'NO_SUCH_TYPE', 'yu-luming', 'Nobody')");
		this.jdbc.update("update corpus_state set fingerprint = 'changed'");
		Map<String, List<Map<String, Object>>> before = WriteFixture.snapshot(this.jdbc);
		long changes = this.jdbc.queryForObject("select count(*) from search_change", Long.class);
		try {
			assertThatException().isThrownBy(() -> this.rewrite.load(this.properties.location()));

			// Neither the new graph, nor the ingest replay, nor the search changes were committed.
			assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
			assertThat(this.jdbc.queryForObject("select fingerprint from corpus_state", String.class))
				.isEqualTo("changed");
			assertThat(this.jdbc.queryForObject("select count(*) from search_change", Long.class)).isEqualTo(changes);
		}
		finally {
			this.jdbc.update("delete from curation_action where entity_type = 'NO_SUCH_TYPE'");
			this.jdbc.update("update corpus_state set fingerprint = ?", fingerprint);
		}
	}

	/** What a meeting has that a merge changes: its participations, and its and their evidence and claims. */
	private Map<String, Object> meetingRows(String meeting) {
		return Map.of("participants",
				this.jdbc.queryForList("select id, role, capacity_id from participant where meeting_id = ? order by id",
						meeting),
				"evidence", this.jdbc.queryForList("select subject_type, subject_id, aspect, quote from evidence where "
						+ "subject_id = ? or subject_id like ? order by subject_type, subject_id, aspect, quote", meeting,
						meeting + "#%"),
				"claims", this.jdbc.queryForList("select subject_type, subject_id, field, claimed, article_id from claim "
						+ "where subject_id = ? or subject_id like ? order by subject_type, subject_id, field, claimed, "
						+ "article_id", meeting, meeting + "#%"),
				"date", this.jdbc.queryForList("select held_on, kind, part_of_id from meeting where id = ?", meeting));
	}

}
