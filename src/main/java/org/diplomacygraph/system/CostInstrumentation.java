package org.diplomacygraph.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Checks each operation against the limits and charges its cost to the client before any field
 * runs, then counts the objects it returns in lists, which is what the request really cost.
 */
final class CostInstrumentation extends SimplePerformantInstrumentation {

	private final Limits limits;

	private final RateLimiter rateLimiter;

	CostInstrumentation(Limits limits, RateLimiter rateLimiter) {
		this.limits = limits;
		this.rateLimiter = rateLimiter;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryFigures figures = QueryFigures.of(context.getNormalizedQueryTree().get(), context.getGraphQLSchema(),
				this.limits.assumedListSize());
		RequestCost cost = context.getGraphQLContext().get(RequestCost.class);
		if (cost != null) {
			cost.analysed(figures.cost());
		}
		check("max-depth", "The query nests fields %d levels deep", figures.depth(), this.limits.maxDepth());
		check("max-root-fields", "The operation has %d root fields", figures.rootFields(),
				this.limits.maxRootFields());
		check("max-aliases", "The operation has %d aliases", figures.aliases(), this.limits.maxAliases());
		check("max-cost", "The query may cost %d points", figures.cost(), this.limits.maxCost());
		if (cost != null) {
			long retryAfter = this.rateLimiter.take(cost.client(), figures.cost());
			if (retryAfter > 0) {
				throw new AbortExecutionException(List.of(rateLimited(figures.cost(), retryAfter)));
			}
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
