package org.diplomacygraph.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records, in the writing transaction, which entities of the search index a write changed, as rows
 * of {@code search_change} that every instance's {@link SearchSync} replays onto its own index.
 * <p>
 * Writes through JPA (persist, merge, remove, changed alias collections) are recorded by Hibernate
 * event listeners, whatever code makes them; writes in plain SQL must call {@link #record}, and a
 * rewrite of the whole graph {@link #recordAll} (the corpus rewrite,
 * {@code org.diplomacygraph.CorpusRewrite}). The changes of one transaction are collected per Hibernate session and inserted once, just before it
 * commits (after its last flush), so a rolled-back write leaves no row and a rewrite of the whole
 * graph one row rather than one per entity.
 */
@Component
public class SearchChanges implements TransactionExecutionListener {

	/** The entity type (and id) of a change that asks for a rebuild of the whole index. */
	static final String ALL = "*";

	static final String INSERT = "insert into search_change (entity_type, entity_id, changed_at) values (?, ?, ?)";

	private final EntityManager entityManager;

	/** Hibernate entity name (the class's) to the search mapping's name, for the indexed entities. */
	private final Map<String, String> indexedNames;

	/** The changes of each session's current transaction, until it completes. */
	private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();

	SearchChanges(EntityManagerFactory entityManagerFactory, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.indexedNames = Search.mapping(entityManagerFactory)
			.allIndexedEntities()
			.stream()
			.collect(Collectors.toUnmodifiableMap((entity) -> entity.javaClass().getName(), SearchIndexedEntity::jpaName));
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

	/**
	 * Records that a write in plain SQL (which Hibernate does not see) changed or deleted an indexed
	 * entity; must be called inside the writing transaction. Types the index does not hold are ignored.
	 */
	public void record(Class<?> type, String id) {
		String name = this.indexedNames.get(type.getName());
		if (name != null) {
			pending(currentSession()).add(name, id);
		}
	}

	/** Records that the transaction rewrites the graph as a whole: every instance rebuilds its index. */
	public void recordAll() {
		pending(currentSession()).all();
	}

	/**
	 * {@link #recordAll} for a rewrite in plain JDBC outside Spring's transactions (the synthetic
	 * graph), on its connection, before it commits.
	 */
	public static void recordAll(Connection connection) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			insert.setString(1, ALL);
			insert.setString(2, ALL);
			insert.setTimestamp(3, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

	private SharedSessionContractImplementor currentSession() {
		// Outside a transaction the shared entity manager would hand out a throwaway session.
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Search changes are recorded inside the writing transaction");
		}
		return this.entityManager.unwrap(SharedSessionContractImplementor.class);
	}

	private void recordEntity(SharedSessionContractImplementor session, String entityName, Object id) {
		String name = this.indexedNames.get(entityName);
		if (name != null && id != null) {
			pending(session).add(name, id.toString());
		}
	}

	/**
	 * Every transaction of the application's transaction manager (Spring Boot adds this listener to
	 * it) that may write gets a synchronization that writes its changes before the commit, after a
	 * flush of its session (the commit's own flush, later, then finds nothing to write), and forgets
	 * them when it ends, committed or rolled back. Hibernate's completion callbacks would not do:
	 * they are skipped on a rollback, and Hibernate warns when a session closes with one left over
	 * (HHH90010101). They serve only writes outside Spring's transactions.
	 */
	@Override
	public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
		if (beginFailure == null && !transaction.isReadOnly() && transaction.isNewTransaction()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new Flush());
		}
	}

	private Pending pending(SharedSessionContractImplementor session) {
		return this.pending.computeIfAbsent(session, (key) -> {
			Pending changes = new Pending();
			boolean flushed = TransactionSynchronizationManager.isSynchronizationActive()
					&& TransactionSynchronizationManager.getSynchronizations()
						.stream()
						.anyMatch(Flush.class::isInstance);
			if (!flushed) {
				// A write outside the transactions of Spring's transaction manager.
				key.getTransactionCompletionCallbacks().registerCallback(changes::write);
				key.getTransactionCompletionCallbacks()
					.registerCallback((boolean success, SharedSessionContractImplementor completed) -> {
						changes.completed = true;
						this.pending.remove(completed);
					});
			}
			return changes;
		});
	}

	/** Writes the changes of a Spring transaction before it commits; forgets them when it ends. */
	private final class Flush implements TransactionSynchronization {

		private SharedSessionContractImplementor session;

		@Override
		public void beforeCommit(boolean readOnly) {
			this.session = SearchChanges.this.entityManager.unwrap(SharedSessionContractImplementor.class);
			if (this.session.isOpen()) {
				this.session.flush();
			}
			Pending changes = SearchChanges.this.pending.get(this.session);
			if (changes != null) {
				changes.write(this.session);
			}
		}

		@Override
		public void afterCompletion(int status) {
			SharedSessionContractImplementor session = (this.session != null) ? this.session
					: SearchChanges.this.entityManager.unwrap(SharedSessionContractImplementor.class);
			Pending changes = SearchChanges.this.pending.remove(session);
			if (changes != null) {
				changes.completed = true;
			}
		}

	}

	/** The changes of one transaction. */
	private static final class Pending {

		private final Set<List<String>> changes = new LinkedHashSet<>();

		private boolean all;

		/** Set when the transaction ended, so that a leftover callback never writes into a later one. */
		private volatile boolean completed;

		/** The entities the rewrite persisted before are forgotten: one row stands for them all. */
		void all() {
			this.all = true;
			this.changes.clear();
		}

		void add(String type, String id) {
			if (!this.all) {
				this.changes.add(List.of(type, id));
			}
		}

		/** Before the commit and after the last flush, on the transaction's connection. */
		void write(SharedSessionContractImplementor session) {
			if (this.completed || (!this.all && this.changes.isEmpty())) {
				return;
			}
			Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				for (List<String> change : this.all ? List.of(List.of(ALL, ALL)) : this.changes) {
					insert.setString(1, change.get(0));
					insert.setString(2, change.get(1));
					insert.setTimestamp(3, now);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			catch (SQLException ex) {
				throw new HibernateException("Could not record the search index changes of the transaction", ex);
			}
		}

	}

	/** Sees every JPA write of an indexed entity, in every session. */
	private final class Listener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
			PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			recordEntity(event.getSession(), event.getPersister().getEntityName(), event.getId());
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			recordEntity(event.getSession(), event.getPersister().getEntityName(), event.getId());
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			recordEntity(event.getSession(), event.getPersister().getEntityName(), event.getId());
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

		/** An owner's aliases are part of its document. */
		private void collection(AbstractCollectionEvent event) {
			recordEntity(event.getSession(), event.getAffectedOwnerEntityName(), event.getAffectedOwnerIdOrNull());
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

	}

}
