package org.diplomacygraph.endpoint;

import java.time.Duration;

import graphql.parser.ParserOptions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request may ask of the public endpoint, and how many cost points a client may spend per
 * minute; every limit is checked before any SQL runs.
 *
 * @param maxDepth deepest field nesting, fragments expanded; high enough for GraphiQL's
 *     introspection query
 * @param maxFields most field selections (and directives) in any operation or fragment of a
 *     document once its fragments are expanded, counted before the document is validated
 * @param maxFragments most fragment definitions in a document
 * @param maxCost most cost points (objects the query may return in lists, plus one) one request
 *     may ask for
 * @param maxAliases most aliased fields in an operation, fragments expanded
 * @param maxRootFields most fields at the top of an operation
 * @param maxDocumentCharacters longest GraphQL document, in characters
 * @param maxTokens most lexical tokens in a GraphQL document
 * @param maxRequestSize largest HTTP request body
 * @param timeout longest time a request may run; it is cancelled after that
 * @param maxConcurrent most GraphQL executions at once; unset, two per processor: executions are
 *     mostly CPU work here (graphql-java, Hibernate, H2 in the same process), and more of them at
 *     once only makes each slower, until all of them run past the timeout
 * @param maxQueued most requests waiting for an execution to end, any more are refused at once
 * @param maxQueueWait longest a request waits in that queue before it is refused
 * @param maxPointsInFlight most cost points of the executions running at once; an execution beyond
 *     them is refused before any field runs
 * @param maxResponseSize largest response, estimated while it is built; the execution is cancelled
 *     when it goes over
 * @param assumedListSize the length a list without paging arguments is assumed to have when the
 *     cost is computed before execution
 * @param pointsPerMinute cost points a client (API key, else IP address) may spend per minute; 0
 *     switches rate limiting off
 * @param maxSubscriptionsPerConnection most subscriptions one WebSocket connection may hold at once
 * @param maxSubscriptionsPerClient most subscriptions one client (API key, else IP address) may hold
 *     at once, over WebSocket and server-sent events together
 * @param idleConnectionTimeout how long a WebSocket connection may stay open without a subscription
 *     before the server closes it (close code 4408)
 */
@ConfigurationProperties("diplomacy.limits")
record Limits(@DefaultValue("15") int maxDepth, @DefaultValue("1000") int maxFields,
		@DefaultValue("50") int maxFragments,
		@DefaultValue("25000") int maxCost,
		@DefaultValue("30") int maxAliases, @DefaultValue("10") int maxRootFields,
		@DefaultValue("20000") int maxDocumentCharacters, @DefaultValue("5000") int maxTokens,
		@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue("10s") Duration timeout,
		Integer maxConcurrent, @DefaultValue("100") int maxQueued, @DefaultValue("2s") Duration maxQueueWait,
		@DefaultValue("50000") long maxPointsInFlight,
		@DefaultValue("4MB") DataSize maxResponseSize,
		@DefaultValue("10") int assumedListSize, @DefaultValue("60000") int pointsPerMinute,
		@DefaultValue("10") int maxSubscriptionsPerConnection, @DefaultValue("20") int maxSubscriptionsPerClient,
		@DefaultValue("60s") Duration idleConnectionTimeout) {

	/** {@code max-concurrent}, or its default. */
	int concurrent() {
		return (this.maxConcurrent != null) ? this.maxConcurrent
				: 2 * Runtime.getRuntime().availableProcessors();
	}

	/** graphql-java's parser limits: the same documents are refused whoever parses them. */
	ParserOptions parserOptions() {
		return ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxCharacters(this.maxDocumentCharacters).maxTokens(this.maxTokens));
	}

	/** The property a client is told about when a limit refuses its request. */
	static String property(String limit) {
		return "diplomacy.limits." + limit;
	}

}
