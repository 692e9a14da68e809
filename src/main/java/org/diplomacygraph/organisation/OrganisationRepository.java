package org.diplomacygraph.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores organisations. */
@Transactional(readOnly = true)
public interface OrganisationRepository extends JpaRepository<Organisation, String> {

	/** Rows of {@code [organisationId, alias]} in the annotators' order. */
	@Query("select o.id, a from Organisation o join o.aliases a where o.id in :ids order by o.id, index(a)")
	List<Object[]> findAliases(Collection<String> ids);

	List<Organisation> findByParentIdInOrderByNameKeyAscIdAsc(Collection<String> parentIds);

}
