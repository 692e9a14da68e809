package org.diplomacygraph.web;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.diplomacygraph.GraphQlSliceTest;
import org.diplomacygraph.NodeStandIn;
import org.diplomacygraph.QuietConsole;
import org.diplomacygraph.values.GlobalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unexpected failure reaches the client as an opaque INTERNAL_ERROR with an error ID, and the
 * server log as the full cause under the same ID.
 */
@GraphQlSliceTest
@ExtendWith(QuietConsole.class)
class ErrorClassificationTests {

	@Autowired
	GraphQlTester graphQl;

	/** {@code node} fails as a broken database would make it fail. */
	@Autowired
	NodeStandIn nodes;

	@BeforeEach
	void brokenDatabase() {
		this.nodes.fail(new PersistenceException("could not execute statement [select p1_0.slug from person p1_0] "
				+ "org.h2.jdbc.JdbcSQLSyntaxErrorException"));
	}

	@AfterEach
	void clearNodes() {
		this.nodes.clear();
	}

	@Test
	void anInternalFailureShowsNoInternalsButAnIdTheLogHas(QuietConsole.Captured log) {
		this.graphQl.documentName("slice-node")
			.operationName("Node")
			.variable("id", GlobalId.encode("Person", "to-lam"))
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				var error = errors.get(0);
				assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
				String errorId = (String) error.getExtensions().get("errorId");
				assertThat(errorId).matches("[0-9a-f-]{36}");
				assertThat(error.getMessage()).isEqualTo("Internal error; quote error ID " + errorId + " when reporting it");
				assertThat(error.getPath()).isEqualTo("node");
				assertThat(log.getOut()).contains("Internal error " + errorId + " at /node")
					.contains("select p1_0.slug from person p1_0");
			});
	}

}
