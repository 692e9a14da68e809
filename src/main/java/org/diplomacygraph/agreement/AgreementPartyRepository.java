package org.diplomacygraph.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads the parties of many agreements at once. */
public interface AgreementPartyRepository extends JpaRepository<AgreementParty, String> {

	List<AgreementParty> findByAgreementIdInOrderById(Collection<String> agreementIds);

}
