package org.diplomacygraph.curation;

/** The schema's {@code MergeEntitiesInput}. */
record MergeEntitiesInput(String keepId, String removeId) {
}
