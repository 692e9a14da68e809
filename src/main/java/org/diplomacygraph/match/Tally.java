package org.diplomacygraph.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.diplomacygraph.record.RecordType;

/**
 * The points a candidate gathers, each with its reason; the score is their sum held between 0 and
 * 100, and the reasons read strongest first, each with the points it gave: "same name 'Tô Lâm' (+100)".
 */
final class Tally {

	private final List<Reason> reasons = new ArrayList<>();

	private int points;

	Tally add(int points, String reason) {
		this.points += points;
		this.reasons.add(new Reason(points, reason));
		return this;
	}

	int points() {
		return this.points;
	}

	int score() {
		return Math.max(0, Math.min(100, this.points));
	}

	List<String> reasons() {
		return this.reasons.stream()
			.sorted(Comparator.comparingInt((Reason reason) -> Math.abs(reason.points())).reversed())
			.map(Reason::text)
			.toList();
	}

	Candidate candidate(RecordType type, String id, String name) {
		return new Candidate(type, id, name, score(), reasons());
	}

	private record Reason(int points, String words) {

		String text() {
			return this.words + " (" + ((this.points >= 0) ? "+" : "") + this.points + ")";
		}

	}

}
