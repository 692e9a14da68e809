/**
 * People and the posts they hold: the {@code Person} entity, {@code Position} (a post at an
 * organisation or at the head of a country, a Popolo membership), the {@code people} root connection
 * with its filter and orders, and the relationship fields of {@code Person} and {@code Position}.
 * <p>
 * Main classes: {@link org.diplomacygraph.person.Person}, {@link org.diplomacygraph.person.Position},
 * {@code PersonController}.
 * <p>
 * Depends on {@code values}, {@code paging} (the keyset pager) and the entities of {@code article},
 * {@code organisation} and {@code place}.
 */
package org.diplomacygraph.person;
