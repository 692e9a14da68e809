package org.diplomacygraph.organisation;

import java.util.Collection;
import java.util.List;

import org.diplomacygraph.paging.Keyed;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores organisations. */
@Transactional(readOnly = true)
public interface OrganisationRepository extends JpaRepository<Organisation, String> {

	/** The aliases of each, keyed by its ID, in the annotators' order. */
	@Query("select new org.diplomacygraph.paging.Keyed(o.id, a) from Organisation o join o.aliases a where o.id in :ids order by o.id, index(a)")
	List<Keyed<String>> findAliases(Collection<String> ids);

	List<Organisation> findByParentIdInOrderByNameKeyAscIdAsc(Collection<String> parentIds);

}
