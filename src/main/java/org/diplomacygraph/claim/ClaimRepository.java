package org.diplomacygraph.claim;

import java.util.Collection;
import java.util.List;

import org.diplomacygraph.record.RecordType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads the claims of many records at once. */
interface ClaimRepository extends JpaRepository<Claim, Long> {

	@Query("""
			select c from Claim c
			where c.subjectType = :type and c.subjectId in :ids
			order by c.subjectId, c.id""")
	List<Claim> findBySubjects(RecordType type, Collection<String> ids);

}
