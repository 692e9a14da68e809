package org.diplomacygraph.propose;

import org.diplomacygraph.propose.Cast.Mention;
import org.diplomacygraph.record.RecordType;

/**
 * Where a personal name that follows a title ends: a stored person's name, or a run of one to six
 * capitalised words (particles such as "de" or "van" inside) that are no title, no word ending the
 * names of organisations or places, no country, month or other word the {@link Lexicon} knows.
 */
final class PersonNames {

	static final int MAX_WORDS = 6;

	private PersonNames() {
	}

	/** The end (exclusive) of the name starting at {@code from}, at most at {@code limit}; -1 if none starts there. */
	static int end(Phrases phrases, int from, int limit) {
		TextTokens text = phrases.text();
		if (from >= text.size() || from >= limit || !text.get(from).story()) {
			return -1;
		}
		Mention known = phrases.cast().at(from);
		if (known != null && known.entry().type == RecordType.PERSON) {
			return known.to();
		}
		int words = 0;
		int i = from;
		while (i < limit && i < text.size()) {
			if (i > from && text.hardBreakBefore(i)) {
				break;
			}
			TextTokens.Token token = text.get(i);
			if (token.capitalised() && nameWord(phrases, i)) {
				words++;
				i++;
				if (text.possessiveAfter(i - 1)) {
					break;
				}
				continue;
			}
			if (words > 0 && Lexicon.NAME_PARTICLES.contains(token.surface()) && i + 1 < text.size()
					&& text.get(i + 1).capitalised() && !text.hardBreakBefore(i + 1) && nameWord(phrases, i + 1)) {
				i++;
				continue;
			}
			break;
		}
		return (words == 0 || words > MAX_WORDS) ? -1 : i;
	}

	/** Whether a capitalised word may be part of a new personal name. */
	static boolean nameWord(Phrases phrases, int index) {
		TextTokens text = phrases.text();
		String word = text.get(index).folded();
		if (Titles.headLength(text, index) > 0 || Lexicon.TITLE_MODIFIERS.contains(word) || Lexicon.DATE_WORDS.contains(word)
				|| Lexicon.ORGANISATION_HEADS.containsKey(word) || Lexicon.PLACE_HEADS.containsKey(word)
				|| Lexicon.NOT_ENTITY.contains(word)
				|| Lexicon.FUNCTION_WORDS.contains(word) && (text.startsSentence(index) || Lexicon.ARTICLES.contains(word)
						&& text.startsSentence(index))
				|| World.get().demonym(word) != null || World.get().country(word) != null
				|| text.get(index).numeric() || phrases.isAbbreviation(index) && text.get(index).surface().length() > 2) {
			return false;
		}
		Mention other = phrases.cast().at(index);
		return other == null || other.entry().type == RecordType.PERSON;
	}

}
