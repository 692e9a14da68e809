package org.diplomacygraph.place;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.diplomacygraph.paging.Keyed;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads and stores countries. */
@Transactional(readOnly = true)
public interface CountryRepository extends JpaRepository<Country, String> {

	/** The aliases of each, keyed by its ID, in the annotators' order. */
	@Query("select new org.diplomacygraph.paging.Keyed(c.id, a) from Country c join c.aliases a where c.id in :ids order by c.id, index(a)")
	List<Keyed<String>> findAliases(Collection<String> ids);

	/** The country with an ISO 3166-1 alpha-2 code (upper case); the smallest ID should two share it. */
	Optional<Country> findFirstByCodeOrderById(String code);

}
