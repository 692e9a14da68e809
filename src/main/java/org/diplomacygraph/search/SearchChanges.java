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
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.diplomacygraph.audit.TransactionWrites;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

import org.springframework.stereotype.Component;

/**
 * Records, in the writing transaction, which entities of the search index a write changed, as rows
 * of {@code search_change} that every instance's {@link SearchSync} replays onto its own index.
 * <p>
 * What a transaction wrote is collected by {@link TransactionWrites} (Hibernate event listeners for
 * writes through JPA; {@link #record} for writes in plain SQL, {@link #recordAll} for a rewrite of
 * the whole graph, the corpus rewrite {@code org.diplomacygraph.CorpusRewrite}); the rows are
 * inserted once, just before it commits (after its last flush), so a rolled-back write leaves no
 * row and a rewrite of the whole graph one row rather than one per entity.
 */
@Component
public class SearchChanges implements TransactionWrites.Recorder {

	/** The entity type (and id) of a change that asks for a rebuild of the whole index. */
	static final String ALL = "*";

	static final String INSERT = "insert into search_change (entity_type, entity_id, changed_at) values (?, ?, ?)";

	private final TransactionWrites writes;

	/** Hibernate entity name (the class's) to the search mapping's name, for the indexed entities. */
	private final Map<String, String> indexedNames;

	SearchChanges(EntityManagerFactory entityManagerFactory, TransactionWrites writes) {
		this.writes = writes;
		this.indexedNames = Search.mapping(entityManagerFactory)
			.allIndexedEntities()
			.stream()
			.collect(Collectors.toUnmodifiableMap((entity) -> entity.javaClass().getName(), SearchIndexedEntity::jpaName));
		writes.register(this);
	}

	/**
	 * Records that a write in plain SQL (which Hibernate does not see) changed or deleted an indexed
	 * entity; must be called inside the writing transaction. Types the index does not hold are ignored.
	 */
	public void record(Class<?> type, String id) {
		if (this.indexedNames.containsKey(type.getName())) {
			this.writes.record(type, id);
		}
	}

	/** Records that the transaction rewrites the graph as a whole: every instance rebuilds its index. */
	public void recordAll() {
		this.writes.recordAll();
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

	/** Before the commit and after the last flush, on the transaction's connection. */
	@Override
	public void beforeCommit(TransactionWrites.Writes writes, Connection connection) throws SQLException {
		Set<List<String>> changes = new LinkedHashSet<>();
		if (writes.all()) {
			changes.add(List.of(ALL, ALL));
		}
		else {
			for (TransactionWrites.Write write : writes.list()) {
				String name = this.indexedNames.get(write.entityName());
				if (name != null) {
					changes.add(List.of(name, write.id().toString()));
				}
			}
		}
		if (changes.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (List<String> change : changes) {
				insert.setString(1, change.get(0));
				insert.setString(2, change.get(1));
				insert.setTimestamp(3, now);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
