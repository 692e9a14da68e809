package org.diplomacygraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the export's URLs: status, headers and body as a client sees them. */
final class ExportHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	ExportHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	String base() {
		return this.base;
	}

	/** GETs a path of the server with headers given as name, value, name, value... */
	Reply get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).GET();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	record Reply(int status, java.net.http.HttpHeaders headers, String body) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		JsonNode json() {
			return ExportHttp.json(this.body);
		}

	}

}
