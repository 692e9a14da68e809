/**
 * The composition root: the application ({@link org.diplomacygraph.DiplomacyGraphApplication}) and
 * the flows that span feature packages, here the corpus rewrite
 * ({@link org.diplomacygraph.CorpusRewrite}): write the corpus ({@code ingest}), replay the ingested
 * articles ({@code ingest}), replay the curation ({@code curation}) and record the search changes
 * ({@code search}), in one transaction, then build the search index ({@code search}).
 * <p>
 * Why here: the flow calls three feature packages in a fixed order. In {@code ingest} it would make
 * {@code ingest} depend on {@code curation} and {@code search}, which depended on {@code ingest} for
 * the events that ran the flow before (a cycle), and make the corpus loader the owner of curation's
 * and search's steps; an interface in a shared package that they implement would bring back a list
 * of listeners in an order set elsewhere. Above them, the order is plain code read top to bottom,
 * and the feature packages do not know of one another for it: {@code curation} and {@code search}
 * no longer depend on {@code ingest} at all. Only this package may depend on every feature package;
 * none depends on it.
 */
package org.diplomacygraph;
