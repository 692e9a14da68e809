package org.diplomacygraph.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Country;

/** A party to an agreement: an organisation or a country, never both. */
@Entity
@Table(name = "agreement_party")
public class AgreementParty {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id")
	private Agreement agreement;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	protected AgreementParty() {
	}

	public AgreementParty(Agreement agreement, Organisation organisation) {
		this.id = idOf(agreement.getId(), "organisation:" + organisation.getId());
		this.agreement = agreement;
		this.organisation = organisation;
	}

	public AgreementParty(Agreement agreement, Country country) {
		this.id = idOf(agreement.getId(), "country:" + country.getId());
		this.agreement = agreement;
		this.country = country;
	}

	/** A party is named by its agreement and the type-tagged id of the organisation or country. */
	public static String idOf(String agreementId, String taggedPartyId) {
		return agreementId + "#" + taggedPartyId;
	}

	public String getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Country getCountry() {
		return this.country;
	}

}
