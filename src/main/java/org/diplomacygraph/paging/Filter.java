package org.diplomacygraph.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;

/**
 * A connection's filter as a Criteria predicate over an entity, whether the entity is the query's
 * root (a root connection) or a join (the same connection nested in another entity).
 */
@FunctionalInterface
public interface Filter<T> {

	/** Returns the predicate, or null when nothing is filtered. */
	Predicate toPredicate(From<?, T> entity, CriteriaQuery<?> query, CriteriaBuilder cb);

	/** A filter that keeps everything. */
	static <T> Filter<T> none() {
		return (entity, query, cb) -> null;
	}

	/** Collects the non-null conditions and combines them with AND; null if there are none. */
	static Predicate and(CriteriaBuilder cb, Predicate... conditions) {
		List<Predicate> present = new ArrayList<>();
		for (Predicate condition : conditions) {
			if (condition != null) {
				present.add(condition);
			}
		}
		return present.isEmpty() ? null : cb.and(present.toArray(Predicate[]::new));
	}

}
