package org.diplomacygraph.security;

import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.web.ErrorEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Spring Security for an API of public reads and keyed writes. Every URL but one is open at the HTTP
 * level (GraphQL reads, the reconciliation API, GraphiQL and its assets, {@code /actuator/health} and
 * {@code /actuator/info});
 * the {@link ApiKeyFilter} only says who is calling, and each mutation checks the role itself with
 * {@code @PreAuthorize}, which is where an operation, not a URL, can be told apart. The exception is
 * {@code /actuator/prometheus}, which needs the key of an {@link Role#OPERATOR operator}: its tags
 * name files of the server (disk space) and exception classes. Health shows its components and
 * their details to operators only ({@code management.endpoint.health.*} in application.properties);
 * anonymous callers see {@code {"status":"UP"}}. Stateless: no session, no cookie, hence no CSRF
 * protection either, since a browser never adds a bearer key to a forged request by itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(ApiKeys.class)
public class SecurityConfiguration {

	/** Only when serving HTTP: {@code --validate} and other non-web runs have no filters to chain. */
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeys apiKeys, JsonMapper json) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("prometheus"))
				.hasRole(Role.OPERATOR.name())
				.anyRequest()
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(noKey(json))
				.accessDeniedHandler(notAnOperator(json)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			// GET queries may be cached by proxies (src/docs/api-guide.md, curl): Spring Security's no-cache header would forbid it.
			// No page may be framed (X-Frame-Options: DENY), but the reconciliation API's preview card, which
			// OpenRefine shows in an iframe of its own origin (its Content-Security-Policy says so).
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.frameOptions((frames) -> frames.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/reconcile/preview")),
						new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY))))
			.addFilterBefore(new ApiKeyFilter(apiKeys.byDigest(), json), AnonymousAuthenticationFilter.class)
			.build();
	}

	/** An operator's endpoint without a key: 401 with a Bearer challenge (RFC 6750, no error code). */
	private static AuthenticationEntryPoint noKey(JsonMapper json) {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			ErrorEndpoint.write(response, json, HttpStatus.UNAUTHORIZED, ErrorType.UNAUTHORIZED,
					"This endpoint needs the header `Authorization: Bearer <api key>` with the key of an operator");
		};
	}

	/** An operator's endpoint with the valid key of another role: 403, naming the key and its role. */
	private static AccessDeniedHandler notAnOperator(JsonMapper json) {
		return (request, response, ex) -> {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			String message = (caller instanceof ApiKeyAuthentication key) ? "The API key '" + key.getName()
					+ "' has the role " + key.getRole().configName() + "; this endpoint needs the role operator"
					: "This endpoint needs the role operator";
			ErrorEndpoint.write(response, json, HttpStatus.FORBIDDEN, ErrorType.FORBIDDEN, message);
		};
	}

	/** No users, no passwords: keeps Spring Boot from creating its default user and logging a password. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
