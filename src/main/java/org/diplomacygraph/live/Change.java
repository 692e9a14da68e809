package org.diplomacygraph.live;

import java.time.Instant;

import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.GlobalId;

/**
 * One row of the change log: the schema's {@code Change}.
 *
 * @param seq the row's sequence, the feed's order and the key of its cursor
 * @param type the node's type
 * @param slug the node's slug
 * @param kind created, updated or deleted
 * @param replacedBySlug for a node merged away, the slug of the node it was merged into
 * @param auditEntryId the write's audit entry, null for the corpus loaded at start-up
 * @param changedAt when the write committed (a moment before)
 */
public record Change(long seq, RecordType type, String slug, ChangeKind kind, String replacedBySlug, Long auditEntryId,
		Instant changedAt) {

	/** Oldest first, by sequence; the cursor's id is the moment of the change, which tells its age. */
	static final Ordering<Change> ORDER = Ordering.of("CHANGED", OrderDirection.ASC, "seq", Long.class, Change::seq,
			(change) -> change.changedAt().toString());

	/** {@code Change.cursor}. */
	public String cursor() {
		return ORDER.cursorOf(this).encode();
	}

	/** {@code Change.id}: the node's global ID. */
	public String id() {
		return GlobalId.encode(this.type.typeName(), this.slug);
	}

	/** {@code Change.at}. */
	public String at() {
		return this.changedAt.toString();
	}

	/** {@code Change.replacedBy}: a global ID, or null. */
	public String replacedBy() {
		return (this.replacedBySlug != null) ? GlobalId.encode(this.type.typeName(), this.replacedBySlug) : null;
	}

}
