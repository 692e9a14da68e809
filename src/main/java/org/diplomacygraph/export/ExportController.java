package org.diplomacygraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.diplomacygraph.curation.Redirects;
import org.diplomacygraph.endpoint.ClientBudget;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The graph as linked data: every node at a stable URL {@code /id/<global ID>} (JSON-LD, or a small
 * page for a browser), the vocabulary at {@code /vocab}, the whole graph as NDJSON at
 * {@code /export/graph.ndjson} and people, organisations and posts as Popolo at
 * {@code /export/popolo.json}. Public reads, charged to the GraphQL rate limit's per-client budget;
 * refusals in the GraphQL-shaped JSON of every other refusal of the API. See
 * {@code src/docs/export.md}.
 */
@RestController
@EnableConfigurationProperties(ExportProperties.class)
class ExportController {

	private final NodeDocuments documents;

	private final GraphDump dump;

	private final PopoloExport popolo;

	private final Redirects redirects;

	private final ClientBudget budget;

	private final BulkPermits permits;

	private final ExportProperties properties;

	private final JsonMapper json;

	private final String cacheControl;

	ExportController(NodeDocuments documents, GraphDump dump, PopoloExport popolo, Redirects redirects,
			ClientBudget budget, ExportProperties properties, JsonMapper json,
			@Value("${diplomacy.caching.max-age:60s}") Duration maxAge) {
		this.documents = documents;
		this.dump = dump;
		this.popolo = popolo;
		this.redirects = redirects;
		this.budget = budget;
		this.permits = new BulkPermits(properties.maxConcurrent());
		this.properties = properties;
		this.json = json;
		this.cacheControl = maxAge.isZero() ? "no-cache" : "max-age=" + maxAge.toSeconds();
	}

	@GetMapping("/id/{id}")
	ResponseEntity<?> node(@PathVariable String id, HttpServletRequest request) {
		InputText.require(id, InputText.Field.ID, "id");
		GlobalId global = GlobalId.decode(id).orElseThrow(() -> GlobalId.invalid(id, "id"));
		MediaType media = Negotiation.choose(request.getHeader(HttpHeaders.ACCEPT))
			.orElseThrow(() -> new NotAcceptable("This URL serves application/ld+json, application/json and text/html"));
		ResponseEntity<?> refused = charge(request, 1);
		if (refused != null) {
			return refused;
		}
		Optional<RecordType> type = RecordType.ofTypeName(global.type());
		LinkedData ld = linkedData();
		List<ObjectNode> found = type.map((known) -> this.documents.one(known, global.id(), ld)).orElse(List.of());
		if (found.isEmpty()) {
			String target = type.map((known) -> this.redirects.targets(known, List.of(global.id())).get(global.id()))
				.orElse(null);
			if (target != null) {
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.location(URI.create(ld.iri(type.get(), target)))
					.build();
			}
			return refusal(HttpStatus.NOT_FOUND, "NOT_FOUND", "No node has the ID '" + InputText.echo(id) + "'", Map.of());
		}
		boolean html = media.equals(MediaType.TEXT_HTML);
		String body = html ? NodePage.render(found.get(0), global.type(), this.json)
				: this.json.writeValueAsString(found.get(0));
		String etag = "\"" + sha256(media + "\n" + body) + "\"";
		boolean notModified = matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
			.eTag(etag)
			.header(HttpHeaders.CACHE_CONTROL,
					(request.getHeader(HttpHeaders.AUTHORIZATION) != null ? "private, " : "public, ") + this.cacheControl)
			.header(HttpHeaders.VARY, "Accept, Authorization");
		if (html) {
			answer.header("Content-Security-Policy", NodePage.CONTENT_SECURITY_POLICY);
		}
		if (notModified) {
			return answer.build();
		}
		MediaType contentType = html ? new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8) : media;
		return answer.contentType(contentType).body(body);
	}

	@GetMapping("/vocab")
	ResponseEntity<?> vocabulary(HttpServletRequest request) {
		ResponseEntity<?> refused = charge(request, 1);
		return (refused != null) ? refused
				: ResponseEntity.ok()
					.contentType(Negotiation.JSON_LD)
					.header(HttpHeaders.CACHE_CONTROL, "public, " + this.cacheControl)
					.body(this.json.writeValueAsString(Vocabulary.document(linkedData())));
	}

	/** The whole graph (or the nodes of {@code types}, comma-separated type names) as NDJSON. */
	@GetMapping("/export/graph.ndjson")
	ResponseEntity<?> graph(@RequestParam(required = false) String types, HttpServletRequest request,
			HttpServletResponse response) {
		List<RecordType> selected = types(types);
		return bulk(request, response, Negotiation.NDJSON,
				(out) -> this.dump.write(out, selected, this.properties.chunkSize(), linkedData()));
	}

	@GetMapping("/export/popolo.json")
	ResponseEntity<?> popolo(HttpServletRequest request, HttpServletResponse response) {
		return bulk(request, response, MediaType.APPLICATION_JSON,
				(out) -> this.popolo.write(out, this.properties.chunkSize(), linkedData()));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<?> badRequest(BadRequestException ex) {
		return refusal(HttpStatus.BAD_REQUEST, "BAD_REQUEST", ex.getMessage(), Map.of());
	}

	@ExceptionHandler(NotAcceptable.class)
	ResponseEntity<?> notAcceptable(NotAcceptable ex) {
		return refusal(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", ex.getMessage(), Map.of());
	}

	/** Writes a bulk export straight to the response, one at a time per permit; null once written. */
	private ResponseEntity<?> bulk(HttpServletRequest request, HttpServletResponse response, MediaType media,
			Export export) {
		ResponseEntity<?> refused = charge(request, this.properties.bulkPoints());
		if (refused != null) {
			return refused;
		}
		if (!this.permits.tryAcquire()) {
			return refusal(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", "At most " + this.properties.maxConcurrent()
					+ " bulk exports run at once (`diplomacy.export.max-concurrent`); retry after "
					+ BulkPermits.RETRY_AFTER_SECONDS + " seconds",
					Map.of("retryAfter", BulkPermits.RETRY_AFTER_SECONDS));
		}
		try {
			response.setStatus(HttpStatus.OK.value());
			response.setContentType(media.toString() + ";charset=UTF-8");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
			export.write(out);
			out.flush();
		}
		catch (IOException | GraphDump.ExportAborted ex) {
			// The client went away: nothing more to send, nothing to report.
		}
		finally {
			this.permits.release();
		}
		return null;
	}

	private ResponseEntity<?> charge(HttpServletRequest request, long points) {
		ClientBudget.Charge charge = this.budget.charge(request, points);
		if (charge.taken()) {
			return null;
		}
		return refusal(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", charge.message(),
				Map.of("retryAfter", charge.retryAfter()));
	}

	private static ResponseEntity<?> refusal(HttpStatus status, String classification, String message,
			Map<String, Object> more) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
		if (more.get("retryAfter") != null) {
			builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(more.get("retryAfter")));
		}
		return builder.body(Refusal.of(message, classification, more));
	}

	private static List<RecordType> types(String types) {
		List<RecordType> selected = new ArrayList<>();
		if (types == null || types.isBlank()) {
			return selected;
		}
		for (String name : types.split(",")) {
			RecordType type = RecordType.ofTypeName(name.trim())
				.orElseThrow(() -> new BadRequestException("Unknown type '" + InputText.echo(name.trim())
						+ "' in `types`; the types are "
						+ String.join(", ", RecordType.nodes().stream().map(RecordType::typeName).toList())));
			if (!selected.contains(type)) {
				selected.add(type);
			}
		}
		return selected;
	}

	private static LinkedData linkedData() {
		return new LinkedData(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

	/** Whether {@code If-None-Match} names the ETag (weak or strong, in a list) or is {@code *}. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String trimmed = tag.trim();
			if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(etag)) {
				return true;
			}
		}
		return false;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A bulk export writing to the response. */
	private interface Export {

		void write(OutputStream out) throws IOException;

	}

	/** No media type the client accepts: 406. */
	static final class NotAcceptable extends RuntimeException {

		NotAcceptable(String message) {
			super(message);
		}

	}

	/** A refusal as the API words all of them: {@code {"errors":[{"message":…,"extensions":{"classification":…}}]}}. */
	record Refusal(List<Error> errors) {

		static Refusal of(String message, String classification, Map<String, Object> more) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("classification", classification);
			extensions.putAll(more);
			return new Refusal(List.of(new Error(message, extensions)));
		}

	}

	record Error(String message, Map<String, Object> extensions) {
	}

}
