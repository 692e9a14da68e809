package org.diplomacygraph.endpoint;

import java.io.IOException;
import java.time.Duration;
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

import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The subscriptions running, per client and per WebSocket connection, held to
 * {@code diplomacy.limits.max-subscriptions-per-client} and {@code -per-connection}; and the open
 * WebSocket connections, of which those without a subscription for
 * {@code diplomacy.limits.idle-connection-timeout} are closed (checked every second).
 */
final class SubscriptionCounts implements DisposableBean {

	private static final Log logger = LogFactory.getLog(SubscriptionCounts.class);

	/** The close code of an idle connection (graphql-ws reads 4xxx codes as the server's). */
	static final int IDLE = 4408;

	private final Limits limits;

	private final Map<String, AtomicInteger> clients = new ConcurrentHashMap<>();

	private final Map<String, Connection> connections = new ConcurrentHashMap<>();

	private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "idle-connections");
		thread.setDaemon(true);
		return thread;
	});

	SubscriptionCounts(Limits limits) {
		this.limits = limits;
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
		this.connections.remove(sessionId);
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

	/** The events of a counted subscription; the count goes down when they end, however. */
	Publisher<?> counted(Publisher<?> events, String client, String connectionId) {
		return Flux.from(events).doFinally((signal) -> end(client, connectionId));
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
				try {
					connection.session.close(new CloseStatus(IDLE, "No subscription for " + readable(this.limits.idleConnectionTimeout())
							+ " (" + Limits.property("idle-connection-timeout") + ")"));
				}
				catch (IOException | RuntimeException ex) {
					logger.debug("Could not close an idle WebSocket connection", ex);
				}
				this.connections.remove(connection.session.getId());
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

		private volatile long idleSince = System.nanoTime();

		Connection(WebSocketSession session) {
			this.session = session;
		}

	}

}
