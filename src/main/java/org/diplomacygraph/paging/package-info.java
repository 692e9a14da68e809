/**
 * Lists as Relay connections with keyset cursors, and relations loaded for a whole batch: cursors,
 * orderings and pages ({@link org.diplomacygraph.paging.Cursor}, {@link org.diplomacygraph.paging.Ordering},
 * {@link org.diplomacygraph.paging.Page}, {@link org.diplomacygraph.paging.Connection},
 * {@link org.diplomacygraph.paging.NestedConnection}), the keyset pager of root connections
 * ({@link org.diplomacygraph.paging.KeysetPager}), filters ({@link org.diplomacygraph.paging.Filter},
 * {@link org.diplomacygraph.paging.DateRange}, {@link org.diplomacygraph.paging.NameFilter}) and the
 * grouping of batch-loaded rows by parent ({@link org.diplomacygraph.paging.Batches}).
 * <p>
 * A shared kernel: depends on {@code values} only.
 */
package org.diplomacygraph.paging;
