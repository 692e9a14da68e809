package org.diplomacygraph.endpoint;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The per-client budget of cost points ({@code diplomacy.limits.points-per-minute}) for the public
 * endpoints beside GraphQL (the reconciliation API): one bucket per client, shared with GraphQL, the
 * client named the same way (its API key if it sends one, else its IP address), a refusal worded
 * the same way.
 */
public final class ClientBudget {

	private final RateLimiter rateLimiter;

	ClientBudget(RateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	/** Takes the points a request may cost from its client's bucket, or says when it may retry. */
	public Charge charge(HttpServletRequest request, long points) {
		long retryAfter = this.rateLimiter.take(client(request.getHeader(HttpHeaders.AUTHORIZATION),
				request.getRemoteAddr()), points);
		if (retryAfter == 0) {
			return new Charge(true, 0, null);
		}
		return new Charge(false, retryAfter, ("This request may cost %d points, more than the client has left of its "
				+ "%d per minute (`%s`); retry after %d seconds").formatted(points, this.rateLimiter.pointsPerMinute(),
						Limits.property("points-per-minute"), retryAfter));
	}

	/** A client is its API key if it sends one (only a digest is kept: buckets must not hold keys), else its address. */
	static String client(String authorization, String remoteAddress) {
		if (authorization != null && authorization.startsWith("Bearer ")) {
			return "key:" + sha256(authorization.substring(7).trim()).substring(0, 32);
		}
		return (remoteAddress != null) ? remoteAddress : "unknown";
	}

	/** The address as {@link InetAddress#getHostAddress()} writes it, or null. */
	static String address(InetAddress address) {
		return (address != null) ? address.getHostAddress() : null;
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether the points were taken.
	 *
	 * @param retryAfter when refused, the seconds after which the bucket holds them
	 * @param message when refused, why, naming the limit's property
	 */
	public record Charge(boolean taken, long retryAfter, String message) {
	}

}
