package org.diplomacygraph.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.diplomacygraph.endpoint.Refusal;
import org.diplomacygraph.endpoint.RequestCost;
import org.diplomacygraph.values.BadRequestException;
import org.diplomacygraph.values.NotFoundException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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

	static final String UNAUTHORIZED_MESSAGE = "This operation needs the header `Authorization: Bearer <api key>` "
			+ "with the key of an editor";

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	ErrorClassification() {
		// Who is calling is in the SecurityContext, a ThreadLocal restored for resolvers only on request.
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		// Before anything else, this catch-all included: Spring's SecurityDataFetcherExceptionResolver
		// would do the same with messages that do not say what to change.
		if (ex instanceof AuthenticationException) {
			return error(ErrorType.UNAUTHORIZED, UNAUTHORIZED_MESSAGE, env).build();
		}
		if (ex instanceof AccessDeniedException) {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (caller == null || this.trust.isAnonymous(caller)) {
				return error(ErrorType.UNAUTHORIZED, UNAUTHORIZED_MESSAGE, env).build();
			}
			// The role of an API key is its one ROLE_ authority (security.Role), e.g. ROLE_EDITOR: "editor".
			String role = caller.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter((authority) -> authority.startsWith("ROLE_"))
				.map((authority) -> authority.substring("ROLE_".length()).toLowerCase(Locale.ROOT))
				.findFirst()
				.orElse("another");
			return error(ErrorType.FORBIDDEN, "The API key '" + caller.getName() + "' has the role " + role
					+ "; this operation needs the role editor", env).build();
		}
		if (ex instanceof BadRequestException) {
			return error(ErrorType.BAD_REQUEST, ex.getMessage(), env).build();
		}
		if (ex instanceof NotFoundException) {
			return error(ErrorType.NOT_FOUND, ex.getMessage(), env).build();
		}
		if (ex instanceof AbortExecutionException || RequestCost.isCancelled(env.getGraphQlContext())) {
			// The request was cancelled (timeout, response size, client gone), which is logged once
			// where it happens; the fields it leaves unfinished are not internal errors.
			return error(Refusal.TIMEOUT, "Cancelled with the request", env).build();
		}
		String errorId = UUID.randomUUID().toString();
		logger.error("Internal error " + errorId + " at " + env.getExecutionStepInfo().getPath(), ex);
		return error(ErrorType.INTERNAL_ERROR, "Internal error; quote error ID " + errorId + " when reporting it", env)
			.extensions(Map.of("errorId", errorId))
			.build();
	}

	private static GraphqlErrorBuilder<?> error(graphql.ErrorClassification type, String message,
			DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message);
	}

}
