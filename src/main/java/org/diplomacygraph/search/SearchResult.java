package org.diplomacygraph.search;

/**
 * A search hit (the schema's {@code SearchResult}).
 *
 * @param node the entity found: a {@code Person}, {@code Organisation}, {@code Place}, {@code Country},
 * {@code Meeting} or {@code Agreement}, whose class name is its GraphQL type
 * @param score Lucene's relevance score; higher is better, comparable only within one search
 * @param matched the name or other name of the entity that matched the query best
 */
public record SearchResult(Object node, float score, String matched) {

}
