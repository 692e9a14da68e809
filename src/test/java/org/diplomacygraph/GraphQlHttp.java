package org.diplomacygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * A plain HTTP client for the GraphQL endpoint: what a client without a GraphQL library sends, and
 * all it sees back (status, headers, body), for tests of the transport and of refusals.
 */
public final class GraphQlHttp {

	public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI endpoint;

	public GraphQlHttp(int port) {
		this.endpoint = URI.create("http://localhost:" + port + "/graphql");
	}

	/** The text of {@code graphql-test/<name>.graphql}. */
	public static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** POSTs a GraphQL request as a spec-following client does, asking for graphql-response+json. */
	public Reply query(String query, Map<String, Object> variables, String operationName, String... headers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		body.put("operationName", operationName);
		List<String> all = new ArrayList<>(List.of("Accept", GRAPHQL_RESPONSE));
		all.addAll(List.of(headers));
		return post("application/json", JSON.writeValueAsString(body), all.toArray(String[]::new));
	}

	public Reply query(String query) {
		return query(query, Map.of(), null);
	}

	/** Runs an operation of a test document. */
	public Reply operation(String document, String operation, Map<String, Object> variables) {
		return query(document(document), variables, operation);
	}

	public Reply post(String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, headers);
	}

	/** POSTs raw bytes, which need not be UTF-8. */
	public Reply post(String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType);
		return send(request, headers);
	}

	/** GETs with the given URL parameters, encoded. */
	public Reply get(Map<String, String> parameters, String... headers) {
		StringBuilder url = new StringBuilder(this.endpoint.toString()).append('?');
		parameters.forEach((name, value) -> url.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
			.append('&'));
		return send(HttpRequest.newBuilder(URI.create(url.toString())).GET(), headers);
	}

	public Reply send(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = json(response.body());
			return new Reply(response.statusCode(), response.headers(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// A CORS refusal, say, is plain text: its body is no JSON.
	private static JsonNode json(String body) {
		try {
			return body.isEmpty() ? null : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** An HTTP response with its JSON body, if it has one. */
	public record Reply(int status, HttpHeaders headers, JsonNode body) {

		public String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		/** The message of the only error; fails if there is not exactly one. */
		public String error() {
			JsonNode errors = this.body.path("errors");
			if (errors.size() != 1) {
				throw new AssertionError("Expected one error, got " + this.body);
			}
			return errors.get(0).path("message").asString();
		}

		public String classification() {
			return this.body.path("errors").get(0).path("extensions").path("classification").asString();
		}

		public JsonNode cost() {
			return this.body.path("extensions").path("cost");
		}

	}

}
