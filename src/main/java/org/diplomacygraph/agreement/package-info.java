/**
 * Agreements: the {@code Agreement} entity with its parties ({@code AgreementParty}, an organisation or
 * a country) and signatories ({@code Signatory}, a person in a post), the {@code agreements} root
 * connection with its filter and orders, and the agreements of people and organisations.
 * <p>
 * Main classes: {@link org.diplomacygraph.agreement.Agreement},
 * {@link org.diplomacygraph.agreement.AgreementController} (root connection and every relationship
 * field as a {@code @BatchMapping}), {@code RelatedAgreements} (an organisation's or person's
 * agreements for a whole batch).
 * <p>
 * Depends on {@code values} (paging, filters, partial dates), {@code paging} (the keyset pager), the
 * entities of {@code article}, {@code person}, {@code organisation}, {@code place} and
 * {@code meeting} (where an agreement was signed).
 */
package org.diplomacygraph.agreement;
