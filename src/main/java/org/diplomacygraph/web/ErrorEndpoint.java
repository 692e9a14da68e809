package org.diplomacygraph.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code BasicErrorController}: every error the servlet container forwards to
 * {@code /error} (an unknown path, a method a handler does not take, a request Spring Security's
 * firewall rejects, an exception no handler caught) is answered in the GraphQL-shaped JSON of every
 * other refusal, {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}, whatever the
 * {@code Accept} header. The message names the status and the request's path (truncated), never an
 * exception, a class name or a file of the server; a 5xx says only "Internal error". A request for
 * {@code /error} itself is a request for a resource that does not exist: 404 (Boot's controller
 * answered it with 500).
 */
@RestController
public class ErrorEndpoint implements ErrorController {

	/** Longer request paths are cut to this many characters in messages. */
	static final int MAX_ECHOED_PATH = 200;

	private final JsonMapper json;

	ErrorEndpoint(JsonMapper json) {
		this.json = json;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<String> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		boolean forwarded = code instanceof Integer && uri instanceof String;
		HttpStatus status = forwarded ? HttpStatus.resolve((Integer) code) : HttpStatus.NOT_FOUND;
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String path = echoed(forwarded ? (String) uri : request.getRequestURI());
		String message = switch (status) {
			case NOT_FOUND -> "No such resource: " + path;
			// The request's method is not known here: the error dispatch reports its own (GET).
			case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path + " (see the Allow header)";
			default -> status.is5xxServerError() ? "Internal error"
					: status.value() + " " + status.getReasonPhrase() + ": " + path;
		};
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsString(body(classification(status), message)));
	}

	/**
	 * Writes a GraphQL-shaped error straight to a response, for the refusals that happen before
	 * Spring MVC (Spring Security's entry point and access-denied handler).
	 */
	public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, ErrorType classification,
			String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body(classification, message));
	}

	static Map<String, Object> body(ErrorType classification, String message) {
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("classification", classification.name()));
		return Map.of("errors", List.of(error));
	}

	private static ErrorType classification(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			default -> status.is5xxServerError() ? ErrorType.INTERNAL_ERROR : ErrorType.BAD_REQUEST;
		};
	}

	private static String echoed(String path) {
		return (path.length() <= MAX_ECHOED_PATH) ? path : path.substring(0, MAX_ECHOED_PATH) + "…";
	}

}
