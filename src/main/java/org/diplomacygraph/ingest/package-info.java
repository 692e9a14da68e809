/**
 * Articles into the graph: the corpus files at start-up and the {@code ingestArticle} mutation, by
 * one model and one compiler.
 * <p>
 * The model is {@link org.diplomacygraph.ingest.AnnotationFile}: the YAML files are read into it
 * ({@link org.diplomacygraph.ingest.CorpusReader}), and the mutation's input binds onto its entries
 * ({@link org.diplomacygraph.ingest.IngestArticleInput}); an input's entries are linked to stored
 * records or new slugs ({@link org.diplomacygraph.ingest.EntryLinker}, the one place that decides
 * "this entry is stored record X, or new", by ID, name, the same post or the matcher's
 * {@link org.diplomacygraph.ingest.EntryMatches}, with the duplicate guard
 * {@link org.diplomacygraph.ingest.DuplicateGuard}) and its references resolved
 * ({@link org.diplomacygraph.ingest.InputResolver}). {@link org.diplomacygraph.ingest.IngestPlanner}
 * decides all an input would do without writing: {@link org.diplomacygraph.ingest.Ingestion} writes
 * its plan, {@link org.diplomacygraph.ingest.DryRun} ({@code resolveArticle}) reports it.
 * <p>
 * {@link org.diplomacygraph.ingest.CorpusCompiler} checks annotation files and merges them into
 * entities in two passes: each file's entries become typed drafts, one draft class per record type
 * whose values remember where they were given ({@code Drafts}), with the claims and quotes of each
 * article ({@code Statements}); then the drafts become entities, new or stored ones extended
 * ({@code GraphBuilder}). Every defect is collected with its file, entry and field path.
 * {@link org.diplomacygraph.ingest.CorpusWriter} writes the compiled graph.
 */
package org.diplomacygraph.ingest;
