/**
 * Claims: every value of a meeting, an agreement, a post, a participation or a signature, and every
 * name and alias, as one source asserts it — an article with its quotes, or an editor with the audit
 * entry of the write. {@link org.diplomacygraph.claim.ClaimField} is the registry of what can be
 * claimed and by which rule the served value is chosen ({@link org.diplomacygraph.claim.Choice});
 * {@link org.diplomacygraph.claim.ServedValues} writes the chosen values into the records' columns
 * after every write that changes claims, so that the read side serves plain columns; the other
 * claims stay visible through {@code claims(field:)}, {@code disputed} where sources disagree.
 * src/docs/writing-data.md, "Claims", states the rules with an example (README, "Concepts", in short).
 */
package org.diplomacygraph.claim;
