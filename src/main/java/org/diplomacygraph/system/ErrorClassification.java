package org.diplomacygraph.system;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.diplomacygraph.model.BadRequestException;
import org.diplomacygraph.model.NotFoundException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the API's own exceptions into errors a client can act on, with
 * {@code extensions.classification}; anything else is left to Spring, which answers with an
 * opaque INTERNAL_ERROR and logs the cause.
 */
@Component
class ErrorClassification extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadRequestException) {
			return error(ErrorType.BAD_REQUEST, ex, env);
		}
		if (ex instanceof NotFoundException) {
			return error(ErrorType.NOT_FOUND, ex, env);
		}
		return null;
	}

	private static GraphQLError error(ErrorType type, Throwable ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
	}

}
