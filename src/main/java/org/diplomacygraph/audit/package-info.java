/**
 * The audit log and the write lock: every write is recorded in {@code audit_entry} in its own
 * transaction (who, when, what, which IDs), read by editors through {@code auditLog}; every write
 * first takes the one row of {@code write_lock}, so writes run one after another.
 * {@link org.diplomacygraph.audit.TransactionWrites} collects what each transaction wrote (Hibernate
 * event listeners) and hands it, before the commit, to the recorders that log it: the search index's
 * changes and the change log of {@code live}.
 * <p>
 * Main classes: {@link org.diplomacygraph.audit.AuditLog}, {@link org.diplomacygraph.audit.WriteLock},
 * {@link org.diplomacygraph.audit.AuditEntry}, {@link org.diplomacygraph.audit.TransactionWrites}, {@code AuditController}.
 * <p>
 * Depends on {@code values} only; the write side ({@code ingest}, {@code curation}) depends on it.
 */
package org.diplomacygraph.audit;
