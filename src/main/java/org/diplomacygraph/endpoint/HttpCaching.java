package org.diplomacygraph.endpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * HTTP caching of GET queries, as GitHub's API does it: an answer without errors gets an
 * {@code ETag} and {@code Cache-Control: public} (or {@code private} for a request with an API key)
 * with {@code max-age}, and a request whose {@code If-None-Match} names the ETag of the answer is
 * answered {@code 304 Not Modified} without a body. The ETag is the SHA-256 of the answer's
 * {@code data} and {@code errors} in its media type, not of its {@code extensions}, whose cost
 * figures change with every request. An answer with errors (refused, over a limit, not found, a
 * field that failed) gets {@code Cache-Control: no-store}. POST answers (mutations among them) get
 * none of this: POST is not cached.
 */
final class HttpCaching {

	private final String cacheControl;

	private final JsonMapper json;

	HttpCaching(Caching caching, JsonMapper json) {
		long seconds = caching.maxAge().toSeconds();
		this.cacheControl = (seconds > 0) ? "max-age=" + seconds : "no-cache";
		this.json = json;
	}

	/**
	 * Sets the caching headers of the answer to a GET query on {@code response}; returns its ETag, or
	 * {@code null} when it may not be cached.
	 */
	String prepare(ServerRequest request, WebGraphQlResponse response, MediaType contentType) {
		HttpHeaders headers = response.getResponseHeaders();
		if (!response.getErrors().isEmpty() || !response.getExecutionResult().isDataPresent()) {
			headers.setCacheControl("no-store");
			return null;
		}
		boolean withKey = request.headers().firstHeader(HttpHeaders.AUTHORIZATION) != null;
		String etag = etag(response, contentType);
		headers.setCacheControl((withKey ? "private, " : "public, ") + this.cacheControl);
		headers.setETag(etag);
		headers.setVary(List.of(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION));
		return etag;
	}

	/** Whether the request's {@code If-None-Match} names this ETag (weak comparison, as RFC 9110 has it). */
	static boolean notModified(ServerRequest request, String etag) {
		for (String header : request.headers().header(HttpHeaders.IF_NONE_MATCH)) {
			for (String candidate : header.split(",")) {
				String tag = candidate.strip();
				if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
					return true;
				}
			}
		}
		return false;
	}

	private String etag(WebGraphQlResponse response, MediaType contentType) {
		Map<String, Object> answer = new LinkedHashMap<>(response.toMap());
		answer.remove("extensions");
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		sha256.update(contentType.toString().getBytes(StandardCharsets.UTF_8));
		// Streamed into the digest: the answer is not serialized into memory a second time.
		try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
			this.json.writeValue(out, answer);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		byte[] digest = sha256.digest();
		return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
	}

}
