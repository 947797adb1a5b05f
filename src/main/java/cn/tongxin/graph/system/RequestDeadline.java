package cn.tongxin.graph.system;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.function.Supplier;

import io.micrometer.context.ContextRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
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
 * <p>
 * The deadline travels with the request's threads as Spring for GraphQL carries the security context
 * (context propagation), and is applied where every statement goes: the driver's sessions.
 */
@Configuration(proxyBeanMethods = false)
class RequestDeadline {

	private static final ThreadLocal<Instant> DEADLINE = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(RequestDeadline.class.getName(), DEADLINE::get, DEADLINE::set, DEADLINE::remove);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlRequestDeadline(TongxinProperties properties) {
		Duration timeout = properties.graphql().requestTimeout();
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Instant outer = DEADLINE.get();
				DEADLINE.set(Instant.now().plus(timeout));
				try {
					chain.doFilter(request, response);
				}
				finally {
					restore(outer);
				}
			}

		});
		registration.addUrlPatterns("/graphql");
		return registration;
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
		Instant outer = DEADLINE.get();
		DEADLINE.set(deadline);
		try {
			return work.get();
		}
		finally {
			restore(outer);
		}
	}

	private static void restore(Instant outer) {
		if (outer != null) {
			DEADLINE.set(outer);
		}
		else {
			DEADLINE.remove();
		}
	}

	/**
	 * The timeout for a transaction begun now: {@code asked}, shortened to what is left of the deadline, in whole
	 * seconds as Neo4j counts them. Refused when less than a second is left.
	 */
	static TransactionConfig limited(TransactionConfig asked) {
		Instant deadline = DEADLINE.get();
		if (deadline == null) {
			return asked;
		}
		Duration left = Duration.between(Instant.now(), deadline);
		if (left.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new RequestTimedOut();
		}
		Duration timeout = Duration.ofSeconds(left.toSeconds());
		Duration own = asked.timeout();
		if (own != null && !own.isZero() && own.compareTo(timeout) <= 0) {
			return asked;
		}
		return TransactionConfig.builder().withTimeout(timeout).withMetadata(new HashMap<>(asked.metadata())).build();
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
		return invoke(target, method, args);
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

	/** The request has used up its time: nothing more is begun for it. */
	static class RequestTimedOut extends RuntimeException {

		RequestTimedOut() {
			super("请求超时：一个请求的全部查询须在 tongxin.graphql.request-timeout 内完成，请缩小查询范围后再试");
		}

	}

}
