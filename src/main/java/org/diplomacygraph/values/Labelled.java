package org.diplomacygraph.values;

/**
 * An entity with one display name, the schema's {@code Node.label}: a name, or a title. Every node
 * type implements it, so that one fragment renders any search result or {@code nodes} entry; the
 * label is a column of the entity's own row, so it costs no statement.
 */
public interface Labelled {

	/** The name or title that names the entity wherever one line must do; never null. */
	String getLabel();

}
