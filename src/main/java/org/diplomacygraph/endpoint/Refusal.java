package org.diplomacygraph.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

/** The classifications of errors that refuse a request as a whole, beside Spring's {@code ErrorType}. */
public enum Refusal implements ErrorClassification {

	/** The request asks for more than a limit allows; nothing was executed. */
	LIMIT_EXCEEDED,

	/** The client has spent its cost points for this minute; {@code retryAfter} says when to retry. */
	RATE_LIMITED,

	/** The request ran longer than the timeout and was cancelled. */
	TIMEOUT,

	/**
	 * The server runs as many requests as it may and its queue is full; nothing was executed, and
	 * {@code retryAfter} says when to retry.
	 */
	OVERLOADED,

	/**
	 * Apollo's automatic persisted queries: the hash names no query the server knows (yet); send the
	 * query with its hash. The message is Apollo's, {@code PersistedQueryNotFound}, as clients look for it.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	/** A request with a hash and no query, while persisted queries are off: {@code PersistedQueryNotSupported}. */
	PERSISTED_QUERY_NOT_SUPPORTED,

	/** The server runs the operations of its allow-list only, and this is not one of them; nothing ran. */
	NOT_IN_ALLOW_LIST,

	/**
	 * A WebSocket subscription whose client does not read its events fast enough
	 * ({@code diplomacy.changes.buffer-size} of them not yet written) was ended; also in
	 * {@code extensions.code}.
	 */
	SLOW_CONSUMER;

	/**
	 * The error for a limit the request goes over, {@code figureTemplate} saying what was counted with
	 * {@code %d} for the figure: its message names the figure, the limit and the
	 * property that sets it; so do its extensions, for clients that act on them.
	 */
	static GraphQLError limitExceeded(String limit, String figureTemplate, long figure, long maximum) {
		String message = figureTemplate.formatted(figure)
				+ "; at most %d %s allowed (`%s`)".formatted(maximum, (maximum == 1) ? "is" : "are",
						Limits.property(limit));
		return LIMIT_EXCEEDED.error(message, Map.of("limit", limit, "maximum", maximum, "figure", figure));
	}

	GraphQLError error(String message, Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(this)
			.extensions(new LinkedHashMap<>(extensions))
			.build();
	}

}
