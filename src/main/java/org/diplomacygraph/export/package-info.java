/**
 * The graph as linked data for partners and data people: every node at a stable URL
 * {@code /id/<global ID>} by content negotiation (JSON-LD with schema.org types and PROV-O
 * provenance to the quoted articles, or a small page), the vocabulary of this server's own terms at
 * {@code /vocab}, a bulk export of the whole graph as NDJSON streamed in keyset chunks with constant
 * memory and a fixed number of statements per chunk ({@code GraphDump}), and people, organisations
 * and posts as Popolo JSON ({@code PopoloExport}). The model, the URLs and the nightly dump:
 * {@code src/docs/export.md}.
 * <p>
 * Reads the entities of the feature packages through JPQL projections ({@code GraphQueries},
 * {@code Rows}), never loading an entity. Depends on {@code record}, {@code values},
 * {@code endpoint} (the per-client budget), {@code curation} (merged IDs redirect) and the feature
 * packages' entities; nothing depends on it.
 */
package org.diplomacygraph.export;
