package org.diplomacygraph.endpoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.ParserOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.diplomacygraph.values.InputText;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Opens and closes the account of every request: refuses an oversized document before it is parsed,
 * admits the request or sheds it ({@link Admission}), sets the parser's limits, names the client,
 * cancels a request that runs past the timeout (its fields and its SQL, logged once), replaces an
 * oversized response with its refusal, and puts the cost into {@code extensions.cost} of every
 * response.
 */
final class LimitsInterceptor implements WebGraphQlInterceptor, DisposableBean {

	/** The prefix of the names of the threads that run GraphQL executions. */
	static final String EXECUTION_THREADS = "graphql-execution";

	private static final Log logger = LogFactory.getLog(LimitsInterceptor.class);

	private static final Pattern TOO_MANY_TOKENS = Pattern.compile("More than [\\d,.\\s]+ 'grammar' tokens");

	// graphql-java prints some argument values as its syntax tree classes; clients should see values.
	private static final Pattern SYNTAX_TREE_STRING = Pattern.compile("'?StringValue\\{value='([^']*)'}'?");

	private static final Pattern SYNTAX_TREE_SCALAR = Pattern
		.compile("'?(?:Int|Float|Boolean)Value\\{value=([^}]*)}'?|'?EnumValue\\{name='([^']*)'}'?");

	private final Limits limits;

	private final RateLimiter rateLimiter;

	private final ParserOptions parserOptions;

	private final Admission admission;

	private final Scheduler executions;

	private final SubscriptionCounts subscriptions;

	LimitsInterceptor(Limits limits, RateLimiter rateLimiter, Admission admission, SubscriptionCounts subscriptions) {
		this.limits = limits;
		this.subscriptions = subscriptions;
		this.rateLimiter = rateLimiter;
		this.parserOptions = limits.parserOptions();
		this.admission = admission;
		// As many threads as executions are admitted: the admission is the queue.
		this.executions = Schedulers.newBoundedElastic(limits.concurrent(), Integer.MAX_VALUE, EXECUTION_THREADS,
				60, true);
	}

	@Override
	public void destroy() {
		this.executions.dispose();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return account(request, chain).map((response) -> overSse(request, response));
	}

	private Mono<WebGraphQlResponse> account(WebGraphQlRequest request, Chain chain) {
		RequestCost cost = new RequestCost(client(request));
		int characters = request.getDocument().length();
		if (characters > this.limits.maxDocumentCharacters()) {
			return Mono.just(settle(refused(request, Refusal.limitExceeded("max-document-characters",
					"The document has %d characters", characters, this.limits.maxDocumentCharacters())), cost));
		}
		if (!this.admission.enter()) {
			return Mono.just(settle(refused(request, overloaded()), cost));
		}
		RequestDeadline deadline = new RequestDeadline();
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext()
				.put(RequestCost.class, cost)
				.put(ParserOptions.class, this.parserOptions)
				.put(RequestDeadline.KEY, deadline);
			// The API speaks English; graphql-java's messages would otherwise follow Accept-Language.
			return builder.locale(Locale.ENGLISH).build();
		});
		// The execution runs on a thread of its own, not the servlet container's: graphql-java runs on
		// the thread that subscribes until it blocks, and the data fetchers block (JDBC), so on the
		// container's thread the answer at the deadline could only be written once the execution had
		// stopped. The place is freed when the execution has really ended, which after a timeout is a
		// little later than the answer: cache() keeps the execution subscribed when the deadline wins.
		Mono<WebGraphQlResponse> execution = chain.next(request)
			.subscribeOn(this.executions)
			.doFinally((signal) -> {
				this.admission.release(cost.reserved());
				this.admission.leave();
			})
			.cache();
		// At the deadline the execution is cancelled: fields not yet fetched are not fetched, SQL
		// statements running for it are cancelled, and the client is answered at once.
		Mono<WebGraphQlResponse> timeout = Mono.delay(this.limits.timeout()).map((tick) -> {
			cost.cancel();
			int statements = deadline.pass();
			logger.warn("Request " + request.getId() + " cancelled at the timeout of " + readable(this.limits.timeout())
					+ " after " + deadline.elapsedMillis() + " ms (" + statements + " SQL statements cancelled)");
			return refused(request, Refusal.TIMEOUT.error("The request ran longer than %s and was cancelled (`%s`)"
				.formatted(readable(this.limits.timeout()), Limits.property("timeout")), Map.of()));
		});
		return Mono.firstWithSignal(timeout, execution)
			.map((response) -> subscription(request, settle(oversized(request, response, cost), cost), cost))
			.doOnCancel(cost::cancel);
	}

	/**
	 * A subscription (its data the publisher of its events) is counted against the limits of its
	 * client and connection while its events flow, or refused before any event when one is reached
	 * (its points given back).
	 */
	private WebGraphQlResponse subscription(WebGraphQlRequest request, WebGraphQlResponse response, RequestCost cost) {
		if (!(response.getExecutionResult().getData() instanceof Publisher<?> events)) {
			return response;
		}
		String connection = (request instanceof WebSocketGraphQlRequest socket) ? socket.getSessionInfo().getId() : null;
		String id = (connection != null) ? request.getId() : null;
		GraphQLError refusal = this.subscriptions.start(cost.client(), connection);
		if (refusal != null) {
			this.rateLimiter.giveBack(cost.client(), cost.requested());
			return refused(request, refusal);
		}
		return response.transform((builder) -> builder.data(this.subscriptions.counted(events, cost.client(), connection, id)));
	}

	/**
	 * Over server-sent events Spring's handler takes only a stream of results, and answers any other
	 * response as "SSE handler supports only subscriptions": a request refused before it ran (a
	 * subscription over a limit, without points) is answered as one result with its errors, sent as
	 * an event {@code next}, then {@code complete}.
	 */
	private static WebGraphQlResponse overSse(WebGraphQlRequest request, WebGraphQlResponse response) {
		ExecutionResult result = response.getExecutionResult();
		boolean eventStream = !(request instanceof WebSocketGraphQlRequest) && request.getHeaders()
			.getAccept()
			.stream()
			.anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
		if (!eventStream || result.getData() != null || result.getErrors().isEmpty()) {
			return response;
		}
		ExecutionResult refusal = ExecutionResultImpl.newExecutionResult()
			.errors(result.getErrors())
			.extensions(result.getExtensions())
			.build();
		return response.transform((builder) -> builder.data(Flux.just(refusal)));
	}

	private GraphQLError overloaded() {
		// Executions end every few seconds at most (the timeout bounds them): a second is enough.
		long retryAfter = 1;
		return Refusal.OVERLOADED.error(("The server is running as many requests as it can (`%s`) and %d more are "
				+ "waiting (`%s`); retry after %d seconds").formatted(Limits.property("max-concurrent"),
						this.limits.maxQueued(), Limits.property("max-queued"), retryAfter),
				Map.of("retryAfter", retryAfter));
	}

	/** A response that grew past its maximum was cancelled; it is replaced by its refusal. */
	private WebGraphQlResponse oversized(WebGraphQlRequest request, WebGraphQlResponse response, RequestCost cost) {
		if (cost.oversized() == 0) {
			return response;
		}
		return refused(request, Refusal.limitExceeded("max-response-size", "The response would have more than %d bytes",
				this.limits.maxResponseSize().toBytes(), this.limits.maxResponseSize().toBytes()));
	}

	// As the property is written: 10s, 500ms.
	private static String readable(Duration duration) {
		if (duration.toMillis() % 1000 == 0 && !duration.isZero()) {
			return duration.toSeconds() + "s";
		}
		return (duration.toNanos() % 1_000_000 == 0) ? duration.toMillis() + "ms" : duration.toNanos() + "ns";
	}

	/** A client is its API key if it sends one, else its IP address ({@link ClientBudget#client}). */
	private static String client(WebGraphQlRequest request) {
		return ClientBudget.client(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
				(request.getRemoteAddress() != null) ? ClientBudget.address(request.getRemoteAddress().getAddress())
						: null);
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, GraphQLError error) {
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResultImpl.newExecutionResult().addError(error).build()));
	}

	/**
	 * Settles the bill: a request that ran gives back what it asked for and did not spend; one that
	 * never ran (bad syntax, invalid, over a limit) spends one point. Then cost and clean errors go out.
	 */
	private WebGraphQlResponse settle(WebGraphQlResponse response, RequestCost cost) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		// Turned away before anything ran: no points.
		boolean rateLimited = errors.stream()
			.anyMatch((error) -> error.getErrorType() == Refusal.RATE_LIMITED || error.getErrorType() == Refusal.OVERLOADED);
		long actual;
		if (cost.charged()) {
			// A subscription keeps the points it was charged: its events are not counted one by one.
			actual = (response.getExecutionResult().getData() instanceof Publisher<?>) ? cost.requested() : cost.actual();
			this.rateLimiter.giveBack(cost.client(), cost.requested() - actual);
		}
		else {
			actual = rateLimited ? 0 : 1;
			this.rateLimiter.take(cost.client(), actual);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>(response.getExecutionResult().getExtensions() != null
				? response.getExecutionResult().getExtensions() : Map.of());
		extensions.put("cost", costExtension(Math.max(1, cost.requested()), actual, cost.client()));
		errors.stream()
			.map(GraphQLError::getExtensions)
			.filter((map) -> map != null && map.get("retryAfter") != null)
			.findFirst()
			.ifPresent((map) -> response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, map.get("retryAfter").toString()));
		return response.transform((builder) -> builder.errors(clean(errors)).extensions(extensions));
	}

	private Map<String, Object> costExtension(long requested, long actual, String client) {
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requested", requested);
		cost.put("actual", actual);
		cost.put("limit", this.limits.maxCost());
		if (this.rateLimiter.enabled()) {
			cost.put("throttle", Map.of("maximumAvailable", this.rateLimiter.pointsPerMinute(), "currentlyAvailable",
					this.rateLimiter.available(client), "restoreRatePerSecond",
					this.rateLimiter.pointsPerMinute() / 60.0));
		}
		return cost;
	}

	private List<GraphQLError> clean(List<GraphQLError> errors) {
		List<GraphQLError> cleaned = new ArrayList<>(errors.size());
		for (GraphQLError error : errors) {
			String message = error.getMessage();
			if (error.getErrorType() == ErrorType.InvalidSyntax && TOO_MANY_TOKENS.matcher(message).find()) {
				cleaned.add(Refusal.limitExceeded("max-tokens", "The document has more than %d tokens",
						this.limits.maxTokens(), this.limits.maxTokens()));
				continue;
			}
			String readable = InputText.echoQuoted(SYNTAX_TREE_SCALAR
				.matcher(SYNTAX_TREE_STRING.matcher(message).replaceAll("\"$1\""))
				.replaceAll((match) -> (match.group(1) != null) ? match.group(1) : match.group(2)));
			if (!readable.equals(message)) {
				cleaned.add(GraphqlErrorBuilder.newError()
					.message(readable)
					.locations(error.getLocations())
					.path(error.getPath())
					.errorType(error.getErrorType())
					.extensions(error.getExtensions())
					.build());
				continue;
			}
			cleaned.add(error);
		}
		return cleaned;
	}

}
