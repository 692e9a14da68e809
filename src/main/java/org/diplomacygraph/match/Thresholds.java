package org.diplomacygraph.match;

/**
 * What a candidate's score (0–100) means, for every user of the matcher: the reconciliation API's
 * {@code match} flag, automatic linking and the duplicate guard of ingest. {@code src/docs/matching.md}
 * explains the scale.
 */
public final class Thresholds {

	/**
	 * The same record: a candidate this high that no other comes within {@link #MARGIN} of is taken
	 * for the record the query describes (its name exactly, or nearly and with its properties agreeing).
	 */
	public static final int SAME = 90;

	/**
	 * Probably the same record: a new entry whose best candidate scores this much or more is a
	 * possible duplicate, to be linked or confirmed as new by a person.
	 */
	public static final int LIKELY = 70;

	/** Worth showing: candidates below this are not returned. */
	public static final int POSSIBLE = 40;

	/** How far the second candidate must stay below the first for the first to be unambiguous. */
	public static final int MARGIN = 10;

	private Thresholds() {
	}

}
