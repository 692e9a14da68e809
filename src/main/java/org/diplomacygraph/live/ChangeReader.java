package org.diplomacygraph.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.diplomacygraph.record.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the change log in sequence order: for the feed, the catch-up of subscriptions and the poller. */
@Component
class ChangeReader {

	private final JdbcTemplate jdbc;

	ChangeReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** At most {@code limit} changes after a sequence, of the given types (every type when empty). One statement. */
	List<Change> after(long seq, Collection<RecordType> types, int limit) {
		StringBuilder sql = new StringBuilder("select seq, node_type, node_id, kind, replaced_by, audit_entry_id, "
				+ "changed_at from change_log where seq > ?");
		List<Object> arguments = new ArrayList<>();
		arguments.add(seq);
		if (!types.isEmpty()) {
			sql.append(" and node_type in (").append(String.join(", ", types.stream().map((type) -> "?").toList()))
				.append(")");
			types.forEach((type) -> arguments.add(type.name()));
		}
		sql.append(" order by seq fetch first ").append(limit).append(" rows only");
		return this.jdbc.query(sql.toString(), (row, n) -> change(row), arguments.toArray());
	}

	/** The highest sequence committed, 0 when the log is empty. */
	long last() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from change_log", Long.class);
	}

	private static Change change(ResultSet row) throws SQLException {
		long audit = row.getLong(6);
		Long auditEntryId = row.wasNull() ? null : audit;
		return new Change(row.getLong(1), RecordType.valueOf(row.getString(2)), row.getString(3),
				ChangeKind.valueOf(row.getString(4)), row.getString(5), auditEntryId, row.getTimestamp(7).toInstant());
	}

}
