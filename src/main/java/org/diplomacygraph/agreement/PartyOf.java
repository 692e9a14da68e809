package org.diplomacygraph.agreement;

import org.diplomacygraph.organisation.Organisation;
import org.diplomacygraph.place.Country;

/**
 * A row of {@link AgreementPartyRepository#findParties}: a party of an agreement, loaded as the
 * entity itself, one of the two set.
 *
 * @param agreementId the ID of the agreement
 * @param organisation the organisation that is the party, or null
 * @param country the country that is the party, or null
 */
public record PartyOf(String agreementId, Organisation organisation, Country country) {

	/** The party: the organisation, or else the country. */
	public Object party() {
		return (this.organisation != null) ? this.organisation : this.country;
	}

}
