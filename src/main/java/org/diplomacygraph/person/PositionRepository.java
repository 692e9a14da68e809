package org.diplomacygraph.person;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores the posts people hold. */
@Transactional(readOnly = true)
public interface PositionRepository extends JpaRepository<Position, String> {

	List<Position> findByPersonIdInOrderById(Collection<String> personIds);

	List<Position> findByOrganisationIdInOrderById(Collection<String> organisationIds);

}
