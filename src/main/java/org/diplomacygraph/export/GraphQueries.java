package org.diplomacygraph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.export.Rows.EvidenceRow;
import org.diplomacygraph.export.Rows.Owned;
import org.diplomacygraph.export.Rows.PostRow;
import org.diplomacygraph.export.Rows.SourceRow;
import org.diplomacygraph.record.RecordType;
import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Component;

/**
 * The export's statements, each a JPQL projection to a typed row: the rows of a chunk of records
 * ({@link Selection}), then each relation of the whole chunk with one statement ({@code in} the
 * chunk's slugs), so a chunk costs the same number of statements whatever its size.
 */
@Component
class GraphQueries {

	private final EntityManager entityManager;

	GraphQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The rows of a selection; {@code select} reads from the alias {@code x} and has no where clause. */
	<T> List<T> rows(Class<T> row, String select, Selection selection) {
		return selection.bind(this.entityManager.createQuery(select + selection.where(), row)).getResultList();
	}

	/** Values owned by the given records, in the owners' and the values' order; {@code jpql} has {@code :ids}. */
	List<Owned> owned(String jpql, Collection<String> ids) {
		return this.entityManager.createQuery(jpql, Owned.class).setParameter("ids", ids).getResultList();
	}

	/** Rows of a relation of the given records; {@code jpql} has {@code :ids}. */
	<T> List<T> related(Class<T> row, String jpql, Collection<String> ids) {
		return this.entityManager.createQuery(jpql, row).setParameter("ids", ids).getResultList();
	}

	/** The evidence of records of a type, in the order it was recorded. */
	List<EvidenceRow> evidence(RecordType type, Collection<String> ids) {
		return this.entityManager
			.createQuery("select e.subjectType, e.subjectId, e.aspect, e.quote, e.start, e.end, e.articleId"
					+ " from Evidence e where e.subjectType = :type and e.subjectId in :ids order by e.id", EvidenceRow.class)
			.setParameter("type", type)
			.setParameter("ids", ids)
			.getResultList();
	}

	/**
	 * The evidence of the relations ({@code relation}: participants, parties, signatories) of the
	 * given records, found by a subquery ({@code owners} selects the relations' IDs from {@code :ids}),
	 * so that one statement serves the chunk.
	 */
	List<EvidenceRow> relationEvidence(RecordType relation, String owners, Collection<String> ids) {
		return this.entityManager
			.createQuery("select e.subjectType, e.subjectId, e.aspect, e.quote, e.start, e.end, e.articleId"
					+ " from Evidence e where e.subjectType = :type and e.subjectId in (" + owners + ") order by e.id",
					EvidenceRow.class)
			.setParameter("type", relation)
			.setParameter("ids", ids)
			.getResultList();
	}

	/** The evidence of records of a type with each article's own URL, for Popolo's sources. */
	List<SourceRow> sources(RecordType type, Collection<String> ids) {
		return this.entityManager
			.createQuery("select e.subjectId, e.quote, a.id, a.url from Evidence e join e.article a"
					+ " where e.subjectType = :type and e.subjectId in :ids order by e.id", SourceRow.class)
			.setParameter("type", type)
			.setParameter("ids", ids)
			.getResultList();
	}

	/**
	 * The distinct posts (a title at an organisation or at the head of a country) as a stream: one
	 * statement, its rows fetched {@code fetchSize} at a time; the caller closes it.
	 */
	Stream<PostRow> posts(int fetchSize) {
		return this.entityManager
			.createQuery("select distinct p.organisationId, p.countryId, p.title from Position p"
					+ " where p.organisationId is not null or p.countryId is not null"
					+ " order by p.organisationId, p.countryId, p.title", PostRow.class)
			.setHint(HibernateHints.HINT_FETCH_SIZE, fetchSize)
			.getResultStream();
	}

	/** Forgets what the persistence context holds: nothing grows from chunk to chunk. */
	void clear() {
		this.entityManager.clear();
	}

	/** Rows grouped by a key, each group in the rows' order. */
	static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
		Map<String, List<T>> groups = new LinkedHashMap<>();
		for (T row : rows) {
			groups.computeIfAbsent(key.apply(row), (k) -> new ArrayList<>()).add(row);
		}
		return groups;
	}

}
