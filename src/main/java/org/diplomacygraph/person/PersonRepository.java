package org.diplomacygraph.person;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores people. */
public interface PersonRepository extends JpaRepository<Person, String> {

}
