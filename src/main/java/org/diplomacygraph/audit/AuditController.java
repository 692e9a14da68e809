package org.diplomacygraph.audit;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.OrderDirection;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The {@code auditLog} query, for editors: entries newest first, paged by keyset on their sequence. */
@Controller
class AuditController {

	/** Newest first: by id, which grows with every entry, descending. */
	static final Ordering<AuditEntry> NEWEST_FIRST = Ordering.of("RECORDED", OrderDirection.DESC, "id", Long.class,
			AuditEntry::getId, (entry) -> String.valueOf(entry.getId()));

	private final EntityManager entityManager;

	AuditController(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@QueryMapping
	@PreAuthorize("hasRole('EDITOR')")
	@Transactional(readOnly = true)
	public Connection<AuditEntry> auditLog(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before, DataFetchingEnvironment env) {
		Page page = Page.of(first, after, last, before, NEWEST_FIRST);
		StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
		if (page.after() != null) {
			jpql.append(" and e.id < :after");
		}
		if (page.before() != null) {
			jpql.append(" and e.id > :before");
		}
		// A backward page is read from its newest-but-one end towards the cursor, then reversed.
		jpql.append(page.backward() ? " order by e.id asc" : " order by e.id desc");
		TypedQuery<AuditEntry> query = this.entityManager.createQuery(jpql.toString(), AuditEntry.class);
		if (page.after() != null) {
			query.setParameter("after", NEWEST_FIRST.keyOf(page.after(), Long.class));
		}
		if (page.before() != null) {
			query.setParameter("before", NEWEST_FIRST.keyOf(page.before(), Long.class));
		}
		List<AuditEntry> fetched = query.setMaxResults(page.size() + 1).getResultList();
		Integer total = env.getSelectionSet().contains("totalCount") ? this.entityManager
			.createQuery("select count(e) from AuditEntry e", Long.class)
			.getSingleResult()
			.intValue() : null;
		return Connection.fromFetched(fetched, page, NEWEST_FIRST, total);
	}

	@SchemaMapping(typeName = "AuditEntry")
	String recordedAt(AuditEntry entry) {
		return entry.getRecordedAt().toString();
	}

}
