/**
 * Live updates: the change log, the change feed ({@code Query.changes}) and the subscriptions
 * ({@code type Subscription}), served over WebSocket ({@code graphql-transport-ws}) and server-sent
 * events by Spring for GraphQL (src/docs/live.md).
 * <p>
 * <b>Writing.</b> {@link org.diplomacygraph.live.ChangeLog} appends one row per changed node to
 * {@code change_log} just before the writing transaction commits, from what
 * {@link org.diplomacygraph.audit.TransactionWrites} collected (the same Hibernate listeners and
 * per-session pending writes that feed {@code search_change}); a rolled-back write logs nothing.
 * Node types come from {@link org.diplomacygraph.record.RecordType}; the schema's {@code NodeType}
 * is its node types ({@code RecordTypeTests}).
 * <p>
 * <b>Why the feed has no gaps.</b> Sequences are taken at insert and transactions may commit in
 * any order, so in general a reader that has seen sequence n cannot know whether a lower one is
 * still to commit ({@code search/ChangeCursor} tracks such gaps with a timeout). Here the rows are
 * inserted while the transaction holds the one row of {@code write_lock}
 * ({@link org.diplomacygraph.audit.WriteLock}: every write takes it first, and {@code ChangeLog}
 * takes it before inserting in any case), which is released only at commit: the next writer's
 * sequences are taken after this one's are committed. Sequences therefore become visible in order,
 * and "every row above my cursor" misses nothing and repeats nothing. This costs nothing extra,
 * since writes are serialised already.
 * <p>
 * <b>Delivering.</b> {@link org.diplomacygraph.live.ChangePoller} on every instance reads the rows
 * after the last one it published every {@code diplomacy.changes.poll-interval} and publishes them
 * to a Reactor sink; each subscription ({@link org.diplomacygraph.live.Subscriptions}) listens
 * through a bounded buffer of its own ({@code SLOW_CONSUMER} on overflow) and, with {@code after},
 * reads the log first and then takes the live changes above the last one read. The poller deletes
 * rows older than {@code diplomacy.changes.retention}; cursors carry the moment of their change, so
 * an older cursor is refused ({@code CURSOR_EXPIRED}) rather than silently missing changes.
 * <p>
 * The limits of subscriptions (per connection, per client, idle connections, cost) are the
 * endpoint's ({@code endpoint/LimitsInterceptor}, {@code SubscriptionCounts}), as for queries.
 * <p>
 * Depends on {@code record}, {@code values}, {@code paging}, {@code audit} and, for the filters and
 * {@code articleAdded}, {@code article} and {@code place}.
 */
package org.diplomacygraph.live;
