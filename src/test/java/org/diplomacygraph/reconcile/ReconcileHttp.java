package org.diplomacygraph.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client of the reconciliation API, as OpenRefine is one: URL parameters and form posts. */
final class ReconcileHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	ReconcileHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	/** GETs a path of the API with URL parameters, given as name, value, name, value... */
	Reply get(String path, String... parameters) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path + query(parameters))).GET());
	}

	/** POSTs a form to a path of the API, with headers given as name, value... */
	Reply post(String path, Map<String, String> form, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().map().entrySet().stream()
				.collect(Collectors.toMap((header) -> header.getKey().toLowerCase(java.util.Locale.ROOT),
						(header) -> String.join(", ", header.getValue()), (a, b) -> a, LinkedHashMap::new)),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String url(String path) {
		return this.base + path;
	}

	private static String query(String... parameters) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < parameters.length; i += 2) {
			map.put(parameters[i], parameters[i + 1]);
		}
		return map.isEmpty() ? "" : "?" + encode(map);
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** A response: status, headers (names in lower case), body, and the body as JSON if it is JSON. */
	record Reply(int status, Map<String, String> headers, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (JacksonException ex) {
				throw new AssertionError("Not JSON: " + this.body, ex);
			}
		}

		/** The message of the only error. */
		String error() {
			JsonNode errors = json().path("errors");
			if (errors.size() != 1) {
				throw new AssertionError("Expected one error, got " + this.body);
			}
			return errors.get(0).path("message").asString();
		}

		String header(String name) {
			return this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
		}

	}

}
