package cn.tongxin.graph.system;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import io.micrometer.context.ContextRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One deadline for all the work of a GraphQL request ({@code tongxin.graphql.request-timeout}): every transaction
 * the request begins is given what is left of it as its timeout, which Neo4j enforces, and none begins once it has
 * passed. Aliases and fields asked one after another share the one deadline instead of each having its own.
 * The deadline also ends when the client goes away ({@link ClientWatch}).
 * <p>
 * The deadline travels with the request's threads as Spring for GraphQL carries the security context
 * (context propagation), and is applied where every statement goes: the driver's sessions. Each transaction
 * carries the request's id in its metadata, so that the request's running work can be found and ended.
 */
@Configuration(proxyBeanMethods = false)
class RequestDeadline {

	/** The key of the request's id in the metadata of every transaction it begins. */
	static final String REQUEST = "tongxinRequest";

	private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(RequestDeadline.class.getName(), DEADLINE::get, DEADLINE::set, DEADLINE::remove);
	}

	@Bean
	ClientWatch clientWatch(Driver driver) {
		return new ClientWatch(driver);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlRequestDeadline(TongxinProperties properties,
			ClientWatch clients) {
		Duration timeout = properties.graphql().requestTimeout();
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Deadline outer = DEADLINE.get();
				Deadline deadline = new Deadline(Instant.now().plus(timeout));
				DEADLINE.set(deadline);
				clients.watch(deadline, request, response);
				try {
					chain.doFilter(request, response);
				}
				finally {
					restore(outer);
					clients.answering(deadline, request);
				}
			}

		});
		registration.addUrlPatterns("/graphql");
		return registration;
	}

	/**
	 * Tells the watch when a request's document has passed every check and runs (its status is 200 from then on),
	 * and when its answer is ready to be written.
	 */
	@Bean
	Instrumentation requestExecution() {
		return new SimplePerformantInstrumentation() {

			@Override
			public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
				return DEADLINE.get();
			}

			@Override
			public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
					InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
				if (state instanceof Deadline deadline) {
					deadline.running();
				}
				return super.beginExecutionStrategy(parameters, state);
			}

			@Override
			public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				if (state instanceof Deadline deadline) {
					deadline.answering();
				}
				return super.instrumentExecutionResult(result, parameters, state);
			}

		};
	}

	/** Wraps the driver so that each transaction's timeout is at most what is left of the request's deadline. */
	@Bean
	static BeanPostProcessor transactionsWithinTheDeadline() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof Driver driver) ? proxy(Driver.class, driver, RequestDeadline::driverCall) : bean;
			}

		};
	}

	/** What {@code work} answers, with {@code deadline} as the deadline of whatever it begins. */
	static <T> T within(Instant deadline, Supplier<T> work) {
		return within(new Deadline(deadline), work);
	}

	static <T> T within(Deadline deadline, Supplier<T> work) {
		Deadline outer = DEADLINE.get();
		DEADLINE.set(deadline);
		try {
			return work.get();
		}
		finally {
			restore(outer);
		}
	}

	private static void restore(Deadline outer) {
		if (outer != null) {
			DEADLINE.set(outer);
		}
		else {
			DEADLINE.remove();
		}
	}

	/**
	 * The timeout for a transaction begun now: {@code asked}, shortened to what is left of the deadline, in whole
	 * seconds as Neo4j counts them, with the request's id in its metadata. Refused when less than a second is left,
	 * or when the client has gone.
	 */
	static TransactionConfig limited(TransactionConfig asked) {
		Deadline deadline = DEADLINE.get();
		if (deadline == null) {
			return asked;
		}
		if (deadline.abandoned()) {
			throw new RequestTimedOut(RequestTimedOut.CLIENT_GONE);
		}
		Duration left = Duration.between(Instant.now(), deadline.at());
		if (left.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new RequestTimedOut(RequestTimedOut.OUT_OF_TIME);
		}
		Duration timeout = Duration.ofSeconds(left.toSeconds());
		Duration own = asked.timeout();
		if (own != null && !own.isZero() && own.compareTo(timeout) <= 0) {
			timeout = own;
		}
		var metadata = new HashMap<String, Object>(asked.metadata());
		metadata.put(REQUEST, deadline.id());
		return TransactionConfig.builder().withTimeout(timeout).withMetadata(metadata).build();
	}

	private static Object driverCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		return (result instanceof Session session) ? proxy(Session.class, session, RequestDeadline::sessionCall) : result;
	}

	private static Object sessionCall(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("beginTransaction") && (args == null || args.length == 0)) {
			return ((Session) target).beginTransaction(limited(TransactionConfig.empty()));
		}
		if (args != null && (method.getName().equals("beginTransaction") || method.getName().equals("run")
				|| method.getName().startsWith("execute"))) {
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof TransactionConfig config) {
					args[i] = limited(config);
				}
			}
		}
		Object result = invoke(target, method, args);
		return (result instanceof Transaction transaction)
				? proxy(Transaction.class, transaction, RequestDeadline::transactionCall) : result;
	}

	/**
	 * A transaction that several data fetchers share (QueryTransaction) runs no statement for a request that has
	 * run out of time or whose client has gone, as a transaction of their own would not have begun.
	 */
	private static Object transactionCall(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("run")) {
			stillWanted();
		}
		return invoke(target, method, args);
	}

	/** Refuses more work for a request whose client has gone or whose deadline has passed. */
	static void stillWanted() {
		Deadline deadline = DEADLINE.get();
		if (deadline == null) {
			return;
		}
		if (deadline.abandoned()) {
			throw new RequestTimedOut(RequestTimedOut.CLIENT_GONE);
		}
		if (!Instant.now().isBefore(deadline.at())) {
			throw new RequestTimedOut(RequestTimedOut.OUT_OF_TIME);
		}
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> call.handle(target, method, args);
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

	@FunctionalInterface
	private interface Call {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	/** The request has used up its time, or its client has gone: nothing more is begun for it. */
	static class RequestTimedOut extends RuntimeException {

		static final String OUT_OF_TIME = "请求超时：一个请求的全部查询须在 tongxin.graphql.request-timeout 内完成，请缩小查询范围后再试";

		static final String CLIENT_GONE = "请求已取消：客户端已断开连接";

		RequestTimedOut(String message) {
			super(message);
		}

	}

	/**
	 * The deadline of one request, which the {@link ClientWatch} ends early when the client goes away. Its state
	 * changes under its lock, which the watch also holds while it writes to the response.
	 */
	static final class Deadline implements InstrumentationState {

		private final String id = UUID.randomUUID().toString();

		private final Instant at;

		private volatile boolean abandoned;

		private Stage stage = Stage.CHECKING;

		Deadline(Instant at) {
			this.at = at;
		}

		String id() {
			return this.id;
		}

		Instant at() {
			return this.at;
		}

		/** Whether the client has gone, so that nothing more is begun for the request. */
		boolean abandoned() {
			return this.abandoned;
		}

		void abandon() {
			this.abandoned = true;
		}

		synchronized Stage stage() {
			return this.stage;
		}

		/** The document passed every check and runs: its answer will be data, with status 200. */
		synchronized void running() {
			if (this.stage == Stage.CHECKING) {
				this.stage = Stage.RUNNING;
			}
		}

		/** The answer is about to be written; nothing else may write to the response. */
		synchronized void answering() {
			this.stage = Stage.ANSWERING;
		}

		enum Stage {

			CHECKING, RUNNING, ANSWERING

		}

	}

}
