package org.diplomacygraph.model;

import java.util.Collection;

/** An entity known by other names too: a person, an organisation, a place or a country. */
public interface Aliased {

	/** Adds other names after the aliases (an ingested article spelling it otherwise). */
	void addAliases(Collection<String> names);

}
