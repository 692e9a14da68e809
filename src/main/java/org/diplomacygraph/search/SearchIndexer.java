package org.diplomacygraph.search;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index from the store: during start-up once the store holds its graph, before
 * the server takes requests ({@link #build}, called by {@code org.diplomacygraph.CorpusRewrite}), so
 * that search never answers from an empty or stale index; and again, while serving, when another
 * instance rewrote the graph ({@link SearchSync}).
 */
@Component
@EnableConfigurationProperties(SearchProperties.class)
public class SearchIndexer {

	private static final Log logger = LogFactory.getLog(SearchIndexer.class);

	/** Entities reindexed per transaction by a rebuild while serving. */
	private static final int REPLACE_PAGE = 500;

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final SearchProperties properties;

	/** Where the start-up index stands among the changes of search_change; null until built. */
	private volatile ChangeCursor built;

	SearchIndexer(EntityManagerFactory entityManagerFactory, EntityManager entityManager, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, SearchProperties properties) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	/** The position among the changes of other instances from which the start-up index is kept in step. */
	ChangeCursor built() {
		return this.built;
	}

	/**
	 * The start-up build, from what the store holds once committed (also when the corpus was found up
	 * to date: the index lives in memory and starts empty); changes recorded from the moment it reads
	 * the store on are applied after it.
	 */
	public void build() {
		ChangeCursor cursor = ChangeCursor.now(this.jdbc, this.properties.syncGapTimeout(), Instant.now());
		rebuild(false);
		this.built = cursor;
	}

	/**
	 * Indexes every entity the store holds; returns when done. Before serving, the mass indexer
	 * empties the index and fills it anew (the quickest way). While serving ({@code live}) every
	 * document is replaced in place instead, page by page, so that searches keep finding the old
	 * ones meanwhile (the mass indexer only adds documents, which would leave each entity twice in
	 * an index not emptied first), and the documents of entities no longer stored are removed at the end.
	 */
	synchronized void rebuild(boolean live) {
		long start = System.nanoTime();
		if (live) {
			replaceAll();
			purgeUnstored();
		}
		else {
			try {
				Search.mapping(this.entityManagerFactory)
					.scope(Object.class)
					.massIndexer()
					// Entities in batches of 100 rather than 10: a tenth of the statements on large graphs.
					.batchSizeToLoadObjects(100)
					.startAndWait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
			}
		}
		logger.info("Rebuilt the search index in " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/** Reindexes every stored entity, a page of each type per transaction, in id order. */
	private void replaceAll() {
		for (SearchIndexedEntity<?> type : Search.mapping(this.entityManagerFactory).allIndexedEntities()) {
			String after = "";
			while (after != null) {
				String from = after;
				after = this.transactions.execute((status) -> {
					List<?> page = this.entityManager
						.createQuery("select e from " + type.jpaName() + " e where cast(id(e) as String) > :after "
								+ "order by id(e)", type.javaClass())
						.setParameter("after", from)
						.setMaxResults(REPLACE_PAGE)
						.getResultList();
					SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
					page.forEach(plan::addOrUpdate);
					return (page.size() < REPLACE_PAGE) ? null : this.entityManagerFactory.getPersistenceUnitUtil()
						.getIdentifier(page.get(page.size() - 1))
						.toString();
				});
			}
		}
	}

	/** Removes the documents of entities the store no longer holds. */
	private void purgeUnstored() {
		this.transactions.executeWithoutResult((status) -> {
			SearchSession session = Search.session(this.entityManager);
			SearchIndexingPlan plan = session.indexingPlan();
			for (SearchIndexedEntity<?> type : Search.mapping(this.entityManagerFactory).allIndexedEntities()) {
				Set<String> stored = new HashSet<>(this.entityManager
					.createQuery("select cast(id(e) as String) from " + type.jpaName() + " e", String.class)
					.getResultList());
				List<String> indexed = session.search(type.javaClass())
					.select((f) -> f.id(String.class))
					.where((f) -> f.matchAll())
					.fetchAllHits();
				for (String id : indexed) {
					if (!stored.contains(id)) {
						plan.purge(type.javaClass(), id, null);
					}
				}
			}
		});
	}

}
