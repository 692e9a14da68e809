package org.diplomacygraph.live;

/** What happened to a node: the schema's {@code ChangeKind}, the {@code kind} of {@code change_log}. */
public enum ChangeKind {

	CREATED, UPDATED, DELETED;

	/**
	 * The kind of a node's change in one transaction after a further write of it, or null when the
	 * two cancel out (created and deleted in the same transaction).
	 */
	static ChangeKind then(ChangeKind before, ChangeKind next) {
		if (before == null) {
			return next;
		}
		if (before == CREATED) {
			return (next == DELETED) ? null : CREATED;
		}
		if (before == DELETED) {
			// Deleted, then stored again under the same ID (a rewrite): the node is still there, changed.
			return (next == CREATED) ? UPDATED : DELETED;
		}
		return (next == DELETED) ? DELETED : UPDATED;
	}

}
