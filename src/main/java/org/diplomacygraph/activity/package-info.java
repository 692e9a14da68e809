/**
 * Analytics: the counts a list cannot give, meetings and agreements per year
 * ({@code activityByYear}) and per pair of countries ({@code activityByCountryPair}, with the
 * meetings behind each count as a connection), each real event counted once.
 * <p>
 * Main class: {@link org.diplomacygraph.activity.ActivityController}.
 * <p>
 * Depends on {@code meeting}, {@code agreement}, {@code place} and {@code values}; nothing depends on it.
 */
package org.diplomacygraph.activity;
