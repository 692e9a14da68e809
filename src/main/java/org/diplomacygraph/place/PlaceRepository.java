package org.diplomacygraph.place;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores places. */
public interface PlaceRepository extends JpaRepository<Place, String> {

}
