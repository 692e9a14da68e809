package org.diplomacygraph.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.diplomacygraph.paging.Filter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The filtered agreements of many organisations at once, for {@code Organisation.agreements}: one query per batch. */
@Component
@Transactional(readOnly = true)
public class RelatedAgreements {

	private final EntityManager entityManager;

	RelatedAgreements(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** For each organisation, the agreements it is a party to that pass the filter. */
	Map<String, List<Agreement>> ofOrganisations(Collection<String> organisations, Filter<Agreement> filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<AgreementParty> party = query.from(AgreementParty.class);
		Join<AgreementParty, Agreement> agreement = party.join("agreement");
		Predicate filtered = filter.toPredicate(agreement, query, cb);
		Predicate parents = party.get("organisationId").in(organisations);
		query.select(cb.tuple(party.get("organisationId"), agreement))
			.where((filtered != null) ? cb.and(parents, filtered) : parents);
		Map<String, List<Agreement>> byParent = new LinkedHashMap<>();
		for (Tuple row : this.entityManager.createQuery(query).getResultList()) {
			byParent.computeIfAbsent(row.get(0, String.class), (key) -> new ArrayList<>())
				.add(row.get(1, Agreement.class));
		}
		return byParent;
	}

}
