package org.diplomacygraph.match;

import java.util.List;

import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;

/**
 * A stored record that may be the one a query describes.
 *
 * @param type the record's type
 * @param id its slug
 * @param name its name (a post's title, a meeting's or agreement's title)
 * @param score 0 to 100, how likely it is the one ({@link Thresholds})
 * @param reasons what raised and lowered the score, in words, strongest evidence first
 */
public record Candidate(RecordType type, String id, String name, int score, List<String> reasons) {

	public Candidate {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("A score is between 0 and 100, not " + score);
		}
		reasons = List.copyOf(reasons);
	}

	/** The record's global ID, as the GraphQL API gives it. */
	public String globalId() {
		return GlobalId.encode(this.type.typeName(), this.id);
	}

}
