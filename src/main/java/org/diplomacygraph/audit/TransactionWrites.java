package org.diplomacygraph.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each write transaction changed, collected per Hibernate session and handed, just before it
 * commits (after its last flush) and on its own connection, to every {@link Recorder}: the search
 * index's changes ({@code search/SearchChanges}) and the change log ({@code live/ChangeLog}). A
 * rolled-back transaction hands nothing to anyone.
 * <p>
 * Writes through JPA (persist, merge, remove, changed collections) are seen by Hibernate event
 * listeners, whatever code makes them; a write in plain SQL, which Hibernate does not see, is told
 * with {@link #record}, and a rewrite of the whole graph with {@link #recordAll}.
 */
@Component
public class TransactionWrites implements TransactionExecutionListener {

	private final EntityManager entityManager;

	private final List<Recorder> recorders = new CopyOnWriteArrayList<>();

	/** The writes of each session's current transaction, until it completes. */
	private final Map<SharedSessionContractImplementor, Writes> pending = new ConcurrentHashMap<>();

	TransactionWrites(EntityManagerFactory entityManagerFactory, EntityManager entityManager) {
		this.entityManager = entityManager;
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		Listener listener = new Listener();
		listeners.appendListeners(EventType.POST_INSERT, listener);
		listeners.appendListeners(EventType.POST_UPDATE, listener);
		listeners.appendListeners(EventType.POST_DELETE, listener);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
	}

	/** Adds a recorder, called for every transaction that wrote, in the order recorders were added. */
	public void register(Recorder recorder) {
		this.recorders.add(recorder);
	}

	/**
	 * Tells that a write in plain SQL changed (or deleted) an entity; must be called inside the
	 * writing transaction.
	 */
	public void record(Class<?> type, String id) {
		pending(currentSession()).add(new Write(type.getName(), id, Kind.PLAIN, new String[0], new Object[0]));
	}

	/** Tells that the transaction rewrites the graph as a whole; the writes seen so far are forgotten. */
	public void recordAll() {
		pending(currentSession()).rewrite();
	}

	/**
	 * What a recorder keeps beside the writes of the current transaction (e.g. what the graph held
	 * before a rewrite), made by {@code initial} the first time it is asked for.
	 */
	public <T> T attachment(Class<T> type, Supplier<T> initial) {
		return pending(currentSession()).attachment(type, initial);
	}

	private SharedSessionContractImplementor currentSession() {
		// Outside a transaction the shared entity manager would hand out a throwaway session.
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Writes are recorded inside the writing transaction");
		}
		return this.entityManager.unwrap(SharedSessionContractImplementor.class);
	}

	/**
	 * Every transaction of the application's transaction manager (Spring Boot adds this listener to
	 * it) gets a synchronization that hands its writes to the recorders before the
	 * commit, after a flush of its session (the commit's own flush, later, then finds nothing new),
	 * and forgets them when it ends, committed or rolled back. Hibernate's completion callbacks would
	 * not do: they are skipped on a rollback, and Hibernate warns when a session closes with one left
	 * over (HHH90010101). They serve only writes outside Spring's transactions.
	 */
	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		// Read-only ones too (the dry run plans its writes in one and rolls it back): nothing is handed
		// over, but what their session recorded is forgotten at the end.
		if (beginFailure == null && transaction.isNewTransaction()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new Flush());
		}
	}

	private Writes pending(SharedSessionContractImplementor session) {
		return this.pending.computeIfAbsent(session, (key) -> {
			Writes writes = new Writes();
			boolean flushed = TransactionSynchronizationManager.isSynchronizationActive()
					&& TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Flush.class::isInstance);
			if (!flushed) {
				// A write outside the transactions of Spring's transaction manager.
				key.getTransactionCompletionCallbacks().registerCallback(writes::beforeCommit);
				key.getTransactionCompletionCallbacks()
					.registerCallback((boolean success, SharedSessionContractImplementor completed) -> {
						writes.completed = true;
						this.pending.remove(completed);
					});
			}
			return writes;
		});
	}

	/** Hands the writes of a Spring transaction to the recorders before it commits; forgets them when it ends. */
	private final class Flush implements TransactionSynchronization {

		private SharedSessionContractImplementor session;

		@Override
		public void beforeCommit(boolean readOnly) {
			if (readOnly) {
				return;
			}
			this.session = TransactionWrites.this.entityManager.unwrap(SharedSessionContractImplementor.class);
			if (this.session.isOpen()) {
				this.session.flush();
			}
			Writes writes = TransactionWrites.this.pending.get(this.session);
			if (writes != null) {
				writes.beforeCommit(this.session);
			}
		}

		@Override
		public void afterCompletion(int status) {
			SharedSessionContractImplementor session = (this.session != null) ? this.session
					: TransactionWrites.this.entityManager.unwrap(SharedSessionContractImplementor.class);
			Writes writes = TransactionWrites.this.pending.remove(session);
			if (writes != null) {
				writes.completed = true;
			}
		}

	}

	private void seen(SharedSessionContractImplementor session, Write write) {
		if (write.id() != null) {
			pending(session).add(write);
		}
	}

	/** How Hibernate saw an entity written. */
	public enum Kind {

		INSERT, UPDATE, DELETE,

		/** A collection of the entity (aliases, a many-to-many list) changed. */
		COLLECTION,

		/** Changed or deleted in plain SQL ({@link #record}). */
		PLAIN

	}

	/**
	 * One entity written.
	 *
	 * @param entityName the entity's class name
	 * @param id its identifier
	 * @param properties the names of its persistent properties (empty for collections and plain SQL)
	 * @param state their values after the write (before it, for a delete)
	 */
	public record Write(String entityName, Object id, Kind kind, String[] properties, Object[] state) {

		/** The value of a persistent property in {@link #state}, or null. */
		public Object property(String name) {
			for (int i = 0; i < this.properties.length; i++) {
				if (this.properties[i].equals(name)) {
					return this.state[i];
				}
			}
			return null;
		}

	}

	/** Records the writes of a transaction before it commits. */
	public interface Recorder {

		/**
		 * Called just before the transaction commits, on its connection; an exception rolls it back.
		 * Not called for a transaction that wrote nothing.
		 */
		void beforeCommit(Writes writes, Connection connection) throws SQLException;

	}

	/** The writes of one transaction. */
	public final class Writes {

		private final List<Write> writes = new ArrayList<>();

		private final Map<Class<?>, Object> attachments = new HashMap<>();

		private boolean all;

		/** Set when the transaction ended, so that a leftover callback never writes into a later one. */
		private volatile boolean completed;

		/** Whether the transaction rewrote the whole graph ({@link TransactionWrites#recordAll}). */
		public boolean all() {
			return this.all;
		}

		/** The entities written, in order; empty after {@link #all()}. */
		public List<Write> list() {
			return this.writes;
		}

		/** The ID of the audit entry the transaction recorded, or null. */
		public Long auditEntryId() {
			Long id = null;
			for (Write write : this.writes) {
				if (write.kind() == Kind.INSERT && write.entityName().equals(AuditEntry.class.getName())) {
					id = (Long) write.id();
				}
			}
			return id;
		}

		/** What a recorder attached to the transaction ({@link TransactionWrites#attachment}), or what {@code initial} makes. */
		public <T> T attachment(Class<T> type, Supplier<T> initial) {
			return type.cast(this.attachments.computeIfAbsent(type, (key) -> initial.get()));
		}

		/** Of the entities persisted so far, only the audit entry is kept: the rewrite stands for them all. */
		void rewrite() {
			this.all = true;
			this.writes.removeIf((write) -> !write.entityName().equals(AuditEntry.class.getName()));
		}

		void add(Write write) {
			if (!this.all || write.entityName().equals(AuditEntry.class.getName())) {
				this.writes.add(write);
			}
		}

		/** Before the commit and after the last flush, on the transaction's connection. */
		void beforeCommit(SharedSessionContractImplementor session) {
			if (this.completed || (!this.all && this.writes.isEmpty())) {
				return;
			}
			Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
			for (Recorder recorder : TransactionWrites.this.recorders) {
				try {
					recorder.beforeCommit(this, connection);
				}
				catch (SQLException ex) {
					throw new HibernateException("Could not record the changes of the transaction", ex);
				}
			}
		}

	}

	/** Sees every JPA write, in every session. */
	private final class Listener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
			PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			seen(event.getSession(), new Write(event.getPersister().getEntityName(), event.getId(), Kind.INSERT,
					event.getPersister().getPropertyNames(), event.getState()));
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			seen(event.getSession(), new Write(event.getPersister().getEntityName(), event.getId(), Kind.UPDATE,
					event.getPersister().getPropertyNames(), event.getState()));
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			seen(event.getSession(), new Write(event.getPersister().getEntityName(), event.getId(), Kind.DELETE,
					event.getPersister().getPropertyNames(), event.getDeletedState()));
		}

		@Override
		public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
			collection(event);
		}

		@Override
		public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
			collection(event);
		}

		@Override
		public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
			collection(event);
		}

		private void collection(AbstractCollectionEvent event) {
			seen(event.getSession(), new Write(event.getAffectedOwnerEntityName(), event.getAffectedOwnerIdOrNull(),
					Kind.COLLECTION, new String[0], new Object[0]));
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

	}

}
