package org.diplomacygraph.live;

import jakarta.persistence.EntityManager;

import org.diplomacygraph.article.Article;
import org.diplomacygraph.values.GlobalId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conditions of the subscriptions that the database answers, one statement per event: whether
 * a meeting or agreement, as it is now, passes a country or participant or party filter; the article
 * of an {@code articleAdded} event.
 */
@Component
@Transactional(readOnly = true)
class LiveFilters {

	private final EntityManager entityManager;

	LiveFilters(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The article, detached; null when it is no longer stored. */
	Article article(String slug) {
		return this.entityManager.find(Article.class, slug);
	}

	/**
	 * Whether the meeting has a participant representing the country with this code (as
	 * {@code MeetingFilter.betweenCountryCodes} reads it) and this person among its participants;
	 * null conditions hold.
	 */
	boolean meetingMatches(String meeting, String countryCode, String person) {
		StringBuilder jpql = new StringBuilder("select count(m) from Meeting m where m.id = :meeting");
		if (countryCode != null) {
			jpql.append(" and exists (select 1 from RepresentedCountry r, Country c where r.meetingId = m.id"
					+ " and r.countryId = c.id and c.code = :code)");
		}
		if (person != null) {
			jpql.append(" and exists (select 1 from Participant p where p.meetingId = m.id and p.personId = :person)");
		}
		var query = this.entityManager.createQuery(jpql.toString(), Long.class).setParameter("meeting", meeting);
		if (countryCode != null) {
			query.setParameter("code", countryCode);
		}
		if (person != null) {
			query.setParameter("person", person);
		}
		return query.getSingleResult() > 0;
	}

	/**
	 * Whether the agreement has a party of the country with this code (the country, or an
	 * organisation of it) and this party (an organisation or a country); null conditions hold.
	 */
	boolean agreementMatches(String agreement, String countryCode, GlobalId party) {
		StringBuilder jpql = new StringBuilder("select count(a) from Agreement a where a.id = :agreement");
		if (countryCode != null) {
			jpql.append(" and exists (select 1 from AgreementParty p, Country c where p.agreementId = a.id"
					+ " and c.code = :code and (p.countryId = c.id or exists (select 1 from Organisation o"
					+ " where o.id = p.organisationId and o.countryId = c.id)))");
		}
		if (party != null) {
			jpql.append(party.type().equals("Country")
					? " and exists (select 1 from AgreementParty p where p.agreementId = a.id and p.countryId = :party)"
					: " and exists (select 1 from AgreementParty p where p.agreementId = a.id"
							+ " and p.organisationId = :party)");
		}
		var query = this.entityManager.createQuery(jpql.toString(), Long.class).setParameter("agreement", agreement);
		if (countryCode != null) {
			query.setParameter("code", countryCode);
		}
		if (party != null) {
			query.setParameter("party", party.id());
		}
		return query.getSingleResult() > 0;
	}

}
