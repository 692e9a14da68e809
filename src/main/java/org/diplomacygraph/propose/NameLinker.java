package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacygraph.match.EntityQuery;
import org.diplomacygraph.match.Matcher;
import org.diplomacygraph.match.Ranking;
import org.diplomacygraph.match.StoredEntity;
import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Place;
import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Kinds;
import org.diplomacygraph.values.Names;

/**
 * Links a name the text uses to the stored entities it may denote. While the text is read, a name
 * links when, folded as {@link #key} folds it, it is the name or an alias of a stored entity (score
 * 100). A name that does not, the name of an entity the proposal would add, is then scored against
 * the stored entities that share a word or initials with it by the {@code match} package's matcher
 * ({@link #resembling}), the rules that reconciliation and ingest apply.
 */
final class NameLinker {

	/** A stored entity a name may denote, with a score (0–100) and the reasons, human-readable. */
	record Candidate(Known entity, int score, List<String> reasons) {
	}

	private final Map<String, List<Known>> byKey = new HashMap<>();

	private final Map<String, Known> byId = new HashMap<>();

	private final Map<String, Known> countriesByCode = new HashMap<>();

	/** The stored entities as the matcher compares them, by the folded words and initials of their names. */
	private final Map<String, List<StoredEntity>> byWord = new HashMap<>();

	/** The stored organisations of kind {@code party}, by the slug of their country. */
	private final Map<String, List<Known>> partiesByCountry = new HashMap<>();

	private int maxWords = 1;

	NameLinker(Gazetteer gazetteer) {
		for (Known entity : gazetteer.entities()) {
			this.byId.put(entity.type() + ":" + entity.id(), entity);
			if (entity.type() == RecordType.ORGANISATION && "party".equals(entity.kind()) && entity.country() != null) {
				this.partiesByCountry.computeIfAbsent(entity.country(), (k) -> new ArrayList<>()).add(entity);
			}
			StoredEntity compared = compared(entity);
			for (String word : words(entity.names())) {
				this.byWord.computeIfAbsent(word, (k) -> new ArrayList<>()).add(compared);
			}
			if (entity.code() != null) {
				this.countriesByCode.put(entity.code(), entity);
			}
			for (String name : entity.names()) {
				String key = key(name);
				if (key.isEmpty()) {
					continue;
				}
				List<Known> named = this.byKey.computeIfAbsent(key, (k) -> new ArrayList<>());
				if (!named.contains(entity)) {
					named.add(entity);
				}
				this.maxWords = Math.max(this.maxWords, Names.fold(name).split(" ").length + 1);
			}
		}
	}

	/**
	 * A name as names are compared: folded ({@link Names#fold}: case, diacritics, đ, punctuation and
	 * hyphens do not count), without a leading "the", and without spaces, so that {@code Hà Nội} is
	 * {@code Hanoi} and {@code Việt Nam} is {@code Vietnam}.
	 */
	static String key(String name) {
		String folded = Names.fold(name);
		if (folded.startsWith("the ")) {
			folded = folded.substring(4);
		}
		return folded.replace(" ", "");
	}

	/** The most words a stored name has (plus one for a leading "the"): how far a scan must look. */
	int maxWords() {
		return this.maxWords;
	}

	/** The stored entities of any of the types one of whose names has this key, in stored order. */
	List<Known> named(String key, Collection<RecordType> types) {
		List<Known> named = new ArrayList<>();
		for (Known entity : this.byKey.getOrDefault(key, List.of())) {
			if (types.contains(entity.type())) {
				named.add(entity);
			}
		}
		return named;
	}

	/** The candidates for a name the text uses, of one of the types, best first. */
	List<Candidate> candidates(String surface, Collection<RecordType> types) {
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		for (Known entity : named(key(surface), types)) {
			String reason = "'" + surface + "' is, case, diacritics, punctuation and spacing aside, "
					+ (key(entity.name()).equals(key(surface)) ? "the name" : "a name") + " of the stored "
					+ entity.type().noun() + " " + entity.name();
			candidates.putIfAbsent(entity.type() + ":" + entity.id(), new Candidate(entity, 100, List.of(reason)));
		}
		return List.copyOf(candidates.values());
	}

	/**
	 * The stored entities of the type that an entity not stored under any of these names may be
	 * after all, scored by the matcher: e.g. "Partido Comunista de Cuba" against the Communist Party
	 * of Cuba with the alias "PCC". Only entities sharing the first four letters of a word (of three
	 * letters or more: "Partido" and "Party") or the initials with one of the names are scored.
	 *
	 * @param kind the kind the text gives it (as {@link Known#kind} spells kinds), or null
	 * @param country the slug of the stored country the text puts it in, or null
	 */
	Ranking resembling(RecordType type, List<String> names, String kind, String country) {
		Map<String, StoredEntity> known = new LinkedHashMap<>();
		for (String word : words(names)) {
			for (StoredEntity entity : this.byWord.getOrDefault(word, List.of())) {
				if (entity.type() == type) {
					known.putIfAbsent(entity.id(), entity);
				}
			}
		}
		if (known.isEmpty()) {
			return new Ranking(List.of());
		}
		EntityQuery query = new EntityQuery(type, names.get(0), names.subList(1, names.size()), kind(type, kind),
				country, null, Set.of());
		return Matcher.rank(query, known.values(), this::label, Matcher.MAX_LIMIT);
	}

	private String label(RecordType type, String id) {
		Known entity = get(type, id);
		return (entity != null) ? entity.name() : id;
	}

	/** The first four letters of the folded words of three letters or more, and the initials of several words, of the names. */
	private static Set<String> words(List<String> names) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			String[] folded = Names.fold(name).split(" ");
			StringBuilder initials = new StringBuilder();
			for (String word : folded) {
				if (word.length() >= 3 && !Lexicon.NAME_CONNECTORS.contains(word)) {
					words.add(word.substring(0, Math.min(4, word.length())));
				}
				if (!word.isEmpty() && !Lexicon.NAME_CONNECTORS.contains(word)) {
					initials.append(word.charAt(0));
				}
			}
			if (initials.length() >= 2) {
				words.add("^" + initials);
			}
			if (folded.length == 1 && folded[0].length() >= 2) {
				words.add("^" + folded[0]);
			}
		}
		return words;
	}

	private static StoredEntity compared(Known entity) {
		Set<String> organisations = new LinkedHashSet<>();
		entity.posts().stream().map(Gazetteer.Post::organisation).filter((id) -> id != null).forEach(organisations::add);
		return new StoredEntity(entity.type(), entity.id(), entity.name(), entity.aliases(),
				kind(entity.type(), entity.kind()), entity.country(), entity.parent(), entity.code(), organisations);
	}

	/** An organisation's or place's kind as the matcher compares kinds, from its spelling here ({@code party-committee}). */
	private static Enum<?> kind(RecordType type, String kind) {
		return Kinds.named((type == RecordType.ORGANISATION) ? Organisation.Kind.class
				: (type == RecordType.PLACE) ? Place.Kind.class : null, kind);
	}

	/** The one stored organisation of kind {@code party} in a country (its slug), or null if none or several. */
	Known partyOf(String country) {
		List<Known> parties = this.partiesByCountry.getOrDefault(country, List.of());
		return (parties.size() == 1) ? parties.get(0) : null;
	}

	/** A stored entity by type and slug, or null. */
	Known get(RecordType type, String id) {
		return this.byId.get(type + ":" + id);
	}

	/** The stored country of a country of the world, by its code, or null. */
	Known country(World.Country country) {
		return (country != null) ? this.countriesByCode.get(country.code()) : null;
	}

}
