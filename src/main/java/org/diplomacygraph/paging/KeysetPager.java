package org.diplomacygraph.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.diplomacygraph.paging.Connection;
import org.diplomacygraph.paging.Cursor;
import org.diplomacygraph.paging.Filter;
import org.diplomacygraph.paging.Ordering;
import org.diplomacygraph.paging.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages a root connection with a keyset query: the rows after (or before) the cursor's sort key and
 * id, never an OFFSET, so a page deep in a connection costs what the first page costs. One SQL
 * statement per page, and one more for {@code totalCount} when it is asked for.
 */
@Component
public class KeysetPager {

	private final EntityManager entityManager;

	KeysetPager(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public <T> Connection<T> page(Class<T> type, Filter<T> filter, Ordering<T> ordering, Page page,
			boolean withTotalCount) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		Path<Comparable<Object>> key = root.get(ordering.attribute());
		Path<String> id = root.get("id");
		List<Predicate> where = new ArrayList<>();
		Predicate filtered = filter.toPredicate(root, query, cb);
		if (filtered != null) {
			where.add(filtered);
		}
		boolean ascending = !ordering.descending();
		if (page.after() != null) {
			where.add(beyond(cb, key, id, page.after(), ordering, ascending));
		}
		if (page.before() != null) {
			where.add(beyond(cb, key, id, page.before(), ordering, !ascending));
		}
		// Backward pages are read from the end, then put back in display order.
		boolean readAscending = page.backward() != ascending;
		query.select(root)
			.where(where.toArray(Predicate[]::new))
			.orderBy(readAscending ? cb.asc(key) : cb.desc(key), readAscending ? cb.asc(id) : cb.desc(id));
		List<T> fetched = this.entityManager.createQuery(query).setMaxResults(page.size() + 1).getResultList();
		Integer totalCount = withTotalCount ? count(type, filter) : null;
		return Connection.fromFetched(fetched, page, ordering, totalCount);
	}

	private <T> int count(Class<T> type, Filter<T> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<T> root = query.from(type);
		Predicate filtered = filter.toPredicate(root, query, cb);
		query.select(cb.count(root));
		if (filtered != null) {
			query.where(filtered);
		}
		return this.entityManager.createQuery(query).getSingleResult().intValue();
	}

	/** Rows strictly beyond the cursor in the given direction: (key, id) > (k, i), or < when descending. */
	private static <T> Predicate beyond(CriteriaBuilder cb, Path<Comparable<Object>> key, Path<String> id,
			Cursor cursor, Ordering<T> ordering, boolean ascending) {
		@SuppressWarnings("unchecked")
		Comparable<Object> value = (Comparable<Object>) ordering.keyOf(cursor, key.getJavaType());
		Expression<Comparable<Object>> literal = cb.literal(value);
		// The redundant bound on the key alone lets the database start an index range at the cursor;
		// with the disjunction only, H2 walks the (key, id) index from its start, so a deep page
		// would cost in proportion to its depth.
		return ascending
				? cb.and(cb.greaterThanOrEqualTo(key, literal),
						cb.or(cb.greaterThan(key, literal), cb.greaterThan(id, cursor.id())))
				: cb.and(cb.lessThanOrEqualTo(key, literal),
						cb.or(cb.lessThan(key, literal), cb.lessThan(id, cursor.id())));
	}

}
