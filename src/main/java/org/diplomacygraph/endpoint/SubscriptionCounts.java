package org.diplomacygraph.endpoint;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLError;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The subscriptions running, per client and per WebSocket connection, held to
 * {@code diplomacy.limits.max-subscriptions-per-client} and {@code -per-connection}; and the open
 * WebSocket connections, of which those without a subscription for
 * {@code diplomacy.limits.idle-connection-timeout} are closed (checked every second).
 * <p>
 * Over WebSocket it also holds each subscription to {@code diplomacy.changes.buffer-size} events
 * handed to the connection and not yet written to it ({@link #sent}): Spring's transport takes events
 * ahead of its blocking writes, so a client that stops reading would otherwise have them queued
 * without bound; past the limit the subscription ends with {@code SLOW_CONSUMER}. Once a connection
 * closes, its subscriptions stop passing events on, so that none reaches the transport's closed sender.
 */
final class SubscriptionCounts implements DisposableBean {

	private static final Log logger = LogFactory.getLog(SubscriptionCounts.class);

	/** The close code of an idle connection (graphql-ws reads 4xxx codes as the server's). */
	static final int IDLE = 4408;

	private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final Limits limits;

	private final int backlog;

	private final Map<String, AtomicInteger> clients = new ConcurrentHashMap<>();

	private final Map<String, Connection> connections = new ConcurrentHashMap<>();

	private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "idle-connections");
		thread.setDaemon(true);
		return thread;
	});

	SubscriptionCounts(Limits limits, int backlog) {
		this.limits = limits;
		this.backlog = backlog;
		this.sweeper.scheduleWithFixedDelay(this::closeIdle, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public void destroy() {
		this.sweeper.shutdownNow();
	}

	void opened(WebSocketSession session) {
		this.connections.put(session.getId(), new Connection(session));
	}

	void closed(String sessionId) {
		Connection connection = this.connections.remove(sessionId);
		if (connection != null) {
			connection.closed.tryEmitEmpty();
		}
	}

	/** Whether the connection is open, as far as the handler was told. */
	boolean isOpen(String sessionId) {
		return this.connections.containsKey(sessionId);
	}

	/** A message of a subscription ({@code id}) was written to the connection. */
	void sent(String sessionId, String subscriptionId) {
		Connection connection = this.connections.get(sessionId);
		AtomicInteger unsent = (connection != null) ? connection.unsent.get(subscriptionId) : null;
		if (unsent != null) {
			unsent.updateAndGet((count) -> Math.max(0, count - 1));
			connection.written = System.nanoTime();
		}
	}

	/**
	 * Counts a subscription of a client (and a connection, or null over SSE) while its events flow,
	 * or refuses it, before any event, when a limit is reached: the error then, else null.
	 */
	GraphQLError start(String client, String connectionId) {
		AtomicInteger ofClient = this.clients.computeIfAbsent(client, (key) -> new AtomicInteger());
		if (ofClient.incrementAndGet() > this.limits.maxSubscriptionsPerClient()) {
			end(client, null);
			return Refusal.limitExceeded("max-subscriptions-per-client", "The client holds %d subscriptions with this one",
					this.limits.maxSubscriptionsPerClient() + 1L, this.limits.maxSubscriptionsPerClient());
		}
		Connection connection = (connectionId != null) ? this.connections.get(connectionId) : null;
		if (connection != null && connection.subscriptions.incrementAndGet() > this.limits.maxSubscriptionsPerConnection()) {
			end(client, connectionId);
			return Refusal.limitExceeded("max-subscriptions-per-connection",
					"The connection holds %d subscriptions with this one", this.limits.maxSubscriptionsPerConnection() + 1L,
					this.limits.maxSubscriptionsPerConnection());
		}
		return null;
	}

	/**
	 * The events of a counted subscription ({@code subscriptionId} its id on the connection, or null
	 * over SSE); the count goes down when they end, however.
	 */
	Publisher<?> counted(Publisher<?> events, String client, String connectionId, String subscriptionId) {
		Connection connection = (connectionId != null) ? this.connections.get(connectionId) : null;
		if (connection == null || subscriptionId == null) {
			return Flux.from(events).doFinally((signal) -> end(client, connectionId));
		}
		AtomicInteger unsent = new AtomicInteger();
		connection.unsent.put(subscriptionId, unsent);
		Flux<Object> bounded = Flux.from(events).handle((event, sink) -> {
			// A burst of one write is no slow consumer: only a connection that wrote nothing for a second.
			if (unsent.get() >= this.backlog && System.nanoTime() - connection.written >= STALL_NANOS) {
				logger.warn("Subscription " + subscriptionId + " of WebSocket connection " + connectionId + " ended: "
						+ this.backlog + " events not yet written to the client (SLOW_CONSUMER)");
				sink.error(new SubscriptionPublisherException(List.of(slowConsumer()), null));
				return;
			}
			if (unsent.getAndIncrement() == 0) {
				connection.written = System.nanoTime();
			}
			sink.next(event);
		});
		// Once the connection is closed nothing more is passed on, nor any end: the transport cancels.
		return bounded.takeUntilOther(connection.closed.asMono())
			.concatWith(Flux.never())
			.doFinally((signal) -> {
				connection.unsent.remove(subscriptionId, unsent);
				end(client, connectionId);
			});
	}

	private GraphQLError slowConsumer() {
		return Refusal.SLOW_CONSUMER.error(("The subscription fell more than %d events behind and was ended "
				+ "(`diplomacy.changes.buffer-size`); read faster, and resubscribe with `after` set to the cursor of "
				+ "the last change received to catch up").formatted(this.backlog),
				Map.of("code", Refusal.SLOW_CONSUMER.name()));
	}

	private void end(String client, String connectionId) {
		this.clients.computeIfPresent(client, (key, count) -> (count.decrementAndGet() <= 0) ? null : count);
		Connection connection = (connectionId != null) ? this.connections.get(connectionId) : null;
		if (connection != null && connection.subscriptions.decrementAndGet() <= 0) {
			connection.idleSince = System.nanoTime();
		}
	}

	private void closeIdle() {
		long now = System.nanoTime();
		long timeout = this.limits.idleConnectionTimeout().toNanos();
		for (Connection connection : this.connections.values()) {
			if (connection.subscriptions.get() <= 0 && now - connection.idleSince > timeout) {
				// Forgotten first: a message that comes in while it closes is ignored (LiveWebSocketHandler).
				closed(connection.session.getId());
				try {
					connection.session.close(new CloseStatus(IDLE, "No subscription for " + readable(this.limits.idleConnectionTimeout())
							+ " (" + Limits.property("idle-connection-timeout") + ")"));
				}
				catch (IOException | RuntimeException ex) {
					logger.debug("Could not close an idle WebSocket connection", ex);
				}
			}
		}
	}

	private static String readable(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
	}

	/** An open WebSocket connection. */
	private static final class Connection {

		private final WebSocketSession session;

		private final AtomicInteger subscriptions = new AtomicInteger();

		/** Per subscription ID: the events handed to the transport and not yet written. */
		private final Map<String, AtomicInteger> unsent = new ConcurrentHashMap<>();

		private final Sinks.Empty<Void> closed = Sinks.empty();

		private volatile long idleSince = System.nanoTime();

		/** When a message of a subscription was last written, or one waited first. */
		private volatile long written = System.nanoTime();

		Connection(WebSocketSession session) {
			this.session = session;
		}

	}

}
