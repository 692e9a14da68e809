package org.diplomacygraph.system;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public endpoint's protection: limits checked before execution, cost accounting and rate
 * limiting, and the HTTP transport that follows GraphQL over HTTP. A configuration rather than
 * components so that {@code @GraphQlTest} slices run their operations unlimited.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
class LimitsConfiguration {

	@Bean
	RateLimiter rateLimiter(Limits limits) {
		if (limits.pointsPerMinute() > 0 && limits.pointsPerMinute() < limits.maxCost()) {
			throw new IllegalStateException("diplomacy.limits.points-per-minute (" + limits.pointsPerMinute()
					+ ") must be 0 (off) or at least diplomacy.limits.max-cost (" + limits.maxCost()
					+ "), or a request within the limits could never be afforded");
		}
		return new RateLimiter(limits.pointsPerMinute(), System::nanoTime);
	}

	@Bean
	CostInstrumentation costInstrumentation(Limits limits, RateLimiter rateLimiter) {
		return new CostInstrumentation(limits, rateLimiter);
	}

	@Bean
	LimitsInterceptor limitsInterceptor(Limits limits, RateLimiter rateLimiter) {
		return new LimitsInterceptor(limits, rateLimiter);
	}

	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	GraphQlHttpEndpoint graphQlHttpHandler(WebGraphQlHandler graphQlHandler, JsonMapper json, Limits limits) {
		return new GraphQlHttpEndpoint(graphQlHandler, json, limits);
	}

	/**
	 * Takes the GraphQL path before Spring Boot's routes do, except for GraphQL over server-sent
	 * events (subscriptions, later), which Boot's routes keep serving.
	 */
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlEndpoint(GraphQlHttpEndpoint endpoint, GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		// Only a client that names text/event-stream wants SSE; curl's and browsers' */* do not.
		RequestPredicate notEventStream = (request) -> request.headers()
			.accept()
			.stream()
			.noneMatch((type) -> type.getType().equals("text") && type.getSubtype().equals("event-stream"));
		return RouterFunctions.route()
			.POST(path, notEventStream, endpoint::post)
			.GET(path, endpoint::get)
			.route(RequestPredicates.path(path).and(notEventStream), endpoint::otherMethod)
			.build();
	}

}
