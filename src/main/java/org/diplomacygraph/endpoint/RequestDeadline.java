package org.diplomacygraph.endpoint;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * The deadline of one GraphQL request, as its SQL sees it: the statements it is running, so that
 * they can be cancelled when the deadline passes, and a refusal of any statement it would start
 * after that. It reaches the threads that run the request's data fetchers and batch loaders as a
 * thread-local that Spring for GraphQL's context propagation restores there ({@link Accessor}).
 */
final class RequestDeadline {

	/** The key of the deadline in the GraphQL context, and of its thread-local accessor. */
	static final String KEY = RequestDeadline.class.getName();

	private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

	// The SQL state of a cancelled statement, as H2 and PostgreSQL report it.
	private static final String QUERY_CANCELED = "57014";

	private final long start = System.nanoTime();

	private final Set<Statement> running = ConcurrentHashMap.newKeySet();

	private final AtomicInteger statements = new AtomicInteger();

	private volatile boolean passed;

	/** The deadline of the request this thread works for, or {@code null} outside requests. */
	static RequestDeadline current() {
		return CURRENT.get();
	}

	/** Milliseconds since the request was admitted. */
	long elapsedMillis() {
		return (System.nanoTime() - this.start) / 1_000_000;
	}

	boolean passed() {
		return this.passed;
	}

	/** Statements the request started, on whatever thread. */
	int statements() {
		return this.statements.get();
	}

	/**
	 * Passes the deadline: cancels the statements running for the request and refuses any it would
	 * start later.
	 * @return how many running statements were cancelled
	 */
	int pass() {
		this.passed = true;
		int cancelled = 0;
		for (Statement statement : this.running) {
			try {
				statement.cancel();
				cancelled++;
			}
			catch (SQLException ex) {
				// Finished or closed meanwhile: nothing left to cancel.
			}
		}
		return cancelled;
	}

	/** Before a statement of the request runs; refused once the deadline has passed. */
	void starting(Statement statement) throws SQLTimeoutException {
		this.statements.incrementAndGet();
		this.running.add(statement);
		if (this.passed) {
			this.running.remove(statement);
			throw new SQLTimeoutException("Not run: the request's timeout has passed", QUERY_CANCELED);
		}
	}

	void finished(Statement statement) {
		this.running.remove(statement);
	}

	/** Restores the request's deadline on the threads that work for it. */
	static final class Accessor implements ThreadLocalAccessor<RequestDeadline> {

		@Override
		public Object key() {
			return KEY;
		}

		@Override
		public RequestDeadline getValue() {
			return CURRENT.get();
		}

		@Override
		public void setValue(RequestDeadline value) {
			CURRENT.set(value);
		}

		@Override
		public void setValue() {
			CURRENT.remove();
		}

	}

}
