/**
 * Search by name: the Hibernate Search (Lucene, in memory) index of people, organisations, places,
 * countries, meetings and agreements, the {@code search} and {@code lookup} queries, the rebuild at
 * start-up, the candidates the matcher scores, and the sync that keeps the index of every instance
 * in step with writes through {@code search_change}.
 * <p>
 * Main classes: {@link org.diplomacygraph.search.SearchIndex} (the query and its ranking),
 * {@link org.diplomacygraph.search.NameAnalysisConfigurer} (the analyzers),
 * {@link org.diplomacygraph.search.SearchIndexer}, {@link org.diplomacygraph.search.SearchChanges},
 * {@link org.diplomacygraph.search.SearchSync}, {@link org.diplomacygraph.search.ChangeCursor},
 * {@link org.diplomacygraph.search.NameLookup}, {@link org.diplomacygraph.search.NameCandidates}.
 * <p>
 * Depends on {@code values} and the indexed entities of the feature packages.
 */
package org.diplomacygraph.search;
