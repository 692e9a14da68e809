package org.diplomacygraph.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.security.ApiKeys.ApiKey;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code Authorization: Bearer <api key>} header. Without the header
 * the request goes on anonymous (reads are public; mutations then refuse it). A header that is not a
 * configured key is refused at once, for reads too, with 401 and a GraphQL-shaped UNAUTHORIZED
 * error (RFC 6750 {@code invalid_token}): a client with a mistyped key learns it on its first
 * request, and made-up keys cannot buy fresh rate-limit buckets.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final Map<String, ApiKey> keys;

	private final JsonMapper json;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiKeyFilter(Map<String, ApiKey> keys, JsonMapper json) {
		this.keys = keys;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				|| authorization.substring(BEARER.length()).isBlank()) {
			refuse(response, "The Authorization header must be `Bearer <api key>`");
			return;
		}
		ApiKey key = ApiKeys.find(this.keys, authorization.substring(BEARER.length()).strip()).orElse(null);
		if (key == null) {
			refuse(response, "The API key in the Authorization header is not valid");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(key.name(), key.role()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	private void refuse(HttpServletResponse response, String message) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("classification", ErrorType.UNAUTHORIZED.name()));
		this.json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
	}

}
