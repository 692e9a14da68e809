package org.diplomacygraph.paging;

import java.time.Duration;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.diplomacygraph.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diplomacy.graphql.batching=false}, the benchmark's naive baseline, switches batching off by
 * configuration alone (set in the running application of the API tests here): the same resolvers then cost one statement per source, so a bigger page
 * costs more statements, and the answer stays the same.
 */
@ApiTest
class BatchingSwitchTests {

	@Autowired
	ConfigurableEnvironment environment;

	/** The property, set while each test runs (the registry reads it as each request makes its DataLoaders). */
	@BeforeEach
	void batchingOff() {
		this.graphQlTester = this.graphQlTester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("batching-off", Map.of("diplomacy.graphql.batching", "false")));
	}

	@AfterEach
	void batchingOn() {
		this.environment.getPropertySources().remove("batching-off");
	}

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
