package org.diplomacygraph.endpoint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Persisted queries: Apollo's automatic persisted queries (a client sends the SHA-256 hash of a
 * query instead of its text once the server knows it), and the allow-list that locks a production
 * server down to its clients' operations.
 *
 * @param enabled whether a client may register queries by their hash (Apollo's protocol); with
 *     {@code false} a request with a hash alone is answered {@code PersistedQueryNotSupported}
 * @param maxCharacters the registered queries kept at most, by the characters of their text (plus
 *     200 per query); the least recently used are forgotten first, and a client sends the text again
 * @param allowList an Apollo persisted query manifest ({@code apollo-persisted-query-manifest},
 *     version 1: {@code operations} with {@code id} = SHA-256 of {@code body}); when set, only its
 *     operations run, by hash or by text, and no query can be registered
 */
@ConfigurationProperties("diplomacy.persisted-queries")
record PersistedQueryProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("5000000") long maxCharacters, Resource allowList) {

	/** The property a client is told about when the allow-list refuses its request. */
	static final String ALLOW_LIST_PROPERTY = "diplomacy.persisted-queries.allow-list";

}
