package org.diplomacygraph.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import jakarta.persistence.EntityManager;
import org.dataloader.BatchLoaderEnvironment;

import org.diplomacygraph.audit.AuditEntry;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.Node;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relations of {@code Change}, batched: {@code node} with one statement per node type among the
 * changes, {@code audit} with one statement (for editors; others get null, as the audit log is
 * theirs).
 */
@Controller
@Transactional(readOnly = true)
class ChangeRelations {

	/** The key of the caller's being an editor in the GraphQL context. */
	static final String EDITOR = ChangeRelations.class.getName() + ".editor";

	private final EntityManager entityManager;

	ChangeRelations(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@BatchMapping(typeName = "Change")
	Map<Change, Object> node(List<Change> changes) {
		Map<RecordType, Set<String>> slugs = new EnumMap<>(RecordType.class);
		for (Change change : changes) {
			if (change.kind() != ChangeKind.DELETED) {
				slugs.computeIfAbsent(change.type(), (type) -> new TreeSet<>()).add(change.slug());
			}
		}
		Map<String, Object> found = new HashMap<>();
		slugs.forEach((type, ids) -> {
			for (Object entity : this.entityManager
				.createQuery("select e from " + type.entityName() + " e where e.id in :ids", Object.class)
				.setParameter("ids", ids)
				.getResultList()) {
				found.put(type.name() + ":" + ((Node) entity).getId(), entity);
			}
		});
		Map<Change, Object> nodes = new LinkedHashMap<>();
		for (Change change : changes) {
			Object node = found.get(change.type().name() + ":" + change.slug());
			if (node != null) {
				nodes.put(change, node);
			}
		}
		return nodes;
	}

	/**
	 * Notes in the request's GraphQL context whether the caller is an editor; called by the fields
	 * that return changes, where the caller is known (batch loaders may run on other threads).
	 */
	static void noteCaller(DataFetchingEnvironment env) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		boolean editor = caller != null && caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_EDITOR".equals(authority.getAuthority()));
		env.getGraphQlContext().put(EDITOR, editor);
	}

	@BatchMapping(typeName = "Change")
	Map<Change, AuditEntry> audit(List<Change> changes, BatchLoaderEnvironment env) {
		Map<Change, AuditEntry> entries = new LinkedHashMap<>();
		Collection<Long> ids = changes.stream().map(Change::auditEntryId).filter((id) -> id != null).distinct().toList();
		GraphQLContext context = env.getContext();
		if (ids.isEmpty() || context == null || !Boolean.TRUE.equals(context.get(EDITOR))) {
			return entries;
		}
		Map<Long, AuditEntry> byId = new HashMap<>();
		for (AuditEntry entry : this.entityManager
			.createQuery("select e from AuditEntry e where e.id in :ids", AuditEntry.class)
			.setParameter("ids", new ArrayList<>(ids))
			.getResultList()) {
			byId.put(entry.getId(), entry);
		}
		for (Change change : changes) {
			AuditEntry entry = (change.auditEntryId() != null) ? byId.get(change.auditEntryId()) : null;
			if (entry != null) {
				entries.put(change, entry);
			}
		}
		return entries;
	}


}
