package org.diplomacygraph.values;

import java.util.Collection;
import java.util.List;

/** An entity known by other names too: a person, an organisation, a place or a country. */
public interface Aliased {

	/** The name it is recorded under. */
	String getName();

	/** Its other names, in the order added. */
	List<String> getAliases();

	/** Adds other names after the aliases (an ingested article spelling it otherwise). */
	void addAliases(Collection<String> names);

	/** Drops the aliases no source gives any more (after an article is retracted). */
	void keepAliases(Collection<String> sourced);

}
