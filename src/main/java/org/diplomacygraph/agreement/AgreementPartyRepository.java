package org.diplomacygraph.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Reads the parties of agreements. */
@Transactional(readOnly = true)
public interface AgreementPartyRepository extends JpaRepository<AgreementParty, String> {

	List<AgreementParty> findByAgreementIdInOrderById(Collection<String> agreementIds);

	/**
	 * Each agreement's parties, loaded as the entities themselves.
	 */
	@Query("""
			select new org.diplomacygraph.agreement.PartyOf(p.agreementId, o, c) from AgreementParty p
			left join Organisation o on o.id = p.organisationId left join Country c on c.id = p.countryId
			where p.agreementId in :ids order by p.agreementId, p.id""")
	List<PartyOf> findParties(Collection<String> ids);

	/**
	 * Agreements with parties of two countries (a
	 * country, or an organisation's country), the first id the smaller.
	 */
	@Query("""
			select new org.diplomacygraph.agreement.AgreementsOfCountryPair(coalesce(p.countryId, po.countryId),
				coalesce(q.countryId, qo.countryId), count(distinct p.agreementId))
			from AgreementParty p join AgreementParty q on q.agreementId = p.agreementId
			left join Organisation po on po.id = p.organisationId left join Organisation qo on qo.id = q.organisationId
			where coalesce(p.countryId, po.countryId) < coalesce(q.countryId, qo.countryId)
			group by coalesce(p.countryId, po.countryId), coalesce(q.countryId, qo.countryId)""")
	List<AgreementsOfCountryPair> countByCountryPair();

}
