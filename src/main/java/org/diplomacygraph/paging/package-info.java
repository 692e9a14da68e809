/**
 * Lists as Relay connections with keyset cursors, and relations loaded for a whole batch: cursors,
 * orderings and pages ({@link org.diplomacygraph.paging.Cursor}, {@link org.diplomacygraph.paging.Ordering},
 * {@link org.diplomacygraph.paging.Page}, {@link org.diplomacygraph.paging.Connection},
 * {@link org.diplomacygraph.paging.NestedConnection}), the keyset pager of root connections
 * ({@link org.diplomacygraph.paging.KeysetPager}), filters ({@link org.diplomacygraph.paging.Filter},
 * {@link org.diplomacygraph.paging.DateRange}, {@link org.diplomacygraph.paging.NameFilter}) and the
 * grouping of batch-loaded rows by parent ({@link org.diplomacygraph.paging.Batches}), and the look-ahead
 * that loads the to-one relations a list's selection asks for joined with its items
 * ({@link org.diplomacygraph.paging.Joins}, {@link org.diplomacygraph.paging.JoinedLoads}) and serves them
 * from their source without a DataLoader level ({@link org.diplomacygraph.paging.Preloaded}).
 * <p>
 * A shared kernel: depends on {@code values} only.
 */
package org.diplomacygraph.paging;
