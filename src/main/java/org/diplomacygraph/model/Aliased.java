package org.diplomacygraph.model;

import java.util.Collection;

/** An entity known by other names too: a person, an organisation, a place or a country. */
public interface Aliased {

	/** Adds other names after the aliases (an ingested article spelling it otherwise). */
	void addAliases(Collection<String> names);

	/** Drops the aliases no source gives any more (after an article is retracted). */
	void keepAliases(Collection<String> sourced);

}
