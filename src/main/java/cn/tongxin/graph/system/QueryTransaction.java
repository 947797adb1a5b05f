package cn.tongxin.graph.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One read transaction for the whole of a GraphQL query, which every data fetcher and batch loader joins: their
 * {@code @Transactional(readOnly = true)} would otherwise each begin and commit one of their own, two Bolt round
 * trips per statement on top of the statement's own (benchmarks/README.md, the request path). The transaction is
 * read-only, so the driver's sessions are in {@code READ} access mode (a cluster routes them to its readers).
 * <p>
 * Spring's transactions are bound to a thread. With this application's settings (Java 17, no Callable nor reactive
 * controller methods) Spring for GraphQL runs every controller method and batch loader on the thread that
 * executes the request, the servlet container's, as long as every data fetcher answers at once; so the
 * transaction is begun there once the document has passed every check and runs, and a servlet filter round the
 * request commits it (or rolls it back, when a data fetcher's failure marked it rollback-only) and unbinds it,
 * whatever happened, before the thread serves another request. A data fetcher that runs on another thread does
 * not see it and begins its own transaction as before. Mutations are untouched: each mutation method still has
 * its own write transaction. A query that asks only for {@code __typename} or introspection begins none.
 */
@Configuration(proxyBeanMethods = false)
class QueryTransaction {

	private static final Log logger = LogFactory.getLog(QueryTransaction.class);

	/** The request the servlet container's thread is serving, while the filter is round it. */
	private static final ThreadLocal<Request> REQUEST = new ThreadLocal<>();

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlQueryTransaction(PlatformTransactionManager transactions) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Request outer = REQUEST.get();
				Request serving = new Request(transactions);
				REQUEST.set(serving);
				try {
					chain.doFilter(request, response);
				}
				finally {
					try {
						serving.complete();
					}
					finally {
						if (outer != null) {
							REQUEST.set(outer);
						}
						else {
							REQUEST.remove();
						}
					}
				}
			}

		});
		registration.addUrlPatterns("/graphql");
		// After the security filters, so that signing in (and an API token's day of last use, a write) is done
		// before and outside the query's read transaction; the transaction itself begins within the deadline.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/** Begins the query's transaction when its document has passed every check and starts to run. */
	@Bean
	Instrumentation queryTransactionBegins() {
		return new SimplePerformantInstrumentation() {

			@Override
			public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
					InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
				Request serving = REQUEST.get();
				if (readsTheGraph(parameters.getExecutionContext())) {
					ReadInRequest.query(parameters.getExecutionContext().getGraphQLContext());
					if (serving != null) {
						serving.begin();
					}
				}
				return super.beginExecutionStrategy(parameters, state);
			}

		};
	}

	/** Whether the operation is a query that asks for anything besides {@code __typename} and introspection. */
	static boolean readsTheGraph(ExecutionContext execution) {
		OperationDefinition operation = execution.getOperationDefinition();
		return operation.getOperation() == OperationDefinition.Operation.QUERY
				&& asksForData(operation.getSelectionSet(), execution.getFragmentsByName());
	}

	private static boolean asksForData(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
		List<Selection> all = (selections != null) ? selections.getSelections() : List.of();
		for (Selection<?> selection : all) {
			if (selection instanceof Field field) {
				if (!field.getName().startsWith("__")) {
					return true;
				}
			}
			else if (selection instanceof InlineFragment inline) {
				if (asksForData(inline.getSelectionSet(), fragments)) {
					return true;
				}
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				if (fragment == null || asksForData(fragment.getSelectionSet(), fragments)) {
					return true;
				}
			}
			else {
				return true;
			}
		}
		return false;
	}

	/** One HTTP request's read transaction, begun at most once and completed by the filter on the same thread. */
	static final class Request {

		private static final TransactionDefinition READ_ONLY = readOnly();

		private final PlatformTransactionManager transactions;

		private TransactionStatus status;

		Request(PlatformTransactionManager transactions) {
			this.transactions = transactions;
		}

		/**
		 * Begins the read transaction, unless one is already bound to this thread (a second execution in the same
		 * request, or someone else's). When it cannot begin (the database away, the request out of time), each data
		 * fetcher begins its own as before and meets the same problem with its own error.
		 */
		void begin() {
			if (this.status != null || TransactionSynchronizationManager.isActualTransactionActive()) {
				return;
			}
			try {
				this.status = this.transactions.getTransaction(READ_ONLY);
			}
			catch (RuntimeException ex) {
				logger.debug("No read transaction for the whole query; each data fetcher begins its own", ex);
			}
		}

		/** Commits the transaction, or rolls it back when a participant failed; unbinds it from the thread. */
		void complete() {
			TransactionStatus begun = this.status;
			this.status = null;
			if (begun == null || begun.isCompleted()) {
				return;
			}
			try {
				if (begun.isRollbackOnly()) {
					this.transactions.rollback(begun);
				}
				else {
					this.transactions.commit(begun);
				}
			}
			catch (RuntimeException ex) {
				// It only read: the answer stands. Spring has unbound the transaction and closed its session.
				logger.debug("The query's read transaction did not end cleanly", ex);
			}
		}

		private static TransactionDefinition readOnly() {
			var definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
			definition.setReadOnly(true);
			definition.setName(QueryTransaction.class.getName());
			return definition;
		}

	}

}
