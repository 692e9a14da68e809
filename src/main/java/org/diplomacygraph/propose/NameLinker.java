package org.diplomacygraph.propose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplomacygraph.model.Names;
import org.diplomacygraph.propose.Gazetteer.Known;
import org.diplomacygraph.record.RecordType;

/**
 * Links a name the text uses to the stored entities it may denote: the one place that decides, so
 * that it can become the {@code match} package's scoring matcher. For now a name links when, folded
 * as {@link #key} folds it, it is the name or an alias of a stored entity (score 100); anything else
 * is new.
 */
final class NameLinker {

	/** A stored entity a name may denote, with a score (0–100) and the reasons, human-readable. */
	record Candidate(Known entity, int score, List<String> reasons) {
	}

	private final Map<String, List<Known>> byKey = new HashMap<>();

	private final Map<String, Known> byId = new HashMap<>();

	private final Map<String, Known> countriesByCode = new HashMap<>();

	private int maxWords = 1;

	NameLinker(Gazetteer gazetteer) {
		for (Known entity : gazetteer.entities()) {
			this.byId.put(entity.type() + ":" + entity.id(), entity);
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

	/** A stored entity by type and slug, or null. */
	Known get(RecordType type, String id) {
		return this.byId.get(type + ":" + id);
	}

	/** The stored country of a country of the world, by its code, or null. */
	Known country(World.Country country) {
		return (country != null) ? this.countriesByCode.get(country.code()) : null;
	}

}
