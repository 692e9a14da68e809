/**
 * The one matcher ({@link org.diplomacygraph.match.Matcher}): which stored records a description may
 * be, each candidate scored 0 to 100 with its reasons in words. People, organisations, places and
 * countries by their names folded (case, diacritics, punctuation), shared words, typos, cognates,
 * initials and aliases in other languages, their properties counting for or against
 * ({@code EntityScorer}); meetings by date, participants and place ({@code MeetingScorer}); agreements
 * by parties, kind, validity and title ({@code AgreementScorer}); posts by person, organisation and
 * title ({@code PostScorer}). Candidates come from the search index and indexed columns
 * ({@code CandidateStore}), never from a scan; scores mean what {@link org.diplomacygraph.match.Thresholds}
 * says. Rules and figures: {@code src/docs/matching.md}.
 * <p>
 * Depends on the feature packages' entities, {@code record}, {@code values} and {@code search}; used
 * by {@code reconcile}, and by ingest entry by entry.
 */
package org.diplomacygraph.match;
