package org.diplomacygraph.endpoint;

import java.time.Duration;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * Spring for GraphQL's {@code graphql-transport-ws} handler, as Spring Boot would configure it,
 * telling {@link SubscriptionCounts} of the connections it opens and closes (for the
 * per-connection limit and the idle timeout).
 */
final class LiveWebSocketHandler extends GraphQlWebSocketHandler {

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
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		this.counts.closed(session.getId());
		super.afterConnectionClosed(session, status);
	}

}
