package org.diplomacygraph.article;

import java.util.Collection;
import java.util.List;

import org.diplomacygraph.record.RecordType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the evidence of many subjects of one type at once. The quotes of names and aliases
 * ({@link Evidence.Aspect#NAME}) are served under claims only, not in the evidence lists.
 */
@Transactional(readOnly = true)
public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	@Query("""
			select e from Evidence e
			where e.subjectType = :type and e.subjectId in :ids
			and e.aspect <> org.diplomacygraph.article.Evidence.Aspect.NAME
			order by e.subjectId, e.id""")
	List<Evidence> findBySubjects(RecordType type, Collection<String> ids);

	@Query("""
			select e from Evidence e
			where e.articleId = :articleId and e.aspect <> org.diplomacygraph.article.Evidence.Aspect.NAME
			order by e.start""")
	List<Evidence> findByArticleIdOrderByStart(String articleId);

	@Query("""
			select e from Evidence e
			where e.articleId in :articleIds and e.aspect <> org.diplomacygraph.article.Evidence.Aspect.NAME
			order by e.start, e.id""")
	List<Evidence> findByArticleIdInOrderByStartAscIdAsc(Collection<String> articleIds);

	/** Every quote of the articles, names too, in the order of the text (what a passage of text mentions). */
	@Query("""
			select e from Evidence e
			where e.articleId in :articleIds
			order by e.articleId, e.start, e.id""")
	List<Evidence> findAllByArticleIds(Collection<String> articleIds);

	/** Every quote of the subjects, names too (a claim's evidence). */
	@Query("""
			select e from Evidence e
			where e.subjectType = :type and e.subjectId in :ids
			order by e.subjectId, e.id""")
	List<Evidence> findAllBySubjects(RecordType type, Collection<String> ids);

}
