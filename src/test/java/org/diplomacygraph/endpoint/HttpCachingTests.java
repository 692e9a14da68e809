package org.diplomacygraph.endpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCachingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ServerRequest get(String... headers) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/graphql");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		return ServerRequest.create(request, List.of(new JacksonJsonHttpMessageConverter()));
	}

	private static WebGraphQlResponse answer(Object data, boolean withError) {
		var result = ExecutionResultImpl.newExecutionResult().data(data);
		if (withError) {
			result.addError(GraphqlErrorBuilder.newError().message("not found").build());
		}
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
				ExecutionInput.newExecutionInput("{ x }").build(), result.build()));
	}

	@Test
	void maxAgeZeroMakesCachesRevalidateWithTheEtag() {
		HttpCaching caching = new HttpCaching(new Caching(1000, Duration.ZERO), JSON);
		WebGraphQlResponse response = answer(Map.of("x", 1), false);

		String etag = caching.prepare(get(), response, MediaType.APPLICATION_JSON);

		assertThat(response.getResponseHeaders().getCacheControl()).isEqualTo("public, no-cache");
		assertThat(response.getResponseHeaders().getETag()).isEqualTo(etag).matches("\"[\\w-]{22}\"");
	}

	@Test
	void theEtagFollowsDataAndMediaTypeButNotExtensions() {
		HttpCaching caching = new HttpCaching(new Caching(1000, Duration.ofSeconds(30)), JSON);
		WebGraphQlResponse one = answer(Map.of("x", 1), false);
		WebGraphQlResponse withExtensions = one.transform((builder) -> builder.extensions(Map.of("cost", 5)));

		String etag = caching.prepare(get(), one, MediaType.APPLICATION_JSON);

		assertThat(one.getResponseHeaders().getCacheControl()).isEqualTo("public, max-age=30");
		assertThat(caching.prepare(get(), withExtensions, MediaType.APPLICATION_JSON)).isEqualTo(etag);
		assertThat(caching.prepare(get(), answer(Map.of("x", 2), false), MediaType.APPLICATION_JSON)).isNotEqualTo(etag);
		assertThat(caching.prepare(get(), answer(Map.of("x", 1), false), MediaType.parseMediaType(
				"application/graphql-response+json"))).isNotEqualTo(etag);
	}

	@Test
	void anAnswerWithErrorsIsNoStore() {
		HttpCaching caching = new HttpCaching(new Caching(1000, Duration.ofSeconds(60)), JSON);
		WebGraphQlResponse response = answer(Map.of("x", 1), true);

		assertThat(caching.prepare(get(), response, MediaType.APPLICATION_JSON)).isNull();
		assertThat(response.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(response.getResponseHeaders().getETag()).isNull();
	}

	@Test
	void ifNoneMatchComparesWeaklyInAListOrWithAStar() {
		String etag = "\"abc\"";
		assertThat(HttpCaching.notModified(get("If-None-Match", "\"abc\""), etag)).isTrue();
		assertThat(HttpCaching.notModified(get("If-None-Match", "W/\"abc\""), etag)).isTrue();
		assertThat(HttpCaching.notModified(get("If-None-Match", "\"x\", \"abc\""), etag)).isTrue();
		assertThat(HttpCaching.notModified(get("If-None-Match", "*"), etag)).isTrue();
		assertThat(HttpCaching.notModified(get("If-None-Match", "\"abcd\""), etag)).isFalse();
		assertThat(HttpCaching.notModified(get(), etag)).isFalse();
	}

}
