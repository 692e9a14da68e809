package org.diplomacygraph.place;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores places. */
@Transactional(readOnly = true)
public interface PlaceRepository extends JpaRepository<Place, String> {

	/** Rows of {@code [placeId, alias]} in the annotators' order. */
	@Query("select p.id, a from Place p join p.aliases a where p.id in :ids order by p.id, index(a)")
	List<Object[]> findAliases(Collection<String> ids);

}
