package org.diplomacygraph.propose;

import java.util.List;

import org.diplomacygraph.values.UserError;

/**
 * The schema's {@code AnnotationProposal}: the draft, the mentions it was made from with their
 * candidates, what a person should check, and the problems with the arguments (then no draft).
 */
public record Proposal(ArticleDraft draft, List<ProposedMention> mentions, List<String> notes,
		List<UserError> userErrors) {

	static Proposal refused(List<UserError> errors) {
		return new Proposal(null, List.of(), List.of(), List.copyOf(errors));
	}

	/**
	 * Words of the text naming a person, organisation, place or country: where (UTF-16 offsets),
	 * of what type, the key of the draft's entry (null for a country, which the draft refers to by
	 * ID), and the stored entities it may be, best first (empty: a new entity).
	 */
	public record ProposedMention(String text, int start, int end, String type, String entry,
			List<MentionCandidate> candidates) {
	}

	/** A stored entity a mention may denote: its global ID, name, score (0–100) and the reasons. */
	public record MentionCandidate(String id, String type, String name, int score, List<String> reasons) {
	}

}
