package org.diplomacygraph.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDBC batch insert into one table: rows are sent and committed a thousand at a time, and a batch
 * flushes the batches its rows refer to first, so that foreign keys always find their rows.
 */
final class Batch implements AutoCloseable {

	private static final int SIZE = 1000;

	private final Connection connection;

	private final PreparedStatement statement;

	private final List<Batch> before = new ArrayList<>();

	private final int columns;

	private int pending;

	private long rows;

	Batch(Connection connection, String table, String... columns) throws SQLException {
		this.connection = connection;
		this.columns = columns.length;
		this.statement = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
				+ ") values (" + "?, ".repeat(columns.length - 1) + "?)");
	}

	/** Flushes {@code batch} before each flush of this one: rows here refer to rows there. */
	Batch after(Batch batch) {
		this.before.add(batch);
		return this;
	}

	void add(Object... values) throws SQLException {
		if (values.length != this.columns) {
			throw new IllegalArgumentException("expected " + this.columns + " values, got " + values.length);
		}
		for (int i = 0; i < values.length; i++) {
			this.statement.setObject(i + 1, values[i]);
		}
		this.statement.addBatch();
		this.rows++;
		if (++this.pending == SIZE) {
			flush();
		}
	}

	void flush() throws SQLException {
		for (Batch batch : this.before) {
			batch.flush();
		}
		if (this.pending > 0) {
			this.statement.executeBatch();
			// A commit per batch keeps H2's undo log small; a graph left half-written has no
			// fingerprint, so the next start replaces it.
			this.connection.commit();
			this.pending = 0;
		}
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws SQLException {
		flush();
		this.statement.close();
	}

}
