package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.propose.Cast.Entry;
import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.propose.NameLinker.Candidate;
import org.diplomacygraph.record.RecordType;

/**
 * "The Party" as reports from and about one-party states write it: a capitalised Party that is not
 * the start of a name ("Party Committee") stands for a country's party, when the words around it
 * say which country's and the graph stores exactly one party (kind {@code party}) of that country:
 * <ul>
 * <li>a demonym before it: "the Cuban Party, State, and people";</li>
 * <li>"of" a country after it, past words such as State and people: "the Party, State and people of Cuba";</li>
 * <li>"the two Parties": the parties of the two countries the text names most, when it names two or more.</li>
 * </ul>
 * The words become evidence of the party, not a name of it: "Party" is no alias.
 */
final class Parties {

	/** Words that may stand between Party and "of" a country. */
	private static final Set<String> BETWEEN = Set.of("state", "and", "people", "government", "the", "national",
			"assembly", "army");

	/** How many words after Party "of" a country may come. */
	private static final int REACH = 6;

	private Parties() {
	}

	static void scan(TextTokens text, NameLinker linker, Cast cast) {
		for (int i = 0; i < text.size(); i++) {
			TextTokens.Token token = text.get(i);
			if (!token.story() || cast.at(i) != null) {
				continue;
			}
			if (token.surface().equals("Parties") && i > 0 && text.is(i - 1, "two")) {
				List<Known> parties = partiesOfTheTwoCountries(linker, cast);
				if (parties.size() == 2) {
					for (Known party : parties) {
						refer(party, "one of the two Parties", cast, text, i - 1, i + 1);
					}
				}
			}
			else if (token.surface().equals("Party") && !startsName(text, i)) {
				int from = i;
				Known country = null;
				if (i > 0 && !text.hardBreakBefore(i)) {
					country = storedCountry(linker, World.get().demonym(text.get(i - 1).folded()));
					from = (country != null) ? i - 1 : i;
				}
				if (country == null) {
					country = countryAfter(text, linker, i);
				}
				Known party = (country != null) ? linker.partyOf(country.id()) : null;
				if (party != null) {
					refer(party, "the Party of " + country.name(), cast, text, from, i + 1);
				}
			}
		}
	}

	/** "Party Committee", "Party Congress": Party starts a name other rules read. */
	private static boolean startsName(TextTokens text, int index) {
		return index + 1 < text.size() && !text.hardBreakBefore(index + 1) && text.get(index + 1).capitalised()
				&& !text.is(index + 1, "state");
	}

	/** The stored country named by "of ..." within a few words after Party, or null. */
	private static Known countryAfter(TextTokens text, NameLinker linker, int party) {
		for (int j = party + 1; j < Math.min(text.size() - 1, party + REACH); j++) {
			if (text.get(j).sentence() != text.get(party).sentence()) {
				return null;
			}
			if (text.is(j, "of")) {
				return storedCountry(linker, World.get().country(text.get(j + 1).folded()));
			}
			if (!BETWEEN.contains(text.get(j).folded())) {
				return null;
			}
		}
		return null;
	}

	private static Known storedCountry(NameLinker linker, World.Country country) {
		return (country != null) ? linker.country(country) : null;
	}

	/** The parties of the two countries the text names most (ties: first named first), if both are stored. */
	private static List<Known> partiesOfTheTwoCountries(NameLinker linker, Cast cast) {
		Map<String, Integer> named = new LinkedHashMap<>();
		for (Cast.Mention mention : cast.mentions()) {
			Entry entry = mention.entry();
			if (entry.type == RecordType.COUNTRY && entry.isStored()) {
				named.merge(entry.stored.id(), 1, Integer::sum);
			}
		}
		List<String> countries = new ArrayList<>(named.keySet());
		countries.sort((a, b) -> named.get(b) - named.get(a));
		List<Known> parties = new ArrayList<>();
		for (String country : countries.subList(0, Math.min(2, countries.size()))) {
			Known party = linker.partyOf(country);
			if (party != null) {
				parties.add(party);
			}
		}
		return parties;
	}

	private static void refer(Known party, String reason, Cast cast, TextTokens text, int from, int to) {
		Entry entry = cast.stored(party, List.of(new Candidate(party, 100, List.of("'"
				+ text.surface(from, to) + "' read as " + reason + ", the one party stored in that country"))));
		entry.evidence.add(new int[] { text.get(from).start(), text.get(to - 1).end() });
	}

}
