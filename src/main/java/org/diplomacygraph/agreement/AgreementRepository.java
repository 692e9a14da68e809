package org.diplomacygraph.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and stores agreements. */
public interface AgreementRepository extends JpaRepository<Agreement, String> {

}
