package org.diplomacygraph.curation;

/** The schema's {@code AddAliasInput}. */
record AddAliasInput(String id, String alias) {
}
