package org.diplomacygraph.agreement;

/**
 * A row of {@link AgreementRepository#countByYear()}: the agreements signed in a year.
 *
 * @param year the year of the earliest signing date
 * @param count the agreements
 */
public record AgreementsInYear(int year, long count) {

}
