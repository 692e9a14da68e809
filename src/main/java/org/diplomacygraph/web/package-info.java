/**
 * The GraphQL surface over HTTP that is not a feature: the GraphQL configuration (schema checks,
 * batching switch, scalars such as {@code PartialDate}, descriptions reflowed as paragraphs), error
 * classification and the error endpoint, GraphiQL, and the start-up failure message of an H2
 * database that cannot be opened.
 * <p>
 * Main classes: {@link org.diplomacygraph.web.GraphQlConfiguration},
 * {@link org.diplomacygraph.web.ErrorClassification}, {@link org.diplomacygraph.web.ErrorEndpoint},
 * {@link org.diplomacygraph.web.GraphiQlController}, {@link org.diplomacygraph.web.DescriptionReflow},
 * {@link org.diplomacygraph.web.DatabaseFailureAnalyzer}.
 * <p>
 * Depends on {@code values}, {@code paging} and {@code endpoint} (the request's limits and deadline).
 */
package org.diplomacygraph.web;
