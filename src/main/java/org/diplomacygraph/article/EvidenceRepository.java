package org.diplomacygraph.article;

import java.util.Collection;
import java.util.List;

import org.diplomacygraph.article.Evidence.SubjectType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads the evidence of many subjects of one type at once. */
@Transactional(readOnly = true)
public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	@Query("""
			select e from Evidence e
			where e.subjectType = :type and e.subjectId in :ids
			order by e.subjectId, e.id""")
	List<Evidence> findBySubjects(SubjectType type, Collection<String> ids);

	List<Evidence> findByArticleIdOrderByStart(String articleId);

	List<Evidence> findByArticleIdInOrderByStartAscIdAsc(Collection<String> articleIds);

}
