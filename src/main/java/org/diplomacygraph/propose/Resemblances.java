package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.List;

import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.match.Thresholds;
import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.propose.NameLinker.Candidate;
import org.diplomacygraph.record.RecordType;

/**
 * The last passes over the names, with the matcher ({@link NameLinker#resembling}):
 * <ul>
 * <li>each person, organisation and place the proposal would add is scored against the stored ones.
 * A person whose best candidate scores {@link Thresholds#LIKELY} or more with no rival within
 * {@link Thresholds#MARGIN} is linked to it ("Dinh Tien Dzung" to Đinh Tiến Dũng), the candidates
 * and reasons shown in its mentions for a person to check; an organisation or place only at
 * {@link Thresholds#SAME}, because a body's name often holds its parent's ("the Hanoi Party
 * Committee's Organization Commission"). The others stay new, with the stored entities they
 * resemble as candidates (ingest's duplicate guard would ask the same question);</li>
 * <li>a run of two or more capitalised words no rule read as a name ("Partido Comunista de Cuba") is
 * linked the same way to the one stored organisation, place or person it clearly resembles, if any.</li>
 * </ul>
 */
final class Resemblances {

	/** The types a name is tried as, in this order. */
	private static final List<RecordType> TYPES = List.of(RecordType.ORGANISATION, RecordType.PLACE, RecordType.PERSON);

	private Resemblances() {
	}

	static void link(TextTokens text, NameLinker linker, Cast cast) {
		for (Entry entry : List.copyOf(cast.entries())) {
			if (entry.isStored() || !TYPES.contains(entry.type)) {
				continue;
			}
			List<String> names = new ArrayList<>();
			names.add(entry.name);
			entry.surfaces.stream().filter((surface) -> !names.contains(surface)).forEach(names::add);
			Ranking ranking = linker.resembling(entry.type, names, entry.kind, entry.country);
			List<Candidate> candidates = candidates(linker, ranking);
			if (candidates.isEmpty()) {
				continue;
			}
			if (ranking.clearAt((entry.type == RecordType.PERSON) ? Thresholds.LIKELY : Thresholds.SAME)) {
				cast.merge(entry, cast.stored(candidates.get(0).entity(), candidates));
			}
			else {
				entry.candidates = candidates;
			}
		}
		unread(text, linker, cast);
	}

	/** Runs of capitalised words that no rule read, linked where one stored entity clearly fits. */
	private static void unread(TextTokens text, NameLinker linker, Cast cast) {
		int i = 0;
		while (i < text.size()) {
			if (!KnownNames.startsName(text, i, cast)) {
				i++;
				continue;
			}
			int end = runEnd(text, i, cast);
			if (end - i >= 2 && !titled(text, i, end)) {
				String surface = text.surface(i, end);
				for (RecordType type : TYPES) {
					Ranking ranking = linker.resembling(type, List.of(surface), null, null);
					if (ranking.clearAt(Thresholds.LIKELY)) {
						List<Candidate> candidates = candidates(linker, ranking);
						cast.mention(cast.stored(candidates.get(0).entity(), candidates), text, i, end);
						break;
					}
				}
			}
			i = Math.max(end, i + 1);
		}
	}

	/**
	 * Where a run of capitalised words (and connectors such as "de" between them) starting at
	 * {@code from} ends; a country named inside ("de Cuba") belongs to it.
	 */
	private static int runEnd(TextTokens text, int from, Cast cast) {
		int end = from + 1;
		int i = from + 1;
		while (i < text.size() && !text.hardBreakBefore(i) && text.get(i).story() && (cast.at(i) == null
				|| cast.at(i).entry().type == RecordType.COUNTRY)) {
			TextTokens.Token token = text.get(i);
			if (token.capitalised()) {
				end = ++i;
			}
			else if (Lexicon.NAME_CONNECTORS.contains(token.folded()) || Lexicon.NAME_PARTICLES.contains(token.folded())
					|| token.folded().equals("do")) {
				i++;
			}
			else {
				break;
			}
		}
		return end;
	}

	/** Whether a run holds a title, a date or a month: words other rules read, never a name to link. */
	private static boolean titled(TextTokens text, int from, int to) {
		for (int i = from; i < to; i++) {
			String word = text.get(i).folded();
			if (Lexicon.TITLE_HEADS.contains(word) || Lexicon.TITLE_MODIFIERS.contains(word)
					|| Lexicon.WEAK_HEADS.contains(word) || Lexicon.DATE_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static List<Candidate> candidates(NameLinker linker, Ranking ranking) {
		List<Candidate> candidates = new ArrayList<>();
		for (org.diplomacygraph.match.Candidate scored : ranking.candidates()) {
			Known known = linker.get(scored.type(), scored.id());
			if (known != null) {
				candidates.add(new Candidate(known, scored.score(), scored.reasons()));
			}
		}
		return List.copyOf(candidates);
	}

}
