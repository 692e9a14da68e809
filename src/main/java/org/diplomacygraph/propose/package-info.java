/**
 * Proposed annotations for a raw English news text: rules (not a trained model) that find the
 * stored and new people, organisations, places, posts, meetings, agreements and dates a text names
 * and write them as a draft in the shape of {@code IngestArticleInput}, with the mentions and the
 * candidates they were made from ({@code proposeAnnotations}). Nothing is written.
 * <p>
 * Main classes: {@link org.diplomacygraph.propose.Proposer} (the entry point, plain Java over a
 * {@link org.diplomacygraph.propose.Gazetteer}), {@link org.diplomacygraph.propose.StoredGazetteer}
 * (the gazetteer of the database), {@link org.diplomacygraph.propose.DraftAssembler},
 * {@link org.diplomacygraph.propose.Titles}, {@link org.diplomacygraph.propose.Meetings},
 * {@link org.diplomacygraph.propose.Agreements}, {@link org.diplomacygraph.propose.Dates},
 * {@code ProposalController}. The leave-one-out evaluation (test sources, {@code ProposalEvaluation})
 * measures it against the corpus's annotations.
 * <p>
 * Depends on {@code values} (names, partial dates) and {@code record} (record types) only.
 */
package org.diplomacygraph.propose;
