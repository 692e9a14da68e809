package org.diplomacygraph.endpoint;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the endpoint keeps between requests, and what it lets HTTP caches keep.
 *
 * @param documentCharacters parsed and validated documents kept at most ({@link DocumentCache}), by
 *     the characters of their text (plus 200 per document); the least recently used go first
 * @param maxAge how long a browser or proxy may reuse the answer to a GET query without asking
 *     again ({@code Cache-Control: max-age}); 0 makes them ask every time ({@code no-cache}), and the
 *     answer's {@code ETag} then saves sending the same answer again ({@code 304 Not Modified})
 */
@ConfigurationProperties("diplomacy.caching")
record Caching(@DefaultValue("2000000") long documentCharacters, @DefaultValue("60s") Duration maxAge) {

}
