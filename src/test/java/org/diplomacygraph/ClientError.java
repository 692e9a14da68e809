package org.diplomacygraph;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error as a client reads it from a GraphQL response: {@code extensions.classification},
 * {@code message} and {@code path}.
 */
public record ClientError(String classification, String message, List<Object> path) {

	public static ClientError badRequest(String message, Object... path) {
		return new ClientError("BAD_REQUEST", message, List.of(path));
	}

	public static ClientError notFound(String message, Object... path) {
		return new ClientError("NOT_FOUND", message, List.of(path));
	}

	/**
	 * Asserts that the response, in its serialised form, carries exactly these errors in this order;
	 * the returned traversable reads the response's data.
	 */
	public static GraphQlTester.Traversable assertErrors(GraphQlTester.Response response, ClientError... expected) {
		List<ClientError> actual = errorsOf(response);
		return response.errors().satisfy((errors) -> assertThat(actual).containsExactly(expected));
	}

	@SuppressWarnings("unchecked")
	private static List<ClientError> errorsOf(GraphQlTester.Response response) {
		Map<String, Object> specification = response.returnResponse().toMap();
		List<Map<String, Object>> errors = (List<Map<String, Object>>) specification.getOrDefault("errors", List.of());
		return errors.stream().map((error) -> {
			Map<String, Object> extensions = (Map<String, Object>) error.getOrDefault("extensions", Map.of());
			return new ClientError(String.valueOf(extensions.get("classification")), (String) error.get("message"),
					(List<Object>) error.get("path"));
		}).toList();
	}

}
