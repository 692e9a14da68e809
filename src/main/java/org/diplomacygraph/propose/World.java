package org.diplomacygraph.propose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The countries of the world as English texts name them (names, demonyms such as {@code Cuban},
 * capitals), from {@code propose/countries.tsv}, written here: what lets the proposer read
 * "Cuban Ambassador to Vietnam" or "the relationship between Vietnam and China" before the graph
 * stores those countries. A stored country is found by its code.
 */
final class World {

	/** A country: its ISO 3166 code, names (the first is the short name), demonyms and capitals. */
	record Country(String code, List<String> names, List<String> demonyms, List<String> capitals) {

		String name() {
			return this.names.get(0);
		}

	}

	private static final World INSTANCE = load();

	private final List<Country> countries;

	private final Map<String, Country> byName = new HashMap<>();

	private final Map<String, Country> byDemonym = new HashMap<>();

	private final Map<String, Country> byCapital = new HashMap<>();

	private World(List<Country> countries) {
		this.countries = List.copyOf(countries);
		for (Country country : countries) {
			country.names().forEach((name) -> this.byName.putIfAbsent(NameLinker.key(name), country));
			country.demonyms().forEach((name) -> this.byDemonym.putIfAbsent(NameLinker.key(name), country));
			country.capitals().forEach((name) -> this.byCapital.putIfAbsent(NameLinker.key(name), country));
		}
	}

	static World get() {
		return INSTANCE;
	}

	List<Country> countries() {
		return this.countries;
	}

	/** The country a name (folded key, see {@link NameLinker#key}) names, or null. */
	Country country(String key) {
		return this.byName.get(key);
	}

	/** The country of a demonym such as {@code cuban}, or null. */
	Country demonym(String key) {
		return this.byDemonym.get(key);
	}

	/** The country whose capital a name is, or null. */
	Country capitalOf(String key) {
		return this.byCapital.get(key);
	}

	private static World load() {
		try (InputStream in = World.class.getResourceAsStream("/propose/countries.tsv")) {
			if (in == null) {
				throw new IllegalStateException("propose/countries.tsv is missing from the classpath");
			}
			List<Country> countries = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				List<String> names = new ArrayList<>();
				names.add(columns[1]);
				names.addAll(list(columns[2]));
				countries.add(new Country(columns[0], names, list(columns[3]), list(columns[4])));
			}
			return new World(countries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> list(String column) {
		return column.isBlank() ? List.of() : Arrays.stream(column.split(";")).map(String::strip).toList();
	}

}
