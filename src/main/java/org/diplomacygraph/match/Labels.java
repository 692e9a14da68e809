package org.diplomacygraph.match;

import org.diplomacygraph.record.RecordType;

/** The names of the stored records that reasons mention, by type and slug. */
@FunctionalInterface
public interface Labels {

	/** The record's name, or its slug if it has none (or is not stored). */
	String of(RecordType type, String id);

}
