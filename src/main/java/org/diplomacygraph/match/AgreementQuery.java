package org.diplomacygraph.match;

import java.util.Set;

import org.diplomacygraph.agreement.Agreement;
import org.diplomacygraph.values.PartialDate;

/**
 * An agreement to find among the stored ones: what a report says of it, references as slugs of
 * stored records, null (or empty) when unknown.
 *
 * @param title its title, if the report gives one
 * @param kind a cooperation agreement, a memorandum, minutes...
 * @param signedOn when it was signed
 * @param validFrom the beginning of its validity
 * @param validUntil the end of its validity
 * @param organisations the organisations party to it
 * @param countries the countries party to it
 * @param meeting the meeting it was signed at
 */
public record AgreementQuery(String title, Agreement.Kind kind, PartialDate signedOn, PartialDate validFrom,
		PartialDate validUntil, Set<String> organisations, Set<String> countries, String meeting) {

	public AgreementQuery {
		organisations = (organisations != null) ? Set.copyOf(organisations) : Set.of();
		countries = (countries != null) ? Set.copyOf(countries) : Set.of();
	}

}
