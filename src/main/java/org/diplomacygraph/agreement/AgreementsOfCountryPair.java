package org.diplomacygraph.agreement;

/**
 * A row of {@link AgreementPartyRepository#countByCountryPair()}: the agreements with parties of two
 * countries.
 *
 * @param country the ID of one country, the smaller
 * @param other the ID of the other country
 * @param count the agreements
 */
public record AgreementsOfCountryPair(String country, String other, long count) {

}
