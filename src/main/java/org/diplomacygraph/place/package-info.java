/**
 * Places and countries: the {@code Place} entity (cities, provinces, buildings, economic zones, each
 * within another place and in a country) and {@code Country} (with its ISO code), the {@code places}
 * and {@code countries} root connections, {@code country(code:)}, and a country named by ID or code
 * in every filter ({@code CountryKey}).
 * <p>
 * Main classes: {@link org.diplomacygraph.place.Place}, {@link org.diplomacygraph.place.Country},
 * {@link org.diplomacygraph.place.PlaceController}, {@link org.diplomacygraph.place.CountryKey}.
 * <p>
 * Depends on {@code values}, {@code paging} (the keyset pager) and {@code article}.
 */
package org.diplomacygraph.place;
