package org.diplomacygraph;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Shortcuts for end-to-end tests: run a named operation of a test document and read names or errors. */
public final class Api {

	private final GraphQlTester tester;

	public Api(GraphQlTester tester) {
		this.tester = tester;
	}

	/** Runs an operation of {@code graphql-test/<document>.graphql} with variables, expecting no errors. */
	public GraphQlTester.Response run(String document, String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.tester.documentName(document).operationName(operation);
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

	/** The {@code name} of each node of a root connection of {@code api-connections.graphql}. */
	public List<String> names(String operation, String field, Map<String, Object> variables) {
		return run("api-connections", operation, variables).path(field + ".nodes[*].name")
			.entityList(String.class)
			.get();
	}

	/** The one error an operation answers with: message, classification and path. */
	public Error error(String document, String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.tester.documentName(document).operationName(operation);
		variables.forEach(request::variable);
		Error[] found = new Error[1];
		request.execute().errors().satisfy((errors) -> {
			if (errors.size() != 1) {
				throw new AssertionError("Expected one error, got " + errors);
			}
			var error = errors.get(0);
			found[0] = new Error(error.getMessage(), String.valueOf(error.getErrorType()), error.getPath());
		});
		return found[0];
	}

	/** An error as a client sees it. */
	public record Error(String message, String classification, String path) {
	}

}
