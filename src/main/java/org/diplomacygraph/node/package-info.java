/**
 * The {@code Node} interface of the schema: {@code node(id:)} and {@code nodes(ids:)} for any record
 * (merged-away IDs resolved through curation's redirects), the {@code id} of every node type as a
 * global ID, and each type's {@code kind} under a name of its own.
 * <p>
 * Main classes: {@code NodeController} (node types from the registry, {@code record.RecordType}),
 * {@code NodeWiring}, {@code TypedKindWiring}.
 * <p>
 * Depends on {@code values} (global IDs), {@code curation} (redirects) and the entities of the
 * feature packages.
 */
package org.diplomacygraph.node;
