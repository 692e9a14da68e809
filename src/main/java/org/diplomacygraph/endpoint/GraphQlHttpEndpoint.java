package org.diplomacygraph.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.diplomacygraph.values.InputText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL endpoint over HTTP, by the GraphQL-over-HTTP specification: POST with a JSON body, GET
 * with URL parameters for queries (never mutations), a request body no larger than the limit, and
 * errors in GraphQL's shape even when the request never reaches GraphQL. A request may name its
 * query by hash ({@link PersistedQueries}); GET answers carry HTTP caching headers and may be
 * {@code 304 Not Modified} ({@link HttpCaching}). Responses are written as Spring's handler writes
 * them, with status codes refined for refused requests.
 */
final class GraphQlHttpEndpoint extends GraphQlHttpHandler {

	private static final MediaType GRAPHQL_RESPONSE = MediaTypes.APPLICATION_GRAPHQL_RESPONSE;

	private final WebGraphQlHandler graphQlHandler;

	/** Reads request JSON strictly: a key given twice in any object is an error, not "the last wins". */
	private final ObjectReader json;

	private final Limits limits;

	private final PersistedQueries persistedQueries;

	private final HttpCaching caching;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	GraphQlHttpEndpoint(WebGraphQlHandler graphQlHandler, JsonMapper json, Limits limits,
			PersistedQueries persistedQueries, HttpCaching caching) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		this.json = json.readerFor(Object.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
		this.limits = limits;
		this.persistedQueries = persistedQueries;
		this.caching = caching;
	}

	/** Whatever route reaches this handler, a POST is read the one way. */
	@Override
	public ServerResponse handleRequest(ServerRequest request) {
		try {
			return post(request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** POST: a JSON object with {@code query}, and optionally {@code operationName}, {@code variables}, {@code extensions}. */
	ServerResponse post(ServerRequest request) throws IOException {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			contentType = null;
		}
		if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
			// The media type alone: the servlet container may have added a charset the client never sent.
			String given = (contentType != null) ? contentType.getType() + "/" + contentType.getSubtype()
					: request.headers().firstHeader(HttpHeaders.CONTENT_TYPE);
			return transportError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A GraphQL POST request must have "
					+ "Content-Type: application/json, " + ((given != null) ? "got '" + given + "'" : "got none"));
		}
		long maximum = this.limits.maxRequestSize().toBytes();
		long declared = request.servletRequest().getContentLengthLong();
		if (declared > maximum) {
			return tooLarge("The request body has %d bytes", declared, maximum);
		}
		byte[] body;
		try (InputStream in = request.servletRequest().getInputStream()) {
			body = in.readNBytes((int) maximum + 1);
		}
		if (body.length > maximum) {
			// Sent without a length: reading stopped at the first byte over the limit.
			return tooLarge("The request body has more than %d bytes", maximum, maximum);
		}
		String text = utf8(body);
		if (text == null) {
			return badRequest("The request body is not valid UTF-8: " + invalidUtf8(body));
		}
		text = text.strip();
		if (text.isEmpty()) {
			return badRequest("The request body is empty; send a JSON object with a `query`");
		}
		if (text.startsWith("[")) {
			return badRequest("Batched requests (a JSON array) are not supported; send one JSON object per request");
		}
		Object parsed;
		try {
			parsed = this.json.readValue(text);
		}
		catch (JacksonException ex) {
			return badRequest("The request body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			return badRequest("The request body must be a JSON object with a `query`");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = (Map<String, Object>) map;
		return execute(request, fields);
	}

	/**
	 * The body as UTF-8 text, or null if it is not UTF-8: decoded strictly, since replacing bad bytes
	 * with U+FFFD would store and echo values the client never sent.
	 */
	private static String utf8(byte[] body) {
		try {
			return strictUtf8().decode(ByteBuffer.wrap(body)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** Where the first malformed byte sequence starts, for the message. */
	private static String invalidUtf8(byte[] body) {
		ByteBuffer in = ByteBuffer.wrap(body);
		CoderResult result = strictUtf8().decode(in, CharBuffer.allocate(body.length), true);
		return (result.isError()) ? "a malformed byte sequence at byte " + in.position()
				: "a truncated byte sequence at the end";
	}

	private static CharsetDecoder strictUtf8() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/**
	 * GET: the same fields as URL parameters, {@code variables} and {@code extensions} as JSON text.
	 * Only queries: a GET must be safe, so mutations are refused with 405 before anything runs.
	 */
	ServerResponse get(ServerRequest request) {
		Map<String, Object> fields = new LinkedHashMap<>();
		request.param("query").ifPresent((query) -> fields.put("query", query));
		request.param("operationName").ifPresent((name) -> fields.put("operationName", name));
		for (String name : List.of("variables", "extensions")) {
			String value = request.param(name).orElse(null);
			if (value != null && !value.isBlank()) {
				try {
					fields.put(name, this.json.readValue(value));
				}
				catch (JacksonException ex) {
					return badRequest("The `" + name + "` parameter is not valid JSON: " + ex.getOriginalMessage());
				}
			}
		}
		return execute(request, fields);
	}

	/** Any other method. */
	ServerResponse otherMethod(ServerRequest request) {
		return transportError(HttpStatus.METHOD_NOT_ALLOWED,
				"The GraphQL endpoint accepts GET (queries) and POST, not " + request.method(), HttpHeaders.ALLOW,
				"GET, POST");
	}

	// A document that does not parse, or names no operation it has, is a query as far as the method
	// goes: GraphQL then answers with the precise error.
	private boolean isQuery(String query, String operationName) {
		return operation(query, operationName) == OperationDefinition.Operation.QUERY;
	}

	// The operation a request runs; a query when the document does not parse or names no such operation.
	private OperationDefinition.Operation operation(String query, String operationName) {
		Document document;
		try {
			document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(this.limits.parserOptions())
				.build());
		}
		catch (InvalidSyntaxException ex) {
			return OperationDefinition.Operation.QUERY;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		return operations.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.findFirst()
			.map(OperationDefinition::getOperation)
			.orElse(OperationDefinition.Operation.QUERY);
	}

	private ServerResponse execute(ServerRequest request, Map<String, Object> fields) {
		GraphQLError refused = this.persistedQueries.resolve(fields);
		if (refused != null) {
			return refused(request, refused);
		}
		String problem = shapeProblem(fields);
		if (problem != null) {
			return badRequest(problem);
		}
		if (HttpMethod.GET.equals(request.method())
				&& !isQuery((String) fields.get("query"), (String) fields.get("operationName"))) {
			return transportError(HttpStatus.METHOD_NOT_ALLOWED, "Only queries may be sent with GET; "
					+ "send mutations and subscriptions with POST", HttpHeaders.ALLOW, "POST");
		}
		if (HttpMethod.POST.equals(request.method()) && operation((String) fields.get("query"),
				(String) fields.get("operationName")) == OperationDefinition.Operation.SUBSCRIPTION) {
			// Server-sent events (Accept: text/event-stream) never reach this endpoint (LimitsConfiguration).
			return badRequest("A subscription needs a stream: subscribe over WebSocket (graphql-transport-ws) at "
					+ "this path, or POST with `Accept: text/event-stream` for server-sent events");
		}
		InetSocketAddress remote = request.remoteAddress().orElse(null);
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				null, remote, request.attributes(), fields, this.ids.generateId().toString(),
				LocaleContextHolder.getLocale());
		Mono<WebGraphQlResponse> response = this.graphQlHandler.handleRequest(graphQlRequest);
		return prepareResponse(request, response);
	}

	private static String shapeProblem(Map<String, Object> fields) {
		Object query = fields.get("query");
		if (!(query instanceof String text) || text.isBlank()) {
			return (query == null) ? "The request has no `query`" : "`query` must be a non-empty string";
		}
		if (fields.get("operationName") != null && !(fields.get("operationName") instanceof String)) {
			return "`operationName` must be a string or null";
		}
		if (fields.get("operationName") instanceof String name) {
			// Checked here, since GraphQL would quote an unknown name back whole.
			InputText.Problem problem = InputText.problem(name, InputText.Field.OPERATION_NAME, "operationName");
			if (problem != null) {
				return problem.message();
			}
		}
		for (String name : List.of("variables", "extensions")) {
			if (fields.get(name) != null && !(fields.get(name) instanceof Map)) {
				return "`" + name + "` must be a JSON object or null";
			}
		}
		return null;
	}

	/**
	 * A request refused before GraphQL: a malformed persisted query is a bad request (400); a hash
	 * the server does not know, or an operation off the allow-list, is answered as GraphQL answers a
	 * document it cannot run (400 for {@code application/graphql-response+json}, else 200).
	 */
	private ServerResponse refused(ServerRequest request, GraphQLError error) {
		if (error.getErrorType() == ErrorType.BAD_REQUEST) {
			return badRequest(error.getMessage());
		}
		MediaType contentType = responseMediaType(request);
		return ServerResponse.status(GRAPHQL_RESPONSE.equals(contentType) ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.contentType(contentType)
			.cacheControl(CacheControl.noStore())
			.body(Map.of("errors", List.of(error.toSpecification())));
	}

	/** GET answers are cacheable ({@link HttpCaching}); others are written as Spring writes them. */
	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		if (!HttpMethod.GET.equals(request.method())) {
			return super.prepareResponse(request, responseMono);
		}
		return ServerResponse.async(responseMono.map((response) -> {
			MediaType contentType = responseMediaType(request);
			String etag = this.caching.prepare(request, response, contentType);
			if (etag != null && HttpCaching.notModified(request, etag)) {
				return ServerResponse.status(HttpStatus.NOT_MODIFIED)
					.headers((headers) -> headers.putAll(response.getResponseHeaders()))
					.build();
			}
			// As Spring's handler writes an answer.
			ServerResponse.BodyBuilder builder = ServerResponse.status(selectResponseStatus(response, contentType))
				.headers((headers) -> headers.putAll(response.getResponseHeaders()))
				.contentType(contentType);
			Map<String, Object> result = response.toMap();
			ServerResponse.HeadersBuilder.WriteFunction writer = getWriteFunction(result, contentType);
			return (writer != null) ? builder.build(writer) : builder.body(result);
		}).toFuture());
	}

	/** The first media type of {@code Accept} that GraphQL answers in, else JSON, as Spring chooses. */
	private static MediaType responseMediaType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_JSON;
		}
		for (MediaType type : accepted) {
			if (GRAPHQL_RESPONSE.equals(type) || MediaType.APPLICATION_JSON.equals(type)) {
				return type;
			}
		}
		return MediaType.APPLICATION_JSON;
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		for (var error : response.getErrors()) {
			if (error.getErrorType() == Refusal.RATE_LIMITED) {
				return HttpStatus.TOO_MANY_REQUESTS;
			}
			if (error.getErrorType() == Refusal.TIMEOUT || error.getErrorType() == Refusal.OVERLOADED) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
		}
		return super.selectResponseStatus(response, responseMediaType);
	}

	private static ServerResponse tooLarge(String figureTemplate, long size, long maximum) {
		var error = Refusal.limitExceeded("max-request-size", figureTemplate, size, maximum);
		return ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", List.of(error.toSpecification())));
	}

	private static ServerResponse badRequest(String message) {
		return transportError(HttpStatus.BAD_REQUEST, message);
	}

	private static ServerResponse transportError(HttpStatus status, String message, String... header) {
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("classification", ErrorType.BAD_REQUEST.name()));
		ServerResponse.BodyBuilder response = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
		if (header.length == 2) {
			response.header(header[0], header[1]);
		}
		return response.body(Map.of("errors", List.of(error)));
	}

}
