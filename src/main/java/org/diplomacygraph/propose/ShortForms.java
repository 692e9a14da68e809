package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.record.RecordType;

/**
 * Finds the names the text gave before used again, and people named again by part of their name:
 * after "Bui Thi Minh Hoai", "Hoai" and "Hoài"; after "Luis Antonio Torres Iríbar", "Torres Iríbar";
 * after "Yu Luming", "Yu". A part is the first word, the last word, or two or more words after the
 * first, of a name of two words or more (family names come first in Vietnamese and Chinese names,
 * last in Spanish ones); a part two people share is left out, and a part is only read where it
 * stands alone, not inside a longer run of capitalised names.
 */
final class ShortForms {

	private final Phrases phrases;

	private final TextTokens text;

	private final Cast cast;

	ShortForms(Phrases phrases) {
		this.phrases = phrases;
		this.text = phrases.text();
		this.cast = phrases.cast();
	}

	void scan() {
		Map<String, Entry> parts = new HashMap<>();
		Set<String> shared = new LinkedHashSet<>();
		for (Entry person : this.cast.entries(RecordType.PERSON)) {
			for (String part : parts(person)) {
				Entry other = parts.putIfAbsent(part, person);
				if (other != null && other != person) {
					shared.add(part);
				}
			}
		}
		shared.forEach(parts::remove);
		Map<String, Entry> names = new HashMap<>();
		for (Entry entry : this.cast.entries()) {
			for (String key : entry.keys) {
				if (key.length() >= 2) {
					names.putIfAbsent(key, entry);
				}
			}
		}
		int i = 0;
		while (i < this.text.size()) {
			if (!KnownNames.startsName(this.text, i, this.cast)) {
				i++;
				continue;
			}
			int found = 0;
			Entry entry = null;
			for (int length = Math.min(12, this.text.size() - i); length >= 1 && entry == null; length--) {
				if (!KnownNames.runs(this.text, i, length)) {
					continue;
				}
				String key = NameLinker.key(this.text.surface(i, i + length));
				Entry named = names.get(key);
				if (named == null) {
					named = parts.get(key);
					if (named != null && !standsAlone(i, i + length)) {
						named = null;
					}
				}
				if (named != null) {
					entry = named;
					found = length;
				}
			}
			if (entry != null) {
				this.cast.mention(entry, this.text, i, i + found);
				i += found;
			}
			else {
				i++;
			}
		}
	}

	/** Whether a part of a name stands alone: not followed or preceded by more capitalised name words. */
	private boolean standsAlone(int from, int to) {
		boolean before = from > 0 && !this.text.hardBreakBefore(from) && this.text.get(from - 1).capitalised()
				&& PersonNames.nameWord(this.phrases, from - 1);
		boolean after = to < this.text.size() && !this.text.hardBreakBefore(to) && this.text.get(to).capitalised()
				&& PersonNames.nameWord(this.phrases, to);
		return !before && !after;
	}

	/** The keys of the parts of a person's names that may stand for the person. */
	private static List<String> parts(Entry person) {
		List<String> names = new ArrayList<>();
		if (person.stored != null) {
			names.addAll(person.stored.names());
		}
		else {
			names.add(person.name);
		}
		names.addAll(person.surfaces);
		List<String> parts = new ArrayList<>();
		for (String name : names) {
			String[] words = org.diplomacygraph.values.Names.fold(name).split(" ");
			List<String> kept = new ArrayList<>();
			boolean titled = false;
			for (String word : words) {
				titled |= Lexicon.TITLE_MODIFIERS.contains(word) || Lexicon.TITLE_HEADS.contains(word)
						|| Lexicon.ORGANISATION_HEADS.containsKey(word);
				if (!Lexicon.NAME_PARTICLES.contains(word)) {
					kept.add(word);
				}
			}
			if (titled) {
				// "Party chief Lâm" is a title and a part of a name, no name to take parts of.
				continue;
			}
			if (kept.size() < 2) {
				continue;
			}
			add(parts, kept.get(0));
			add(parts, kept.get(kept.size() - 1));
			for (int from = 1; from < kept.size() - 1; from++) {
				for (int to = from + 2; to <= kept.size(); to++) {
					add(parts, String.join("", kept.subList(from, to)));
				}
			}
		}
		return parts;
	}

	private static void add(List<String> parts, String part) {
		if (part.length() >= 2 && !Lexicon.FUNCTION_WORDS.contains(part) && !Lexicon.NOT_ENTITY.contains(part)
				&& !parts.contains(part)) {
			parts.add(part);
		}
	}

}
