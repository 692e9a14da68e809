/**
 * Curation by editors: {@code addAlias} and {@code mergeEntities} (people, organisations, places,
 * countries, meetings, agreements, posts), the redirects that keep a merged-away ID resolving, and
 * the replay of every curation action after a corpus rewrite.
 * <p>
 * Main classes: {@link org.diplomacygraph.curation.Curation} (the mutations, one transaction each),
 * {@link org.diplomacygraph.curation.GraphSurgery} (what every merge does, in SQL),
 * {@link org.diplomacygraph.curation.TypeMerge} with one class per type ({@code PersonMerge},
 * {@code MeetingMerge}, ...), {@link org.diplomacygraph.curation.MergeRows} (re-keying rows, moving
 * evidence and claims), {@link org.diplomacygraph.curation.Redirects},
 * {@link org.diplomacygraph.curation.CurationReplay}. src/docs/writing-data.md, "Curation",
 * describes the rules.
 * <p>
 * Depends on {@code audit} (lock and log), {@code claim} (served values after a merge),
 * {@code search} (changes for the index), {@code node} (global IDs), {@code values} and the feature
 * entities.
 */
package org.diplomacygraph.curation;
