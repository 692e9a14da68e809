package org.diplomacygraph.values;

/**
 * An entity of a GraphQL type that implements {@code Node}: a slug ID (which the global ID
 * encodes with the type name) and a label. Every node entity implements it, so the global ID of
 * any node is read the same way.
 */
public interface Node extends Labelled {

	/** The slug: the entity's ID within its type. */
	String getId();

}
