package org.diplomacygraph.values;

import java.util.Locale;

/** Kinds (enum constants such as {@code PARTY_COMMITTEE}) as people and files write them. */
public final class Kinds {

	private Kinds() {
	}

	/**
	 * The constant of {@code kinds} a text names, case and separators aside ({@code party committee},
	 * {@code party-committee}, {@code PARTY_COMMITTEE}), or null if it names none (or either is null).
	 */
	public static Enum<?> named(Class<?> kinds, String text) {
		if (kinds == null || text == null || !kinds.isEnum()) {
			return null;
		}
		String constant = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
		for (Object kind : kinds.getEnumConstants()) {
			if (((Enum<?>) kind).name().equals(constant)) {
				return (Enum<?>) kind;
			}
		}
		return null;
	}

}
