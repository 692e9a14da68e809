/**
 * The W3C Reconciliation Service API 0.2 at {@code /reconcile}
 * ({@link org.diplomacygraph.reconcile.ReconcileController}), so that OpenRefine and other clients
 * can match spreadsheets of names against the graph: the manifest, batches of queries with
 * properties ({@code QueryBatch}, {@code Reconciler} over the {@code match} package's matcher),
 * suggest services, an HTML preview card ({@code EntityCards}, {@code PreviewHtml}) and data
 * extension. IDs are the GraphQL global IDs; requests are charged to the GraphQL endpoint's
 * per-client budget ({@code endpoint.ClientBudget}) and answer the same CORS origins
 * ({@code ReconcileCors}). How to add the service in OpenRefine: {@code src/docs/matching.md}.
 * <p>
 * Depends on {@code match}, {@code search}, {@code endpoint}, {@code record}, {@code values} and the
 * feature packages' entities; nothing depends on it.
 */
package org.diplomacygraph.reconcile;
