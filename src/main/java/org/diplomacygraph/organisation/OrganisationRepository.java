package org.diplomacygraph.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores organisations. */
public interface OrganisationRepository extends JpaRepository<Organisation, String> {

}
