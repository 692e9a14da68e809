package org.diplomacygraph.ingest;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.diplomacygraph.ingest.EntryLinker.How;
import org.diplomacygraph.ingest.EntryLinker.Link;
import org.diplomacygraph.match.Candidate;
import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.match.Thresholds;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.UserError.Code;

/**
 * The duplicate guard of ingest, for {@link EntryLinker}: what becomes of an entry without {@code id}
 * that neither its name nor an earlier version linked — the stored record the matcher finds beyond
 * doubt ({@link Ranking#unambiguous()}), a refusal ({@code POSSIBLE_DUPLICATE}) when a candidate
 * scores {@link Thresholds#LIKELY} or more otherwise, or a new record. {@code new: true} skips it
 * ({@link EntryLinker}); beside an {@code id} it is an error.
 */
final class DuplicateGuard {

	private final InputChecks checks;

	DuplicateGuard(InputChecks checks) {
		this.checks = checks;
	}

	/**
	 * The decision for an entry that nothing else linked: the stored record the matcher finds beyond
	 * doubt (if still {@code free}: not linked to by another entry), a refusal if any candidate scores
	 * {@link Thresholds#LIKELY} or more, otherwise a new record.
	 */
	Link decide(RecordType type, Ranking ranking, Predicate<String> free, Supplier<String> fresh,
			Object[] path) {
		if (ranking.unambiguous() && free.test(ranking.candidates().get(0).id())) {
			return Link.of(type, ranking.candidates().get(0).id(), How.MATCHED, ranking.candidates(), path);
		}
		List<Candidate> likely = ranking.atLeast(Thresholds.LIKELY);
		if (likely.isEmpty()) {
			return Link.of(type, fresh.get(), How.NEW, ranking.candidates(), path);
		}
		this.checks.error(Code.POSSIBLE_DUPLICATE, "this new " + type.noun() + " may be "
				+ ((likely.size() == 1) ? "the stored " + type.noun() + " " : "one of the stored "
						+ type.plural() + " ")
				+ String.join(", ", likely.stream()
					.map((candidate) -> "'" + candidate.globalId() + "' (" + candidate.name() + ", score "
							+ candidate.score() + ")")
					.toList())
				+ "; give the `id` of the one meant, or `new: true` if it is another", path);
		return Link.of(type, null, How.REFUSED, ranking.candidates(), path);
	}

	/** A user error if an entry with an {@code id} says {@code new: true}. */
	void notNewWithId(Boolean newRecord, Object[] path) {
		if (Boolean.TRUE.equals(newRecord)) {
			this.checks.error(Code.INVALID, "`new: true` is for an entry without `id`: an entry with `id` is that "
					+ "stored record", InputChecks.append(path, "new"));
		}
	}

}
