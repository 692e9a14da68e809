package org.diplomacygraph.place;

import java.util.Collection;
import java.util.List;

import org.diplomacygraph.paging.Keyed;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores places. */
@Transactional(readOnly = true)
public interface PlaceRepository extends JpaRepository<Place, String> {

	/** The aliases of each, keyed by its ID, in the annotators' order. */
	@Query("select new org.diplomacygraph.paging.Keyed(p.id, a) from Place p join p.aliases a where p.id in :ids order by p.id, index(a)")
	List<Keyed<String>> findAliases(Collection<String> ids);

}
