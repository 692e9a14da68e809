package org.diplomacygraph.ingest;

import java.util.List;
import java.util.Map;

import org.diplomacygraph.CorpusRewrite;
import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/**
 * A corpus rewrite at start-up replaces the whole graph: the articles ingested through the API are
 * ingested again, with the same IDs, before the curation is replayed (which may name their entities).
 */
@WriteApiTest
class CorpusRewriteIngestTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CorpusRewrite rewrite;

	@Autowired
	CorpusProperties properties;

	@Test
	void aRewriteIngestsTheIngestedArticlesAgainWithTheSameIdsBeforeTheCurationReplay() {
		HttpGraphQlTester editor = WriteFixture.editor(this.tester);
		this.tester = WriteFixture.anonymous(this.tester);
		String text = "Minister Pham Thi Rewra met Luis Antonio Torres Iribar in Havana on May 5, 2026.";
		Map<String, Object> input = IngestApiTests.minimal(text);
		input.put("people", List.of(IngestApiTests.map("key", "rewra", "name", "Phạm Thị Rewra", "evidence",
				IngestApiTests.quotes("Minister Pham Thi Rewra"), "positions", List.of(IngestApiTests.map("key",
						"minister", "title", "Minister", "country", GlobalId.encode("Country", "vietnam"), "evidence",
						IngestApiTests.quotes("Minister Pham Thi Rewra"))))));
		input.put("meetings", List.of(IngestApiTests.map("title", "Rewra meets Torres Iribar", "kind", "talks", "date",
				"2026-05-05", "dateEvidence", IngestApiTests.quotes("on May 5, 2026"), "place",
				GlobalId.encode("Place", "havana"), "placeEvidence", IngestApiTests.quotes("in Havana"), "evidence",
				IngestApiTests.quotes("met Luis Antonio Torres Iribar"), "participants", List.of(
						IngestApiTests.map("person", "rewra", "role", "guest", "capacity", "minister", "evidence",
								IngestApiTests.quotes("Pham Thi Rewra met")),
						IngestApiTests.map("person", GlobalId.encode("Person", "luis-antonio-torres-iribar"), "role", "host",
								"evidence", IngestApiTests.quotes("Luis Antonio Torres Iribar"))))));
		GraphQlTester.Response response = run(editor, "ingest", "IngestArticle", Map.of("input", input));
		response.path("ingestArticle.userErrors").entityList(Object.class).hasSize(0);
		String article = response.path("ingestArticle.article.id").entity(String.class).get();
		List<String> created = response.path("ingestArticle.created[*].id").entityList(String.class).get();
		String person = GlobalId.encode("Person", "pham-thi-rewra");
		assertThat(created).contains(person, GlobalId.encode("Position", "pham-thi-rewra/minister"),
				GlobalId.encode("Meeting", "rewra-meets-torres-iribar"));
		// Curation of an ingested entity: replayable only once the article is there again.
		run(editor, "curation", "AddAlias", Map.of("input", Map.of("id", person, "alias", "Madame Rewra")))
			.path("addAlias.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		long evidence = this.jdbc.queryForObject("select count(*) from evidence where article_id = ?", Long.class,
				GlobalId.decode(article).orElseThrow().id());

		// As if the corpus files had changed since the graph was written.
		this.jdbc.update("update corpus_state set fingerprint = 'changed'");
		assertThat(this.rewrite.load(this.properties.location())).as("rewritten").isTrue();

		run(this.tester, "ingest", "Node", Map.of("id", article))
			.path("node.id")
			.entity(String.class)
			.isEqualTo(article);
		run(this.tester, "curation", "Nodes", Map.of("ids", created))
			.path("nodes[*].id")
			.entityList(String.class)
			.isEqualTo(created);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where article_id = ?", Long.class,
				GlobalId.decode(article).orElseThrow().id())).isEqualTo(evidence);
		GraphQlTester.Response after = run(this.tester, "ingest", "PersonEvidence", Map.of("id", person));
		after.path("node.aliases").entityList(String.class).contains("Madame Rewra");
		after.path("node.meetings.nodes[0].participants[*].person.id")
			.entityList(String.class)
			.contains(person, GlobalId.encode("Person", "luis-antonio-torres-iribar"));
		run(this.tester, "ingest", "Search", Map.of("query", "madame rewra"))
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo(person);
	}

}
