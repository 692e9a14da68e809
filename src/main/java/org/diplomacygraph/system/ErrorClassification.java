package org.diplomacygraph.system;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.diplomacygraph.model.BadRequestException;
import org.diplomacygraph.model.NotFoundException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into errors a client can act on, with {@code extensions.classification}: the
 * API's own exceptions say what was wrong; any other failure is an INTERNAL_ERROR whose message says
 * nothing of the cause (no class names, SQL or stack traces) but carries an {@code errorId} that
 * the server log holds beside the full cause.
 */
@Component
class ErrorClassification extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(ErrorClassification.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadRequestException) {
			return error(ErrorType.BAD_REQUEST, ex.getMessage(), env).build();
		}
		if (ex instanceof NotFoundException) {
			return error(ErrorType.NOT_FOUND, ex.getMessage(), env).build();
		}
		String errorId = UUID.randomUUID().toString();
		logger.error("Internal error " + errorId + " at " + env.getExecutionStepInfo().getPath(), ex);
		return error(ErrorType.INTERNAL_ERROR, "Internal error; quote error ID " + errorId + " when reporting it", env)
			.extensions(Map.of("errorId", errorId))
			.build();
	}

	private static GraphqlErrorBuilder<?> error(ErrorType type, String message, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message);
	}

}
