package org.diplomacygraph.match;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The candidates of one query, best first (ties by slug), none below {@link Thresholds#POSSIBLE}.
 */
public record Ranking(List<Candidate> candidates) {

	static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::score)
		.reversed()
		.thenComparing(Candidate::id);

	public Ranking {
		candidates = candidates.stream().sorted(BEST_FIRST).toList();
	}

	static Ranking of(List<Candidate> scored, int limit) {
		return new Ranking(scored.stream()
			.filter((candidate) -> candidate.score() >= Thresholds.POSSIBLE)
			.sorted(BEST_FIRST)
			.limit(limit)
			.toList());
	}

	public Optional<Candidate> best() {
		return this.candidates.stream().findFirst();
	}

	/**
	 * Whether the best candidate is the record beyond reasonable doubt: at least
	 * {@link Thresholds#SAME}, and no other within {@link Thresholds#MARGIN} of it.
	 */
	public boolean unambiguous() {
		return clearAt(Thresholds.SAME);
	}

	/** Whether the best candidate scores at least this much and no other comes within {@link Thresholds#MARGIN} of it. */
	public boolean clearAt(int score) {
		if (this.candidates.isEmpty() || this.candidates.get(0).score() < score) {
			return false;
		}
		return this.candidates.size() == 1
				|| this.candidates.get(1).score() <= this.candidates.get(0).score() - Thresholds.MARGIN;
	}

	/** The candidates scoring at least this much: the possible duplicates of a new entry at {@link Thresholds#LIKELY}. */
	public List<Candidate> atLeast(int score) {
		return this.candidates.stream().filter((candidate) -> candidate.score() >= score).toList();
	}

}
