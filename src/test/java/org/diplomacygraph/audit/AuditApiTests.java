package org.diplomacygraph.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.WriteApiTest;
import org.diplomacygraph.curation.WriteFixture;
import org.diplomacygraph.values.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomacygraph.curation.WriteFixture.run;

/** The audit log: what a write records, that refused writes record nothing, who may read it, and paging. */
@WriteApiTest
class AuditApiTests {

	static final String PERSON = GlobalId.encode("Person", "nguyen-lan-huong");

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	JdbcTemplate jdbc;

	HttpGraphQlTester editor;

	@BeforeEach
	void testers() {
		this.editor = WriteFixture.editor(this.tester);
		this.tester = WriteFixture.anonymous(this.tester);
	}

	@Test
	void aWriteIsRecordedWithWhoWhenWhatAndWhichIds() {
		Instant before = Instant.now().minusSeconds(1);
		addAlias("Huong the Auditor");

		GraphQlTester.Response log = run(this.editor, "audit", "AuditLog", Map.of("first", 1));
		log.errors().verify();
		log.path("auditLog.nodes[0].actor").entity(String.class).isEqualTo("test-editor");
		log.path("auditLog.nodes[0].operation").entity(String.class).isEqualTo("addAlias");
		log.path("auditLog.nodes[0].summary")
			.entity(String.class)
			.isEqualTo("added the alias 'Huong the Auditor' to Person 'Nguyễn Lan Hương' (nguyen-lan-huong)");
		log.path("auditLog.nodes[0].subjectIds").entityList(String.class).containsExactly(PERSON);
		Instant recordedAt = Instant.parse(log.path("auditLog.nodes[0].recordedAt").entity(String.class).get());
		assertThat(recordedAt).isBetween(before, Instant.now().plusSeconds(1));
	}

	@Test
	void aMergeRecordsBothIds() {
		String kept = GlobalId.encode("Organisation", "vietnam-red-cross");
		String removed = GlobalId.encode("Organisation", "vietnam-cuba-youth-network");
		run(this.editor, "curation", "MergeEntities", Map.of("input", Map.of("keepId", kept, "removeId", removed)))
			.errors()
			.verify();

		GraphQlTester.Response log = run(this.editor, "audit", "AuditLog", Map.of("first", 1));
		log.path("auditLog.nodes[0].operation").entity(String.class).isEqualTo("mergeEntities");
		log.path("auditLog.nodes[0].subjectIds").entityList(String.class).containsExactly(kept, removed);
		assertThat(log.path("auditLog.nodes[0].summary").entity(String.class).get())
			.startsWith("merged Organisation '")
			.contains("(vietnam-cuba-youth-network) into '");
	}

	@Test
	void refusedWritesAreNotRecorded() {
		var before = WriteFixture.snapshot(this.jdbc);
		long entries = WriteFixture.auditEntries(this.jdbc);
		run(this.tester, "curation", "AddAlias", Map.of("input", Map.of("id", PERSON, "alias", "Nope"))).errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(String.valueOf(error.getErrorType())).isEqualTo("UNAUTHORIZED");
				assertThat(error.getPath()).isEqualTo("addAlias");
			}));
		run(WriteFixture.reader(this.tester), "curation", "AddAlias",
				Map.of("input", Map.of("id", PERSON, "alias", "Nope")))
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(String.valueOf(error.getErrorType())).isEqualTo("FORBIDDEN");
				assertThat(error.getMessage())
					.isEqualTo("The API key 'test-reader' has the role reader; this operation needs the role editor");
			}));
		GraphQlTester.Response blank = run(this.editor, "curation", "AddAlias",
				Map.of("input", Map.of("id", PERSON, "alias", " ")));
		blank.path("addAlias.userErrors[*].code").entityList(String.class).containsExactly("REQUIRED");
		blank.path("addAlias.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("`alias` must contain at least one letter or digit");
		assertThat(WriteFixture.auditEntries(this.jdbc)).isEqualTo(entries);
		assertThat(WriteFixture.snapshot(this.jdbc)).isEqualTo(before);
	}

	@Test
	void onlyEditorsReadTheLog() {
		assertError(this.tester, "UNAUTHORIZED",
				"This operation needs the header `Authorization: Bearer <api key>` with the key of an editor");
		assertError(WriteFixture.reader(this.tester), "FORBIDDEN",
				"The API key 'test-reader' has the role reader; this operation needs the role editor");
	}

	@Test
	void theLogPagesNewestFirstBothWays() {
		for (int i = 1; i <= 3; i++) {
			addAlias("Paging alias " + i);
		}
		GraphQlTester.Response first = run(this.editor, "audit", "AuditLog", Map.of("first", 2));
		assertThat(first.path("auditLog.nodes[*].summary").entityList(String.class).get()).satisfiesExactly(
				(summary) -> assertThat(summary).contains("'Paging alias 3'"),
				(summary) -> assertThat(summary).contains("'Paging alias 2'"));
		first.path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("auditLog.totalCount").entity(Long.class).isEqualTo(WriteFixture.auditEntries(this.jdbc));
		String end = first.path("auditLog.pageInfo.endCursor").entity(String.class).get();

		GraphQlTester.Response next = run(this.editor, "audit", "AuditLog", Map.of("first", 1, "after", end));
		assertThat(next.path("auditLog.nodes[0].summary").entity(String.class).get()).contains("'Paging alias 1'");
		next.path("auditLog.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String start = next.path("auditLog.pageInfo.startCursor").entity(String.class).get();

		GraphQlTester.Response back = run(this.editor, "audit", "AuditLog", Map.of("last", 2, "before", start));
		assertThat(back.path("auditLog.nodes[*].summary").entityList(String.class).get())
			.isEqualTo(first.path("auditLog.nodes[*].summary").entityList(String.class).get());
	}

	private void addAlias(String alias) {
		run(this.editor, "curation", "AddAlias", Map.of("input", Map.of("id", PERSON, "alias", alias)))
			.path("addAlias.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static void assertError(GraphQlTester tester, String classification, String message) {
		run(tester, "audit", "AuditLog", Map.of()).errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).isEqualTo(message);
			assertThat(String.valueOf(errors.get(0).getErrorType())).isEqualTo(classification);
			assertThat(errors.get(0).getPath()).isEqualTo("auditLog");
		});
	}

}
