/**
 * The public GraphQL endpoint's protection, from the HTTP request to the response: the transport
 * ({@code GraphQlHttpEndpoint}: GraphQL over HTTP, body size, strict UTF-8 and JSON), admission and
 * load shedding ({@code Admission}), the document measured on its syntax tree before validation in
 * linear time ({@code DocumentFigures}), the operation measured and charged before execution
 * ({@code QueryFigures}, {@code CostInstrumentation}, {@code RateLimiter}), the deadline that cancels
 * a request's fields and SQL ({@code RequestDeadline}, {@code DeadlineDataSource}) and the account
 * that closes every response ({@code LimitsInterceptor}, {@code RequestCost}). Queries may be named
 * by hash ({@code PersistedQueries}: Apollo's automatic persisted queries, an optional allow-list);
 * parsed and validated documents are reused ({@code DocumentCache}), held to the limits all the
 * same; GET answers carry HTTP caching headers ({@code HttpCaching}). Every limit is a property of
 * {@code Limits}; every refusal has a {@code Refusal} classification or graphql-java's.
 * The reconciliation API, the other public transport, charges its requests to the same per-client
 * budget through {@code ClientBudget}, its one entry here.
 * <p>
 * Features never depend on this package; {@code system} depends on it only to classify the errors
 * of cancelled requests.
 */
package org.diplomacygraph.endpoint;
