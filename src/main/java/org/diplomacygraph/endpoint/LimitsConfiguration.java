package org.diplomacygraph.endpoint;

import javax.sql.DataSource;

import graphql.normalized.ExecutableNormalizedOperationFactory;
import io.micrometer.context.ContextRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public endpoint's protection: limits checked before execution, cost accounting and rate
 * limiting, persisted queries and the document cache, and the HTTP transport that follows GraphQL
 * over HTTP. A configuration rather than
 * components so that {@code @GraphQlTest} slices run their operations unlimited.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ Limits.class, Caching.class, PersistedQueryProperties.class })
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

	/** The same budget for the public endpoints beside GraphQL (the reconciliation API). */
	@Bean
	ClientBudget clientBudget(RateLimiter rateLimiter) {
		return new ClientBudget(rateLimiter);
	}

	/**
	 * Also bounds graphql-java's normalization of an operation (JVM-wide: it has no other setting),
	 * behind {@link DocumentFigures}' bounds: a field on an interface normalizes to one field per
	 * object type when their selections differ, hence the margin.
	 */
	@Bean
	Admission admission(Limits limits) {
		return new Admission(limits.concurrent(), limits.maxQueued(), limits.maxQueueWait(),
				Math.max(limits.maxPointsInFlight(), limits.maxCost()));
	}

	@Bean
	CostInstrumentation costInstrumentation(Limits limits, RateLimiter rateLimiter, Admission admission) {
		ExecutableNormalizedOperationFactory.Options.setDefaultOptions(ExecutableNormalizedOperationFactory.Options
			.defaultOptions()
			.maxFieldsCount(10 * limits.maxFields())
			.maxChildrenDepth(limits.maxDepth() + 1));
		return new CostInstrumentation(limits, rateLimiter, admission);
	}

	@Bean
	SubscriptionCounts subscriptionCounts(Limits limits,
			@Value("${diplomacy.changes.buffer-size:256}") int bufferSize) {
		return new SubscriptionCounts(limits, bufferSize);
	}

	@Bean
	LimitsInterceptor limitsInterceptor(Limits limits, RateLimiter rateLimiter, Admission admission,
			SubscriptionCounts subscriptionCounts) {
		// The request's deadline reaches the threads of its data fetchers and batch loaders.
		ContextRegistry.getInstance().registerThreadLocalAccessor(new RequestDeadline.Accessor());
		return new LimitsInterceptor(limits, rateLimiter, admission, subscriptionCounts);
	}

	/**
	 * The WebSocket transport ({@code graphql-transport-ws}), configured as Spring Boot does, that
	 * tells {@link SubscriptionCounts} of its connections.
	 */
	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	@ConditionalOnProperty("spring.graphql.websocket.path")
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, GraphQlProperties properties,
			GraphQlCorsProperties cors, JsonMapper json, SubscriptionCounts subscriptionCounts) {
		return new LiveWebSocketHandler(graphQlHandler, new JacksonJsonHttpMessageConverter(json),
				properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(),
				cors.toCorsConfiguration(), subscriptionCounts);
	}

	/** Every statement on the application's DataSource is held to its request's deadline. */
	@Bean
	static BeanPostProcessor deadlineDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof DeadlineDataSource))
						? new DeadlineDataSource(dataSource) : bean;
			}
		};
	}

	@Bean
	PersistedQueries persistedQueries(PersistedQueryProperties properties, JsonMapper json) {
		return new PersistedQueries(properties, json);
	}

	/** Parsed and validated documents, reused; the limits are checked for every request all the same. */
	@Bean
	DocumentCache documentCache(Caching caching, CostInstrumentation limits, PersistedQueries persistedQueries) {
		return new DocumentCache(caching.documentCharacters(), limits, persistedQueries);
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer(DocumentCache documentCache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documentCache));
	}

	@Bean
	@ConditionalOnWebApplication(type = Type.SERVLET)
	GraphQlHttpEndpoint graphQlHttpHandler(WebGraphQlHandler graphQlHandler, JsonMapper json, Limits limits,
			PersistedQueries persistedQueries, Caching caching) {
		return new GraphQlHttpEndpoint(graphQlHandler, json, limits, persistedQueries, new HttpCaching(caching, json));
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
