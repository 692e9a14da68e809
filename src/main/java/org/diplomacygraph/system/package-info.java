/**
 * Cross-cutting wiring: Spring Security with API keys and roles, error classification and the error
 * endpoint, the GraphQL configuration (schema checks, batching switch, scalars, descriptions as
 * paragraphs), GraphiQL, the keyset pager of root connections, and the start-up failure message of
 * an H2 database that cannot be opened.
 * <p>
 * Main classes: {@link org.diplomacygraph.system.SecurityConfiguration},
 * {@link org.diplomacygraph.system.ApiKeyFilter}, {@link org.diplomacygraph.system.ApiKeys},
 * {@link org.diplomacygraph.system.Role}, {@link org.diplomacygraph.system.ErrorClassification},
 * {@link org.diplomacygraph.system.ErrorEndpoint}, {@link org.diplomacygraph.system.GraphQlConfiguration},
 * {@link org.diplomacygraph.system.GraphiQlController}, {@link org.diplomacygraph.system.KeysetPager},
 * {@link org.diplomacygraph.system.DatabaseFailureAnalyzer}.
 * <p>
 * Depends on {@code model}, {@code endpoint} (the request's limits and deadline) and {@code ingest}
 * (the corpus properties).
 */
package org.diplomacygraph.system;
