package org.diplomacygraph.live;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * The errors of the change feed and the subscriptions, as clients see them: {@code CURSOR_EXPIRED}
 * and {@code SLOW_CONSUMER} in {@code extensions.classification} and {@code extensions.code}. Ahead
 * of the catch-all resolver that makes any other exception an internal error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LiveErrors implements DataFetcherExceptionResolver, SubscriptionExceptionResolver {

	/** The classifications of the errors of this package. */
	enum Code implements ErrorClassification {

		/** The cursor is older than the retention: the changes after it are no longer kept. */
		CURSOR_EXPIRED,

		/** The subscriber fell too far behind and its subscription was ended. */
		SLOW_CONSUMER

	}

	@Override
	public Mono<List<GraphQLError>> resolveException(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof LiveException live) {
			return Mono.just(List.of(GraphqlErrorBuilder.newError(env)
				.errorType(live.code)
				.message(live.getMessage())
				.extensions(Map.of("code", live.code.name()))
				.build()));
		}
		return Mono.empty();
	}

	@Override
	public Mono<List<GraphQLError>> resolveException(Throwable ex) {
		if (ex instanceof LiveException live) {
			return Mono.just(List.of(GraphqlErrorBuilder.newError()
				.errorType(live.code)
				.message(live.getMessage())
				.extensions(Map.of("code", live.code.name()))
				.build()));
		}
		return Mono.empty();
	}

	/** A refusal of this package, with its code. */
	static final class LiveException extends RuntimeException {

		private final Code code;

		LiveException(Code code, String message) {
			super(message, null, false, false);
			this.code = code;
		}

	}

}
