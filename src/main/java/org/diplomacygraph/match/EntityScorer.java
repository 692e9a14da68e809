package org.diplomacygraph.match;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.diplomacygraph.match.NameSimilarity.NameMatch;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Names;

/**
 * Scores a stored person, organisation, place or country against a query: the name
 * ({@link NameSimilarity}), then what else both tell, for or against:
 * <ul>
 * <li>country (a person's nationality): {@value #SAME_COUNTRY} the same, {@value #OTHER_COUNTRY} another
 * ({@value #OTHER_NATIONALITY} for a person, who may hold posts abroad);</li>
 * <li>parent organisation, enclosing place: {@value #SAME_PARENT} the same, {@value #OTHER_PARENT} another;</li>
 * <li>kind of organisation or place: {@value #SAME_KIND} the same, {@value #OTHER_KIND} another;</li>
 * <li>a person's posts: {@value #HOLDS_POST} for a post at an organisation the query names,
 * {@value #NO_POST} if the person holds posts but at none of them;</li>
 * <li>a country's ISO code given as its name: {@value NameSimilarity#SAME_ALIAS}.</li>
 * </ul>
 */
final class EntityScorer {

	static final int SAME_COUNTRY = 5;

	static final int OTHER_COUNTRY = -30;

	static final int OTHER_NATIONALITY = -25;

	static final int SAME_PARENT = 5;

	static final int OTHER_PARENT = -15;

	static final int SAME_KIND = 3;

	static final int OTHER_KIND = -10;

	static final int HOLDS_POST = 10;

	static final int NO_POST = -5;

	private EntityScorer() {
	}

	static Candidate score(EntityQuery query, StoredEntity stored, Labels labels) {
		Tally tally = new Tally();
		boolean person = stored.type() == RecordType.PERSON;
		NameMatch name = NameSimilarity.best(query.names(), stored.names(), person,
				stored.type() == RecordType.ORGANISATION);
		if (stored.code() != null && query.names().stream().anyMatch((given) -> Names.fold(given).equals(Names.fold(stored.code())))
				&& name.score() < NameSimilarity.SAME_ALIAS) {
			name = new NameMatch(NameSimilarity.SAME_ALIAS, "'" + stored.code() + "' is its ISO code", stored.code());
		}
		if (name.score() > 0) {
			tally.add(name.score(), name.reason());
		}
		RecordType countryType = RecordType.COUNTRY;
		compare(tally, query.country(), stored.country(), person ? "a national of " : "in ", countryType, SAME_COUNTRY,
				person ? OTHER_NATIONALITY : OTHER_COUNTRY, labels);
		RecordType parentType = (stored.type() == RecordType.PLACE) ? RecordType.PLACE : RecordType.ORGANISATION;
		compare(tally, query.parent(), stored.parent(), (stored.type() == RecordType.PLACE) ? "within " : "part of ",
				parentType, SAME_PARENT, OTHER_PARENT, labels);
		if (query.kind() != null && stored.kind() != null) {
			if (query.kind() == stored.kind()) {
				tally.add(SAME_KIND, withArticle(stored.kind()) + ", as given");
			}
			else {
				tally.add(OTHER_KIND, withArticle(stored.kind()) + ", not " + withArticle(query.kind()));
			}
		}
		if (person && !query.organisations().isEmpty() && !stored.organisations().isEmpty()) {
			String shared = query.organisations()
				.stream()
				.filter(stored.organisations()::contains)
				.sorted()
				.map((id) -> labels.of(RecordType.ORGANISATION, id))
				.collect(Collectors.joining(", "));
			if (!shared.isEmpty()) {
				tally.add(HOLDS_POST, "holds a post at " + shared);
			}
			else {
				tally.add(NO_POST, "holds posts, but none at " + query.organisations()
					.stream()
					.sorted()
					.map((id) -> labels.of(RecordType.ORGANISATION, id))
					.collect(Collectors.joining(", ")));
			}
		}
		return tally.candidate(stored.type(), stored.id(), stored.name());
	}

	private static void compare(Tally tally, String given, String stored, String words, RecordType type, int same,
			int other, Labels labels) {
		if (given == null || stored == null) {
			return;
		}
		if (Objects.equals(given, stored)) {
			tally.add(same, words + labels.of(type, stored) + ", as given");
		}
		else {
			tally.add(other, words + labels.of(type, stored) + ", not " + labels.of(type, given));
		}
	}

	/** "a party committee", "an embassy", "talks": a kind in words. */
	static String withArticle(Enum<?> kind) {
		String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		if (words.endsWith("s") && !words.endsWith("ss")) {
			return words;
		}
		return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
	}

}
