/**
 * Who may do what: Spring Security with API keys (only their SHA-256 digests configured) and roles
 * (reader, editor, operator); reads are public, writes need an editor's key.
 * <p>
 * Main classes: {@link org.diplomacygraph.security.SecurityConfiguration},
 * {@link org.diplomacygraph.security.ApiKeyFilter}, {@link org.diplomacygraph.security.ApiKeys},
 * {@link org.diplomacygraph.security.Role}.
 * <p>
 * Depends on {@code values} and {@code web} (the error answer of a refused request).
 */
package org.diplomacygraph.security;
