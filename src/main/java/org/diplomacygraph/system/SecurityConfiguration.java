package org.diplomacygraph.system;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Spring Security for an API of public reads and keyed writes. Every URL is open at the HTTP level
 * (GraphQL reads, GraphiQL and its assets, Actuator, as before); the {@link ApiKeyFilter} only says
 * who is calling, and each mutation checks the role itself with {@code @PreAuthorize}, which is where
 * an operation, not a URL, can be told apart. Stateless: no session, no cookie, hence no CSRF
 * protection either, since a browser never adds a bearer key to a forged request by itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(ApiKeys.class)
class SecurityConfiguration {

	/** Only when serving HTTP: {@code --validate} and other non-web runs have no filters to chain. */
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeys apiKeys, JsonMapper json) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			// GET queries may be cached by proxies (README, curl): Spring Security's no-cache header would forbid it.
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			.addFilterBefore(new ApiKeyFilter(apiKeys.byDigest(), json), AnonymousAuthenticationFilter.class)
			.build();
	}

	/** No users, no passwords: keeps Spring Boot from creating its default user and logging a password. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
