/**
 * The registry of record types ({@link org.diplomacygraph.record.RecordType}) that the write side
 * (ingest, claims, retraction, curation) derives its per-type knowledge from: entity classes,
 * GraphQL type names, words for messages, names, search index, and what refers to a record. Depends
 * on the feature packages' entities; no feature package depends on it.
 */
package org.diplomacygraph.record;
