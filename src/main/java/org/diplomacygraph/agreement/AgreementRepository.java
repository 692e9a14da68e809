package org.diplomacygraph.agreement;

import java.util.Collection;
import java.util.List;

import org.diplomacygraph.paging.Keyed;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores agreements. */
@Transactional(readOnly = true)
public interface AgreementRepository extends JpaRepository<Agreement, String> {

	List<Agreement> findByMeetingIdInOrderBySignedSortAscIdAsc(Collection<String> meetingIds);

	/** The fields of each, keyed by its ID, in the annotators' order. */
	@Query("select new org.diplomacygraph.paging.Keyed(a.id, f) from Agreement a join a.fields f where a.id in :ids order by a.id, index(f)")
	List<Keyed<String>> findFields(Collection<String> ids);

	/** The agreements with a dated signing, counted by year. */
	@Query("""
			select new org.diplomacygraph.agreement.AgreementsInYear(year(a.signedOn.earliest), count(a))
			from Agreement a where a.signedOn.earliest is not null
			group by year(a.signedOn.earliest)""")
	List<AgreementsInYear> countByYear();

	/**
	 * Agreements keyed by person ID: agreements each person signed, and agreements signed at
	 * meetings each person took part in. One statement (a union, which also drops the agreements a
	 * person both signed and saw signed), so the field costs one statement per level.
	 */
	@Query("""
			select new org.diplomacygraph.paging.Keyed(s.personId, a) from Signatory s join s.agreement a where s.personId in :people
			union
			select new org.diplomacygraph.paging.Keyed(p.personId, a) from Participant p join Agreement a on a.meetingId = p.meetingId
			where p.personId in :people""")
	List<Keyed<Agreement>> findOfPeople(Collection<String> people);

}
