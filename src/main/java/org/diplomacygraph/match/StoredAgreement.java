package org.diplomacygraph.match;

import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.values.PartialDate;

/** What the matcher compares of a stored agreement: its parties are organisations and countries. */
record StoredAgreement(String id, String title, Agreement.Kind kind, PartialDate signedOn, PartialDate validFrom,
		PartialDate validUntil, String meeting, Set<String> organisations, Set<String> countries) {

	StoredAgreement {
		organisations = Set.copyOf(organisations);
		countries = Set.copyOf(countries);
	}

}
