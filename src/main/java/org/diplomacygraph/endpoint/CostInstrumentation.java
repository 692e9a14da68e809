package org.diplomacygraph.endpoint;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;

/**
 * Checks each document against the limits before it is validated, each operation before any field
 * runs, and charges its cost to the client; then counts the objects it returns in lists, which is
 * what the request really cost.
 */
final class CostInstrumentation extends SimplePerformantInstrumentation {

	private final Limits limits;

	private final RateLimiter rateLimiter;

	private final Admission admission;

	CostInstrumentation(Limits limits, RateLimiter rateLimiter, Admission admission) {
		this.limits = limits;
		this.rateLimiter = rateLimiter;
		this.admission = admission;
	}

	/**
	 * Right after parsing, before validation: refuses a document whose fragments would expand into
	 * more fields, or nest deeper, than the limits allow ({@link #checkDocument}).
	 */
	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		checkDocument(documentAndVariables.getDocument(), parameters.getOperation(), parameters.getGraphQLContext());
		return documentAndVariables;
	}

	/**
	 * Refuses a document whose fragments would expand into more fields, or nest deeper, than the
	 * limits allow, and notes the fields it selects for the cost. Counted on the syntax tree in
	 * linear time ({@link DocumentFigures}); validation and normalization, which expand fragments,
	 * only ever see documents within these bounds. Runs for every request: after parsing, and for a
	 * document served from the {@link DocumentCache} in its place.
	 */
	void checkDocument(Document document, String operationName, GraphQLContext context) {
		DocumentFigures figures = DocumentFigures.of(document, operationName);
		check("max-fields", "The document selects %d fields once its fragments are expanded", figures.fields(),
				this.limits.maxFields());
		check("max-depth", "The query nests fields %d levels deep", figures.depth(), this.limits.maxDepth());
		check("max-fragments", "The document defines %d fragments", figures.fragments(), this.limits.maxFragments());
		if (figures.cycle() != null) {
			throw new AbortExecutionException(List.of(ValidationError.newValidationError()
				.validationErrorType(ValidationErrorType.FragmentCycle)
				.description("Fragment '" + figures.cycle() + "' spreads itself, directly or through other "
						+ "fragments; fragments must not form cycles")
				.build()));
		}
		RequestCost cost = context.get(RequestCost.class);
		if (cost != null) {
			cost.selected(figures.operationFields());
		}
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		ExecutableNormalizedOperation operation;
		try {
			operation = context.getNormalizedQueryTree().get();
		}
		catch (AbortExecutionException ex) {
			// graphql-java's own bounds (LimitsConfiguration), behind the syntax tree's: a safety net.
			throw new AbortExecutionException(List.of(Refusal.LIMIT_EXCEEDED.error(
					"The query is too large to plan (" + ex.getMessage() + ")", Map.of("limit", "max-fields"))));
		}
		RequestCost cost = context.getGraphQLContext().get(RequestCost.class);
		QueryFigures figures = QueryFigures.of(operation, context.getGraphQLSchema(), this.limits.assumedListSize(),
				(cost != null) ? cost.selectedFields() : 0);
		if (cost != null) {
			cost.analysed(figures.cost());
		}
		check("max-root-fields", "The operation has %d root fields", figures.rootFields(),
				this.limits.maxRootFields());
		check("max-aliases", "The operation has %d aliases", figures.aliases(), this.limits.maxAliases());
		check("max-cost", "The query may cost %d points", figures.cost(), this.limits.maxCost());
		if (cost != null) {
			long retryAfter = this.rateLimiter.take(cost.client(), figures.cost());
			if (retryAfter > 0) {
				throw new AbortExecutionException(List.of(rateLimited(figures.cost(), retryAfter)));
			}
			if (!this.admission.reserve(figures.cost())) {
				this.rateLimiter.giveBack(cost.client(), figures.cost());
				throw new AbortExecutionException(List.of(Refusal.OVERLOADED.error(("The server is running as many "
						+ "cost points as it can at once (`%s`); this request may cost %d; retry after 1 seconds")
					.formatted(Limits.property("max-points-in-flight"), figures.cost()), Map.of("retryAfter", 1))));
			}
			cost.reserved(figures.cost());
			cost.charged(context.getExecutionInput());
		}
		return SimpleInstrumentationContext.noOp();
	}

	private static void check(String limit, String figureTemplate, long figure, long maximum) {
		if (figure > maximum) {
			throw new AbortExecutionException(List.of(Refusal.limitExceeded(limit, figureTemplate, figure, maximum)));
		}
	}

	private GraphQLError rateLimited(long points, long retryAfter) {
		String message = ("This request may cost %d points, more than the client has left of its %d per minute "
				+ "(`%s`); retry after %d seconds").formatted(points, this.rateLimiter.pointsPerMinute(),
						Limits.property("points-per-minute"), retryAfter);
		return Refusal.RATE_LIMITED.error(message, Map.of("retryAfter", retryAfter));
	}

	/**
	 * Estimates the response as it is built, field by field: the name and, for a leaf, its value.
	 * Past {@code max-response-size} the execution is cancelled, before the whole answer is in memory.
	 */
	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		RequestCost cost = parameters.getExecutionContext().getGraphQLContext().get(RequestCost.class);
		// A subscription's events are answers of their own, each far below the maximum.
		boolean subscription = parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
		if (cost != null && !subscription) {
			String name = parameters.getExecutionStrategyParameters().getField().getResultKey();
			cost.grow(name.length() + 4 + size(parameters.getFetchedObject()), this.limits.maxResponseSize().toBytes());
		}
		return SimpleInstrumentationContext.noOp();
	}

	// JSON text of a value, roughly: a string's characters, a list's strings; 8 for anything else.
	private static long size(Object value) {
		if (value instanceof CharSequence text) {
			return text.length() + 2;
		}
		if (value instanceof Collection<?> items && !items.isEmpty() && items.iterator().next() instanceof CharSequence) {
			long size = 2;
			for (Object item : items) {
				size += String.valueOf(item).length() + 3;
			}
			return size;
		}
		return 8;
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		RequestCost cost = parameters.getExecutionContext().getGraphQLContext().get(RequestCost.class);
		var elementType = GraphQLTypeUtil.unwrapAll(parameters.getExecutionStepInfo().getUnwrappedNonNullType());
		boolean counted = elementType instanceof GraphQLCompositeType
				&& !((GraphQLNamedType) elementType).getName().startsWith("__");
		if (cost != null && counted && parameters.getFetchedObject() instanceof Iterable<?> items) {
			cost.returned((items instanceof Collection<?> collection) ? collection.size() : count(items));
		}
		return SimpleInstrumentationContext.noOp();
	}

	private static int count(Iterable<?> items) {
		int count = 0;
		for (Object ignored : items) {
			count++;
		}
		return count;
	}

}
