package org.diplomacygraph.place;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores countries. */
public interface CountryRepository extends JpaRepository<Country, String> {

}
