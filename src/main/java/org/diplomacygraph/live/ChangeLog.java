package org.diplomacygraph.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;

import org.diplomacygraph.audit.TransactionWrites;
import org.diplomacygraph.audit.TransactionWrites.Write;
import org.diplomacygraph.audit.TransactionWrites.Writes;
import org.diplomacygraph.audit.WriteLock;
import org.diplomacygraph.record.RecordType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to {@code change_log}, in the writing transaction just before it commits, one row per node
 * the write created, updated or deleted ({@link TransactionWrites} collects what it wrote): a node
 * written itself; the nodes a participation, signature or agreement party refers to (a relation
 * changed is a change of both ends); the subject of a claim or of evidence. Several writes of one
 * node in one transaction are one change ({@link ChangeKind#then}); a node deleted with a redirect
 * (merged away) names the node it was merged into. A rewrite of the whole graph (the corpus at
 * start-up) is logged per node too, by comparing the nodes stored before and after it
 * ({@link #rewriteStarts}).
 * <p>
 * The rows are inserted while the transaction holds the row of {@code write_lock} (taken here if the
 * write has not taken it already), so they commit in the order of their sequence: the property the
 * feed's gap-freedom rests on (package-info).
 */
@Component
public class ChangeLog implements TransactionWrites.Recorder {

	private static final String INSERT = "insert into change_log (node_type, node_id, kind, replaced_by, "
			+ "audit_entry_id, changed_at) values (?, ?, ?, ?, ?, ?)";

	private final TransactionWrites writes;

	private final JdbcTemplate jdbc;

	private final PersistenceUnitUtil persistence;

	/** Entity class name to its type, for every type of the registry. */
	private final Map<String, RecordType> types = new HashMap<>();

	/** The table of each node type. */
	private final Map<RecordType, String> tables = new EnumMap<>(RecordType.class);

	private final WriteLock writeLock;

	ChangeLog(TransactionWrites writes, WriteLock writeLock, EntityManagerFactory entityManagerFactory,
			JdbcTemplate jdbc) {
		this.writes = writes;
		this.writeLock = writeLock;
		this.jdbc = jdbc;
		this.persistence = entityManagerFactory.getPersistenceUnitUtil();
		SessionFactoryImplementor sessions = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		for (RecordType type : RecordType.values()) {
			Class<?> entity = type.entityType(entityManagerFactory.getMetamodel());
			this.types.put(entity.getName(), type);
			if (type.isNode()) {
				this.tables.put(type, ((AbstractEntityPersister) sessions.getMappingMetamodel()
					.getEntityDescriptor(entity)).getTableName());
			}
		}
		writes.register(this);
	}

	/**
	 * Notes, at the start of a transaction that is about to rewrite the whole graph, which nodes are
	 * stored, so that the rewrite is logged per node: created, updated (stored before and after) or
	 * deleted. One statement per node type.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void rewriteStarts() {
		this.writeLock.acquire();
		Map<RecordType, Set<String>> stored = storedNodes(this.jdbc);
		this.writes.attachment(Before.class, () -> new Before(stored));
	}

	@Override
	public void beforeCommit(Writes writes, Connection connection) throws SQLException {
		Map<NodeKey, ChangeKind> changes = writes.all() ? rewritten(writes, connection) : changes(writes);
		if (changes.isEmpty()) {
			return;
		}
		try (PreparedStatement lock = connection.prepareStatement("update write_lock set version = version + 1 where id = 1")) {
			lock.executeUpdate();
		}
		Long audit = writes.auditEntryId();
		Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (Map.Entry<NodeKey, ChangeKind> change : changes.entrySet()) {
				NodeKey node = change.getKey();
				insert.setString(1, node.type().name());
				insert.setString(2, node.id());
				insert.setString(3, change.getValue().name());
				insert.setString(4, (change.getValue() == ChangeKind.DELETED) ? redirect(connection, node) : null);
				if (audit != null) {
					insert.setLong(5, audit);
				}
				else {
					insert.setNull(5, java.sql.Types.BIGINT);
				}
				insert.setTimestamp(6, now);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/** The nodes the writes changed, in the order first written, each with its one kind of change. */
	private Map<NodeKey, ChangeKind> changes(Writes writes) {
		Map<NodeKey, ChangeKind> changes = new LinkedHashMap<>();
		for (Write write : writes.list()) {
			RecordType type = this.types.get(write.entityName());
			if (type != null && type.isNode()) {
				add(changes, new NodeKey(type, write.id().toString()), kind(write.kind()));
			}
			else if (type != null) {
				// A relation: a change of the nodes at its ends.
				for (Object value : write.state()) {
					if (value != null) {
						RecordType.ofEntity(value)
							.filter(RecordType::isNode)
							.ifPresent((end) -> add(changes,
									new NodeKey(end, String.valueOf(this.persistence.getIdentifier(value))),
									ChangeKind.UPDATED));
					}
				}
			}
			else if (write.property("subjectType") instanceof RecordType subject && subject.isNode()
					&& write.property("subjectId") != null) {
				add(changes, new NodeKey(subject, write.property("subjectId").toString()), ChangeKind.UPDATED);
			}
		}
		changes.values().removeIf((kind) -> kind == null);
		return changes;
	}

	private static void add(Map<NodeKey, ChangeKind> changes, NodeKey node, ChangeKind kind) {
		if (changes.containsKey(node)) {
			changes.put(node, ChangeKind.then(changes.get(node), kind));
		}
		else {
			changes.put(node, kind);
		}
	}

	private static ChangeKind kind(TransactionWrites.Kind kind) {
		return switch (kind) {
			case INSERT -> ChangeKind.CREATED;
			case DELETE -> ChangeKind.DELETED;
			default -> ChangeKind.UPDATED;
		};
	}

	/** A rewrite: the nodes stored after it against those stored before (every one updated if unknown). */
	private Map<NodeKey, ChangeKind> rewritten(Writes writes, Connection connection) throws SQLException {
		Before before = writes.attachment(Before.class, () -> null);
		Map<RecordType, Set<String>> after = new EnumMap<>(RecordType.class);
		for (Map.Entry<RecordType, String> table : this.tables.entrySet()) {
			Set<String> ids = new TreeSet<>();
			try (PreparedStatement select = connection.prepareStatement("select id from " + table.getValue());
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
			after.put(table.getKey(), ids);
		}
		Map<NodeKey, ChangeKind> changes = new LinkedHashMap<>();
		after.forEach((type, ids) -> {
			Set<String> old = (before != null) ? before.stored().getOrDefault(type, Set.of()) : null;
			for (String id : ids) {
				changes.put(new NodeKey(type, id),
						(old == null || old.contains(id)) ? ChangeKind.UPDATED : ChangeKind.CREATED);
			}
			if (old != null) {
				new TreeSet<>(old).stream()
					.filter((id) -> !ids.contains(id))
					.forEach((id) -> changes.put(new NodeKey(type, id), ChangeKind.DELETED));
			}
		});
		return changes;
	}

	private Map<RecordType, Set<String>> storedNodes(JdbcTemplate jdbc) {
		Map<RecordType, Set<String>> stored = new EnumMap<>(RecordType.class);
		this.tables.forEach((type, table) -> stored.put(type,
				new TreeSet<>(jdbc.queryForList("select id from " + table, String.class))));
		return stored;
	}

	private static String redirect(Connection connection, NodeKey node) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("select new_id from entity_redirect where entity_type = ? and old_id = ?")) {
			select.setString(1, node.type().name());
			select.setString(2, node.id());
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
	}

	/** A node of the graph. */
	private record NodeKey(RecordType type, String id) {
	}

	/** The nodes stored when a rewrite started. */
	private record Before(Map<RecordType, Set<String>> stored) {
	}

}
