package org.diplomacygraph.endpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * Spring for GraphQL's {@code graphql-transport-ws} handler, as Spring Boot would configure it,
 * telling {@link SubscriptionCounts} of the connections it opens and closes (for the
 * per-connection limit and the idle timeout) and of the messages of each subscription it has
 * written (for the slow-consumer limit). A message that arrives once the connection is closed (a
 * client that spoke as the idle timeout closed it) is ignored.
 */
final class LiveWebSocketHandler extends GraphQlWebSocketHandler {

	private static final String ID_FIELD = "\"id\":\"";

	private static final Duration CLOSE_DELAY = Duration.ofSeconds(1);

	private final SubscriptionCounts counts;

	LiveWebSocketHandler(WebGraphQlHandler handler, HttpMessageConverter<Object> converter, Duration initTimeout,
			Duration keepAlive, CorsConfiguration cors, SubscriptionCounts counts) {
		super(handler, converter, initTimeout, keepAlive, cors);
		this.counts = counts;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		this.counts.opened(session);
		super.afterConnectionEstablished(session);
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		if (!this.counts.isOpen(session.getId()) || !session.isOpen()) {
			return;
		}
		super.handleTextMessage(new Counting(session, this.counts), message);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		// The subscriptions stop passing events on at once; the transport's sender goes a second later,
		// so that an event already on its way finds it (and is not written: see Counting) rather than
		// failing as "Scheduler unavailable".
		this.counts.closed(session.getId());
		Schedulers.parallel()
			.schedule(() -> super.afterConnectionClosed(session, status), CLOSE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * The subscription a message of the transport belongs to: its {@code id}, the first property the
	 * transport writes; null if it has none (ping, pong) or one with escapes.
	 */
	static String subscriptionId(String payload) {
		int start = payload.indexOf(ID_FIELD);
		if (start < 0 || start > 8) {
			return null;
		}
		start += ID_FIELD.length();
		int end = payload.indexOf('"', start);
		return (end < 0 || payload.lastIndexOf('\\', end) >= start) ? null : payload.substring(start, end);
	}

	/** The session as the transport's senders see it: each message written is counted. */
	private static final class Counting extends WebSocketSessionDecorator {

		private final SubscriptionCounts counts;

		Counting(WebSocketSession session, SubscriptionCounts counts) {
			super(session);
			this.counts = counts;
		}

		@Override
		public void sendMessage(WebSocketMessage<?> message) throws IOException {
			if (!this.counts.isOpen(getId())) {
				// Closed: what was on its way is dropped, as the client is gone.
				return;
			}
			super.sendMessage(message);
			if (message instanceof TextMessage text) {
				byte[] bytes = text.asBytes();
				String id = subscriptionId(new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.UTF_8));
				if (id != null) {
					this.counts.sent(getId(), id);
				}
			}
		}

	}

}
