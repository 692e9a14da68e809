/**
 * Articles and evidence: the {@code Article} entity, kept verbatim in NFC and stored once (its URL and
 * normalised text as keys, {@code ArticleIdentity}), the {@code articles} root connection, and
 * {@code Evidence}, the exact words of an article behind one aspect of one fact, with its offsets.
 * <p>
 * Main classes: {@link org.diplomacygraph.article.Article}, {@link org.diplomacygraph.article.Evidence},
 * {@link org.diplomacygraph.article.ArticleIdentity}, {@link org.diplomacygraph.article.EvidenceLookup}
 * (the evidence of many subjects at once, for every type's {@code evidence} field).
 * <p>
 * Depends on {@code values} and {@code paging} (the keyset pager) only: every feature package
 * quotes its articles through this one.
 */
package org.diplomacygraph.article;
