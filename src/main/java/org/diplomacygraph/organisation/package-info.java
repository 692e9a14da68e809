/**
 * Organisations (parties, committees, government bodies, embassies, companies, ...): the
 * {@code Organisation} entity with its parent and country, the {@code organisations} root connection
 * with its filter and orders, and the relationship fields of {@code Organisation}.
 * <p>
 * Main classes: {@link org.diplomacygraph.organisation.Organisation}, {@code OrganisationController}.
 * <p>
 * Depends on {@code values}, {@code paging} (the keyset pager) and the entities of {@code article},
 * {@code person} (posts held there) and {@code place} (its country).
 */
package org.diplomacygraph.organisation;
