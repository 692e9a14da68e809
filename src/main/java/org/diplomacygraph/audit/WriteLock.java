package org.diplomacygraph.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the write transactions, on every instance of one database: each write calls
 * {@link #acquire()} first thing in its transaction, which updates the one row of
 * {@code write_lock}. The row lock is held until the transaction commits or rolls back, so a
 * second writer waits there, and its reads, which all come after, see what the first committed
 * (READ COMMITTED, the default of H2 and PostgreSQL: each statement reads the latest commits).
 * <p>
 * Why: a write reads before it writes. {@code ingestArticle} looks a new organisation's name up
 * among the stored ones and creates it only if none matches; two ingests naming the same new
 * organisation at once would both find none and both create it, and every later ingest by that
 * name would be {@code AMBIGUOUS}. Holding the lock from before the first read makes such
 * check-then-write sequences atomic. Writes are few and short next to reads, which never wait for
 * it. On H2 a writer waits at most the {@code LOCK_TIMEOUT} of the database URL (10 s in
 * {@code application.properties}), on PostgreSQL until the lock is free.
 */
@Component
public class WriteLock {

	private final JdbcTemplate jdbc;

	WriteLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the lock for the rest of the current transaction, waiting for the write that holds it.
	 * Must run inside the write's transaction, before anything of it is read.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void acquire() {
		int rows = this.jdbc.update("update write_lock set version = version + 1 where id = 1");
		if (rows != 1) {
			throw new IllegalStateException("The row of write_lock is missing (see V10__article_identity.sql)");
		}
	}

}
