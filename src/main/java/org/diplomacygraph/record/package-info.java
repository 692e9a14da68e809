/**
 * The one registry of the graph's types ({@link org.diplomacygraph.record.RecordType}) that the
 * node API, search, reconciliation, evidence, claims, ingest, retraction and curation derive their
 * per-type knowledge from: JPA entity names, GraphQL type names, words for messages, names, search
 * index, and what refers to a record. A shared kernel: it depends on no feature package (entity
 * classes are resolved through the JPA metamodel by entity name); feature packages depend on it.
 */
package org.diplomacygraph.record;
