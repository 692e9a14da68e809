package org.diplomacygraph.web;

import jakarta.servlet.RequestDispatcher;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error controller on what the servlet container forwards to it, including what cannot be
 * provoked over HTTP on purpose: an uncaught exception (500) says "Internal error" and nothing of
 * the exception.
 */
class ErrorEndpointTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ErrorEndpoint endpoint = new ErrorEndpoint(JSON);

	@Test
	void anUncaughtExceptionIs500WithoutItsMessageOrClass() {
		MockHttpServletRequest request = forwarded(500, "/graphql");
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new IllegalStateException("/home/app/data/diplomacy.mv.db is gone"));

		ResponseEntity<String> response = this.endpoint.error(request);

		assertThat(response.getStatusCode().value()).isEqualTo(500);
		assertThat(JSON.readTree(response.getBody())).isEqualTo(JSON.readTree(
				"{\"errors\":[{\"message\":\"Internal error\",\"extensions\":{\"classification\":\"INTERNAL_ERROR\"}}]}"));
		assertThat(response.getBody()).doesNotContain("IllegalStateException").doesNotContain("diplomacy.mv.db");
	}

	@Test
	void anotherClientErrorNamesItsStatusAndPath() {
		ResponseEntity<String> response = this.endpoint.error(forwarded(413, "/graphql"));

		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(JSON.readTree(response.getBody()).path("errors").get(0).path("message").asString())
			.isEqualTo("413 Content Too Large: /graphql");
	}

	@Test
	void aForwardedStatusThatIsNoErrorIs500() {
		assertThat(this.endpoint.error(forwarded(200, "/x")).getStatusCode().value()).isEqualTo(500);
	}

	private static MockHttpServletRequest forwarded(int status, String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
		return request;
	}

}
