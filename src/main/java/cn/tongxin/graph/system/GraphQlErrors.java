package cn.tongxin.graph.system;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Maps the failures a client can act on to GraphQL errors with their message. Anything else falls through to
 * Spring for GraphQL's default, which answers INTERNAL_ERROR without a stack trace or Cypher.
 * <p>
 * A resolver rather than a {@code @GraphQlExceptionHandler}: those run inside the controller's data fetcher,
 * where Spring's connection support would turn the failed field into an empty connection and report a second,
 * confusing error about its non-null {@code totalCount}.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private final GraphAvailability availability;

	GraphQlErrors(GraphAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (GraphAvailability.unreachable(ex)) {
			this.availability.noteFailure(ex);
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message("图数据库暂时无法连接，请稍后再试")
				.build();
		}
		// signed in, but not allowed: say so in the users' language (a request with no sign-in never gets this far)
		if (ex instanceof AccessDeniedException) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.FORBIDDEN)
				.message("您的账号无权进行此操作")
				.build();
		}
		if (outOfTime(ex)) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(RequestDeadline.RequestTimedOut.OUT_OF_TIME)
				.build();
		}
		if (ex instanceof InvalidArgument) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(ex.getMessage())
				.build();
		}
		return null;
	}

	/** Whether the request ran out of time: before a transaction began, or as Neo4j stopped one. */
	private static boolean outOfTime(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestDeadline.RequestTimedOut
					|| (cause instanceof Neo4jException neo4j && neo4j.code().contains("TransactionTimedOut"))) {
				return true;
			}
		}
		return false;
	}

}
