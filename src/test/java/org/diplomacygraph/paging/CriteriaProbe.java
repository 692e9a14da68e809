package org.diplomacygraph.paging;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import static org.mockito.Mockito.RETURNS_MOCKS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

/**
 * Runs a {@link Filter} against mock Criteria objects, so that a test can see which conditions it
 * sets on which attributes without a database: name the attributes of interest first, apply the
 * filter, then verify the calls on {@link #cb()}.
 *
 * @param <T> the filtered entity
 */
public final class CriteriaProbe<T> {

	private final CriteriaBuilder cb = mock(CriteriaBuilder.class, RETURNS_MOCKS);

	private final CriteriaQuery<?> query = mock(CriteriaQuery.class, RETURNS_MOCKS);

	@SuppressWarnings("unchecked")
	private final From<?, T> entity = mock(From.class, RETURNS_MOCKS);

	/** The path the filter gets for the entity's attribute of this name. */
	@SuppressWarnings("unchecked")
	public <Y> Path<Y> attribute(String name) {
		Path<Y> path = mock(Path.class, RETURNS_MOCKS);
		doReturn(path).when(this.entity).get(name);
		return path;
	}

	/** Applies the filter to the mock entity; null means it filters nothing. */
	public Predicate apply(Filter<T> filter) {
		return filter.toPredicate(this.entity, this.query, this.cb);
	}

	public CriteriaBuilder cb() {
		return this.cb;
	}

	public CriteriaQuery<?> query() {
		return this.query;
	}

}
