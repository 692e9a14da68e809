package org.diplomacygraph.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.diplomacygraph.search.ChangeCursor.Change;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this instance's in-memory search index in step with writes made through any instance on
 * the same database: every {@code diplomacy.search.sync-interval} it reads the rows of
 * {@code search_change} it has not applied yet ({@link ChangeCursor}) and reindexes those entities
 * from the database, removes those no longer stored, or rebuilds the whole index for a rewrite.
 * It also deletes the rows older than {@code diplomacy.search.sync-retention}.
 * <p>
 * An instance applies its own changes too: harmless (its mutations already indexed them at
 * commit), and it covers writes through JPA, which the index otherwise never sees.
 */
@Component
class SearchSync implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SearchSync.class);

	/** More changes than this in one poll are cheaper as a rebuild than one by one. */
	static final int MAX_CHANGES = 10_000;

	/** Entities reindexed per flush of the indexing plan, to bound the session's size. */
	private static final int INDEXING_BATCH = 100;

	private static final Duration MAX_CLEANUP_INTERVAL = Duration.ofHours(1);

	private final SearchIndexer indexer;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final SearchProperties properties;

	/** The indexed entity types by their name in search_change. */
	private final Map<String, Class<?>> types;

	private ScheduledExecutorService executor;

	/** Set while {@link #stop()} interrupts a poll under way: its failure is then no failure. */
	private volatile boolean stopping;

	/** Touched by the poller's thread only, once the start-up build is done. */
	private ChangeCursor cursor;

	private Instant cleanedUp = Instant.MIN;

	SearchSync(SearchIndexer indexer, JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory,
			EntityManager entityManager, PlatformTransactionManager transactionManager, SearchProperties properties) {
		this.indexer = indexer;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.types = Search.mapping(entityManagerFactory)
			.allIndexedEntities()
			.stream()
			.collect(Collectors.toUnmodifiableMap(SearchIndexedEntity::jpaName, SearchIndexedEntity::javaClass));
	}

	@Override
	public synchronized void start() {
		this.stopping = false;
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "search-sync");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.syncInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::pollQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		this.stopping = true;
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	/** A failed poll (the database away) is retried at the next one, from the same position. */
	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			if (this.stopping) {
				// Interrupted by stop() (shutdown, or a test context paused): the next start polls again.
				logger.debug("Search index poll interrupted by stop()", ex);
				return;
			}
			logger.warn("Could not apply the search index changes of other instances; retrying", ex);
		}
	}

	/** Applies the changes not applied yet; the position advances only once they are. */
	void poll() {
		if (this.cursor == null) {
			this.cursor = this.indexer.built();
			if (this.cursor == null) {
				return;
			}
		}
		Instant now = Instant.now();
		List<Change> rows = this.jdbc.query(
				"select id, entity_type, entity_id from search_change where id > ? order by id",
				(row, n) -> new Change(row.getLong(1), row.getString(2), row.getString(3)), this.cursor.lowestUnseen());
		ChangeCursor next = this.cursor.copy();
		List<Change> changes = next.advance(rows, now, this.properties.syncGapTimeout());
		apply(changes);
		this.cursor = next;
		cleanUp(now);
	}

	private void apply(List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		if (changes.stream().anyMatch(Change::all) || changes.size() > MAX_CHANGES) {
			logger.info("Rebuilding the search index: " + (changes.stream().anyMatch(Change::all)
					? "the graph was rewritten" : changes.size() + " entities changed"));
			this.indexer.rebuild(true);
			return;
		}
		Map<Class<?>, Set<String>> ids = new LinkedHashMap<>();
		for (Change change : changes) {
			Class<?> type = this.types.get(change.type());
			if (type != null) {
				ids.computeIfAbsent(type, (key) -> new LinkedHashSet<>()).add(change.entityId());
			}
		}
		this.transactions.executeWithoutResult((status) -> {
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			int count = 0;
			for (Map.Entry<Class<?>, Set<String>> type : ids.entrySet()) {
				for (String id : type.getValue()) {
					Object entity = this.entityManager.find(type.getKey(), id);
					if (entity != null) {
						plan.addOrUpdate(entity);
					}
					else {
						plan.purge(type.getKey(), id, null);
					}
					if (++count % INDEXING_BATCH == 0) {
						plan.execute();
						this.entityManager.clear();
					}
				}
			}
		});
		logger.debug("Applied " + changes.size() + " search index changes");
	}

	/** At most once an hour (or retention), by every instance: a delete of nothing costs little. */
	private void cleanUp(Instant now) {
		Duration retention = this.properties.syncRetention();
		Duration interval = (retention.compareTo(MAX_CLEANUP_INTERVAL) < 0) ? retention : MAX_CLEANUP_INTERVAL;
		if (this.cleanedUp.plus(interval).isAfter(now)) {
			return;
		}
		this.jdbc.update("delete from search_change where changed_at < ?", Timestamp.from(now.minus(retention)));
		this.cleanedUp = now;
	}

}
