package org.diplomacygraph.agreement;

import jakarta.persistence.Column;
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

	@Column(name = "agreement_id", insertable = false, updatable = false)
	private String agreementId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(name = "organisation_id", insertable = false, updatable = false)
	private String organisationId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	@Column(name = "country_id", insertable = false, updatable = false)
	private String countryId;

	protected AgreementParty() {
	}

	public AgreementParty(Agreement agreement, Organisation organisation) {
		this.id = idOf(agreement.getId(), tag(organisation.getId(), null));
		this.agreement = agreement;
		this.agreementId = (agreement != null) ? agreement.getId() : null;
		this.organisation = organisation;
		this.organisationId = (organisation != null) ? organisation.getId() : null;
	}

	public AgreementParty(Agreement agreement, Country country) {
		this.id = idOf(agreement.getId(), tag(null, country.getId()));
		this.agreement = agreement;
		this.agreementId = (agreement != null) ? agreement.getId() : null;
		this.country = country;
		this.countryId = (country != null) ? country.getId() : null;
	}

	/** A party is named by its agreement and the type-tagged id of the organisation or country. */
	public static String idOf(String agreementId, String taggedPartyId) {
		return agreementId + "#" + taggedPartyId;
	}

	/** The type-tagged id of a party: {@code organisation:<slug>} for an organisation, else {@code country:<slug>}. */
	public static String tag(String organisationId, String countryId) {
		return (organisationId != null) ? "organisation:" + organisationId : "country:" + countryId;
	}

	public String getId() {
		return this.id;
	}

	public String getCountryId() {
		return this.countryId;
	}

	public String getOrganisationId() {
		return this.organisationId;
	}

	public String getAgreementId() {
		return this.agreementId;
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
