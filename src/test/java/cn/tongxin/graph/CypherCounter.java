package cn.tongxin.graph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's driver to count the Cypher statements it sends and the access mode of every session
 * it opens: what a request costs in round trips, and whether reads go to read-only transactions.
 */
public class CypherCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final List<AccessMode> sessionModes = new CopyOnWriteArrayList<>();

	private final List<Optional<Duration>> transactionTimeouts = new CopyOnWriteArrayList<>();

	private final List<AccessMode> transactionModes = new CopyOnWriteArrayList<>();

	private final AtomicInteger transactionsEnded = new AtomicInteger();

	private final List<Set<String>> sessionBookmarks = new CopyOnWriteArrayList<>();

	public void reset() {
		this.statements.set(0);
		this.sessionModes.clear();
		this.transactionTimeouts.clear();
		this.transactionModes.clear();
		this.transactionsEnded.set(0);
		this.sessionBookmarks.clear();
	}

	/** The bookmarks each session was opened with (what it waits for before its first transaction), in order. */
	public List<Set<String>> sessionBookmarks() {
		return List.copyOf(this.sessionBookmarks);
	}

	/** The access mode of each explicit transaction begun, in order (auto-commit statements are not counted). */
	public List<AccessMode> transactionModes() {
		return List.copyOf(this.transactionModes);
	}

	/** How many of the transactions begun have been committed or rolled back. */
	public int transactionsEnded() {
		return this.transactionsEnded.get();
	}

	/** The timeout each transaction was begun with, as Neo4j received it. */
	public List<Optional<Duration>> transactionTimeouts() {
		return List.copyOf(this.transactionTimeouts);
	}

	public int statements() {
		return this.statements.get();
	}

	public List<AccessMode> sessionModes() {
		return List.copyOf(this.sessionModes);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return wrap(Driver.class, driver, this::driverCall);
		}
		return bean;
	}

	private Object driverCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		if (method.getName().equals("session") && result instanceof Session session) {
			AccessMode mode = AccessMode.WRITE;
			Set<String> bookmarks = new LinkedHashSet<>();
			for (Object arg : (args != null) ? args : new Object[0]) {
				if (arg instanceof SessionConfig config) {
					mode = config.defaultAccessMode();
					if (config.bookmarks() != null) {
						config.bookmarks().forEach(bookmark -> bookmarks.add(bookmark.value()));
					}
				}
			}
			this.sessionModes.add(mode);
			this.sessionBookmarks.add(Set.copyOf(bookmarks));
			AccessMode sessionMode = mode;
			return wrap(Session.class, session, (self, called, arguments) -> sessionCall(sessionMode, self, called,
					arguments));
		}
		return result;
	}

	private Object sessionCall(AccessMode mode, Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("run")) {
			this.statements.incrementAndGet();
		}
		if (method.getName().equals("beginTransaction")) {
			Optional<Duration> timeout = Optional.empty();
			for (Object arg : (args != null) ? args : new Object[0]) {
				if (arg instanceof TransactionConfig config) {
					timeout = Optional.ofNullable(config.timeout());
				}
			}
			this.transactionTimeouts.add(timeout);
			this.transactionModes.add(mode);
		}
		Object result = invoke(target, method, args);
		if (method.getName().equals("beginTransaction") && result instanceof Transaction transaction) {
			return wrap(Transaction.class, transaction, this::transactionCall);
		}
		return result;
	}

	private Object transactionCall(Object target, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("run")) {
			this.statements.incrementAndGet();
		}
		if (method.getName().equals("commit") || method.getName().equals("rollback")) {
			this.transactionsEnded.incrementAndGet();
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

	@FunctionalInterface
	private interface Call {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	private static <T> T wrap(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> call.handle(target, method, args);
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
