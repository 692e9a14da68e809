package org.diplomacygraph.paging;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diplomacy.graphql.batching=false}, the benchmark's naive baseline, switches batching off by
 * configuration alone: the same resolvers then cost one statement per source, so a bigger page
 * costs more statements, and the answer stays the same.
 */
@SpringBootTest(properties = "diplomacy.graphql.batching=false")
@AutoConfigureGraphQlTester
class BatchingSwitchTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void withoutBatchingStatementsGrowWithThePage() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		execute(1);
		long one = statistics.getPrepareStatementCount();
		statistics.clear();
		int meetings = execute(100);
		long hundred = statistics.getPrepareStatementCount();

		assertThat(meetings).isGreaterThan(1);
		// The root page, then participants and the evidence of each participant one by one (a
		// participant's person would come joined with it, paging/Joins).
		assertThat(one).isGreaterThan(2);
		assertThat(hundred).isGreaterThan(one + meetings);
	}

	private int execute(int first) {
		return this.graphQlTester.documentName("batching")
			.operationName("ParticipantEvidence")
			.variable("first", first)
			.variable("filter", null)
			.execute()
			.errors()
			.verify()
			.path("meetings.nodes")
			.entityList(Object.class)
			.get()
			.size();
	}

}
