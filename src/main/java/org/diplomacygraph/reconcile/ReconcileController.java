package org.diplomacygraph.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.endpoint.ClientBudget;
import org.diplomacygraph.reconcile.ReconcileResponses.Errors;
import org.diplomacygraph.reconcile.ReconcileResponses.Extension;
import org.diplomacygraph.reconcile.ReconcileResponses.ExtensionProperty;
import org.diplomacygraph.reconcile.ReconcileResponses.Manifest;
import org.diplomacygraph.reconcile.ReconcileResponses.PropertyProposals;
import org.diplomacygraph.reconcile.ReconcileResponses.Result;
import org.diplomacygraph.reconcile.ReconcileResponses.ResultCandidate;
import org.diplomacygraph.reconcile.ReconcileResponses.Suggestion;
import org.diplomacygraph.reconcile.ReconcileResponses.Suggestions;
import org.diplomacygraph.reconcile.ReconcileResponses.TypeRef;
import org.diplomacygraph.record.RecordType;
import org.diplomacygraph.search.NameCandidates;
import org.diplomacygraph.search.SearchResult;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.GlobalId;
import org.diplomacygraph.values.InputText;
import org.diplomacygraph.values.Names;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The W3C Reconciliation Service API 0.2 at {@code /reconcile}, for OpenRefine and other clients
 * that match spreadsheets of names against this graph: the manifest, batches of queries (GET and
 * form POST {@code queries}), data extension ({@code extend}, property proposals at
 * {@code /reconcile/properties}), suggest services for entities, types and properties, and an
 * HTML preview card. IDs are the GraphQL API's global IDs. Public like GraphQL reads, and charged to
 * the same per-client budget: a batch costs one point per query plus one per candidate it may
 * return. A batch of more than {@value QueryBatch#MAX_QUERIES} queries, JSON that does not parse, an
 * unknown type or property is refused with 400 and a message naming it.
 */
@RestController
@RequestMapping("/reconcile")
class ReconcileController {

	static final String NAME = "Diplomacy graph";

	/** Suggestions per page. */
	static final int SUGGESTIONS = 10;

	/** The furthest a suggest cursor goes: the search returns at most 100 hits. */
	static final int MAX_CURSOR = 90;

	private final Reconciler reconciler;

	private final EntityCards cards;

	private final NameCandidates names;

	private final ClientBudget budget;

	private final QueryBatch batch;

	ReconcileController(Reconciler reconciler, EntityCards cards, NameCandidates names, ClientBudget budget,
			JsonMapper json) {
		this.reconciler = reconciler;
		this.cards = cards;
		this.names = names;
		this.budget = budget;
		this.batch = new QueryBatch(json);
	}

	/** The manifest without parameters; a batch of queries with {@code queries}; data extension with {@code extend}. */
	@RequestMapping(method = { RequestMethod.GET, RequestMethod.POST }, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> service(@RequestParam(required = false) String queries,
			@RequestParam(required = false) String extend, HttpServletRequest request) {
		if (queries != null && extend != null) {
			throw new BadRequestException("Send `queries` or `extend`, not both");
		}
		if (queries != null) {
			List<ReconcileQuery> parsed = this.batch.queries(queries);
			ResponseEntity<?> refused = charge(request, parsed.stream().mapToLong((query) -> 1L + query.limit()).sum());
			if (refused != null) {
				return refused;
			}
			Map<String, Result> results = new LinkedHashMap<>();
			this.reconciler.reconcile(parsed).forEach((key, candidates) -> results.put(key, new Result(candidates)));
			return ResponseEntity.ok(results);
		}
		if (extend != null) {
			QueryBatch.Extension extension = this.batch.extension(extend);
			ResponseEntity<?> refused = charge(request, 1L + (long) extension.ids().size() * extension.properties().size());
			if (refused != null) {
				return refused;
			}
			List<ExtensionProperty> meta = extension.properties()
				.stream()
				.map((property) -> new ExtensionProperty(property.id(), property.label(),
						(property == ReconcileProperty.COUNTRY) ? new TypeRef("Country", "Country") : null))
				.toList();
			return ResponseEntity.ok(new Extension(meta, this.cards.extension(extension.ids(), extension.properties())));
		}
		ResponseEntity<?> refused = charge(request, 1);
		return (refused != null) ? refused : ResponseEntity.ok(manifest());
	}

	@GetMapping(path = "/suggest/entity", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> suggestEntity(@RequestParam(required = false) String prefix,
			@RequestParam(required = false) Integer cursor, @RequestParam(required = false) String type,
			HttpServletRequest request) {
		require(prefix, "prefix");
		int skip = (cursor != null) ? cursor : 0;
		if (skip < 0 || skip > MAX_CURSOR) {
			throw new BadRequestException("`cursor` must be between 0 and " + MAX_CURSOR + ", got " + skip);
		}
		List<RecordType> types = new ArrayList<>();
		for (RecordType known : (type != null) ? List.of(type(type)) : ReconcileTypes.all()) {
			types.add(known);
		}
		ResponseEntity<?> refused = charge(request, 1L + skip + SUGGESTIONS);
		if (refused != null) {
			return refused;
		}
		List<SearchResult> all = this.names.search(prefix, types, skip + SUGGESTIONS);
		List<SearchResult> hits = all.subList(Math.min(skip, all.size()), all.size());
		List<String> descriptions = this.cards.describe(hits.stream().map(SearchResult::node).toList());
		List<Suggestion> suggestions = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			SearchResult hit = hits.get(i);
			RecordType hitType = typeOf(hit.node());
			String name = EntityCards.name(hit.node());
			String description = hitType.typeName() + (descriptions.get(i).isEmpty() ? "" : " · " + descriptions.get(i))
					+ (hit.matched().equals(name) ? "" : " · matched '" + hit.matched() + "'");
			suggestions.add(new Suggestion(GlobalId.encode(hitType.typeName(), EntityCards.id(hit.node())), name, description,
					List.of(new TypeRef(hitType.typeName(), hitType.typeName()))));
		}
		return ResponseEntity.ok(new Suggestions(suggestions));
	}

	@GetMapping(path = "/suggest/type", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> suggestType(@RequestParam(required = false) String prefix, HttpServletRequest request) {
		ResponseEntity<?> refused = charge(request, 1);
		if (refused != null) {
			return refused;
		}
		String given = (prefix != null) ? prefix : "";
		List<Suggestion> types = ReconcileTypes.all()
			.stream()
			.filter((type) -> startsWord(type.typeName(), given))
			.map((type) -> new Suggestion(type.typeName(), type.typeName(), type.description(), null))
			.toList();
		return ResponseEntity.ok(new Suggestions(types));
	}

	@GetMapping(path = "/suggest/property", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> suggestProperty(@RequestParam(required = false) String prefix,
			@RequestParam(required = false) String type, HttpServletRequest request) {
		RecordType of = (type != null) ? type(type) : null;
		ResponseEntity<?> refused = charge(request, 1);
		if (refused != null) {
			return refused;
		}
		String given = (prefix != null) ? prefix : "";
		List<Suggestion> properties = Arrays.stream(ReconcileProperty.values())
			.filter((property) -> property.queried(of) || property.extended(of))
			.filter((property) -> startsWord(property.id(), given) || startsWord(property.label(), given))
			.map((property) -> new Suggestion(property.id(), property.label(), property.description(), null))
			.toList();
		return ResponseEntity.ok(new Suggestions(properties));
	}

	/** Data extension property proposals: what {@code extend} can fetch for records of a type. */
	@GetMapping(path = "/properties", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> properties(@RequestParam(required = false) String type,
			@RequestParam(required = false) Integer limit, HttpServletRequest request) {
		require(type, "type");
		RecordType of = type(type);
		if (limit != null && limit < 1) {
			throw new BadRequestException("`limit` must be positive, got " + limit);
		}
		ResponseEntity<?> refused = charge(request, 1);
		if (refused != null) {
			return refused;
		}
		List<TypeRef> properties = Arrays.stream(ReconcileProperty.values())
			.filter((property) -> property.extended(of))
			.limit((limit != null) ? limit : Long.MAX_VALUE)
			.map((property) -> new TypeRef(property.id(), property.label()))
			.toList();
		return ResponseEntity.ok(new PropertyProposals(of.typeName(), properties, limit));
	}

	/** The preview card of a record: a small HTML page. */
	@GetMapping(path = "/preview")
	ResponseEntity<String> preview(@RequestParam(required = false) String id, HttpServletRequest request) {
		ResponseEntity<?> refused = charge(request, 1);
		if (refused != null) {
			return html(HttpStatus.TOO_MANY_REQUESTS, PreviewHtml.message("Too many requests",
					((Errors) refused.getBody()).errors().get(0).message()));
		}
		if (id == null || id.isBlank()) {
			return html(HttpStatus.BAD_REQUEST, PreviewHtml.message("No ID", "The preview needs the parameter `id`"));
		}
		GlobalId global = GlobalId.decode(id).orElse(null);
		if (global == null) {
			return html(HttpStatus.BAD_REQUEST, PreviewHtml.message("Not an ID", GlobalId.invalidMessage(id, "id")));
		}
		EntityCards.Card card = this.cards.card(global);
		if (card == null) {
			return html(HttpStatus.NOT_FOUND, PreviewHtml.message("Not found",
					"No record has the ID '" + InputText.echo(id) + "'"));
		}
		return html(HttpStatus.OK, PreviewHtml.render(card));
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<Errors> badRequest(BadRequestException ex) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Errors.of(ex.getMessage(), "BAD_REQUEST", Map.of()));
	}

	private Manifest manifest() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String service = "/reconcile";
		List<TypeRef> types = ReconcileTypes.all().stream().map((type) -> new TypeRef(type.typeName(), type.typeName())).toList();
		return new Manifest(List.of("0.2"), NAME, base + "/graphql#id", base + "/graphql#schema",
				base + "/graphiql", types, new ReconcileResponses.Url(base + service + "/preview?id={{id}}"),
				new ReconcileResponses.Preview(base + service + "/preview?id={{id}}", PreviewHtml.WIDTH,
						PreviewHtml.HEIGHT),
				new ReconcileResponses.Suggest(new ReconcileResponses.Service(base, service + "/suggest/entity"),
						new ReconcileResponses.Service(base, service + "/suggest/type"),
						new ReconcileResponses.Service(base, service + "/suggest/property")),
				new ReconcileResponses.Extend(new ReconcileResponses.Service(base, service + "/properties"), List.of()));
	}

	/** Null when the points were taken, else the 429 refusal naming the limit. */
	private ResponseEntity<?> charge(HttpServletRequest request, long points) {
		ClientBudget.Charge charge = this.budget.charge(request, points);
		if (charge.taken()) {
			return null;
		}
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(charge.retryAfter()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Errors.of(charge.message(), "RATE_LIMITED", Map.of("retryAfter", charge.retryAfter())));
	}

	private static ResponseEntity<String> html(HttpStatus status, String page) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", PreviewHtml.CONTENT_SECURITY_POLICY)
			.body(page);
	}

	/** Whether a word of the text begins with the prefix (folded); an empty prefix begins every text. */
	private static boolean startsWord(String text, String prefix) {
		String folded = Names.fold(prefix);
		return folded.isEmpty() || (" " + Names.fold(text)).contains(" " + folded);
	}

	private static void require(String value, String parameter) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException("The parameter `" + parameter + "` is required");
		}
		InputText.Problem problem = InputText.problem(value, InputText.Field.SEARCH, parameter);
		if (problem != null) {
			throw new BadRequestException(problem.message());
		}
	}

	private static RecordType type(String id) {
		return ReconcileTypes.byId(id)
			.orElseThrow(() -> new BadRequestException("Unknown type '" + InputText.echo(id) + "'; the types are "
					+ ReconcileTypes.list()));
	}

	private static RecordType typeOf(Object node) {
		return RecordType.ofEntity(node).filter(ReconcileTypes.all()::contains).orElseThrow(() -> new IllegalStateException(
				"Not a record of the reconciliation API: " + node.getClass().getName()));
	}

}
