package org.diplomacygraph.person;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores the posts people hold. */
public interface PositionRepository extends JpaRepository<Position, String> {

	List<Position> findByPersonIdInOrderById(Collection<String> personIds);

}
