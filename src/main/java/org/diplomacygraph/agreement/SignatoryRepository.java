package org.diplomacygraph.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/** Reads who signed which agreements. */
@Transactional(readOnly = true)
public interface SignatoryRepository extends JpaRepository<Signatory, String> {

	List<Signatory> findByAgreementIdInOrderById(Collection<String> agreementIds);

}
