package cn.tongxin.graph.system;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read your own writes across several instances (docs/operations.md, several instances). A write's response
 * carries the bookmark of its commit in the {@value #HEADER} header; a request that sends it back begins every
 * transaction (read or write, through Spring's transaction manager or the {@code Neo4jClient}) waiting for those
 * bookmarks as well as this instance's own, so a cluster's secondary answers it only once it has the write.
 * <p>
 * Spring Data Neo4j's transaction manager and client both use the one {@link Neo4jBookmarkManager} bean of the
 * context; this one is SDN's own, which keeps this instance's bookmarks, with the request's added to what it
 * answers. The interface is sealed and SDN's event of new bookmarks names all the instance keeps, so a write's own
 * bookmark is taken where SDN takes it, from the driver's write session once it has committed, and set in the
 * response then (before the controller writes its answer, so the header is still free). The header is anyone's to
 * send: once the client has signed in, a malformed one is refused with 400, and so is a well-formed one the
 * database cannot read (checked once per instance, before the request runs).
 */
@Configuration(proxyBeanMethods = false)
class ClientBookmarks {

	static final String HEADER = "Tongxin-Bookmark";

	/** Set on a refusal, so that a client can forget the bookmarks it keeps. */
	static final String REFUSED_HEADER = "Tongxin-Bookmark-Refused";

	/**
	 * Just after Spring Security's filter chain (order -100): a client must have signed in to have the database
	 * wait for its bookmarks. Signing in does not wait for them.
	 */
	static final int ORDER = -99;

	/** A client needs one (the last write's subsumes the earlier); a few tolerate clients that keep a handful. */
	static final int MOST_BOOKMARKS = 8;

	/** Neo4j 5's bookmarks are some 50 characters for one database; opaque, so only their alphabet is checked. */
	static final int LONGEST_BOOKMARK = 512;

	private static final Pattern BOOKMARK = Pattern.compile("[A-Za-z0-9+/=:_.\\-]{1," + LONGEST_BOOKMARK + "}");

	static final String MALFORMED = "请求头 " + HEADER + " 无效：应为不超过 " + MOST_BOOKMARKS
			+ " 个以逗号分隔的书签，每个书签只含字母、数字和 +/=:_.- ，不超过 " + LONGEST_BOOKMARK + " 个字符；请去掉这个请求头后重试";

	static final String UNKNOWN = "请求头 " + HEADER + " 中的书签不是这个图数据库给出的；请去掉这个请求头后重试";

	private static final Log logger = LogFactory.getLog(ClientBookmarks.class);

	private static final String BOOKMARKS_REACHED = CypherFile.load("system/bookmarks-reached");

	/** Bookmarks this instance gave or checked, the most recent few thousand: they need no check. */
	private static final Set<String> KNOWN = Collections.synchronizedSet(Collections.newSetFromMap(
			new LinkedHashMap<String, Boolean>() {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
					return size() > 4096;
				}

			}));

	/** The request the servlet container's thread is serving, while the filter is round it. */
	private static final ThreadLocal<Exchange> EXCHANGE = new ThreadLocal<>();

	/** This instance's bookmarks, as SDN keeps them, and the request's. */
	@Bean
	Neo4jBookmarkManager clientBookmarkManager() {
		return Neo4jBookmarkManager.create(ClientBookmarks::sentByClient);
	}

	@Bean
	static BeanPostProcessor bookmarksOfWrites() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof Driver driver) {
					InvocationHandler handler = (proxy, method, args) -> driverCall(driver, method, args);
					return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
							handler);
				}
				return bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> clientBookmarksFilter(Driver driver) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				Set<Bookmark> sent = parse(request.getHeaders(HEADER));
				if (sent == null) {
					refuse(request, response, MALFORMED);
					return;
				}
				if (!readable(driver, sent)) {
					refuse(request, response, UNKNOWN);
					return;
				}
				Exchange outer = EXCHANGE.get();
				EXCHANGE.set(new Exchange(sent, response));
				try {
					chain.doFilter(request, response);
				}
				finally {
					if (outer != null) {
						EXCHANGE.set(outer);
					}
					else {
						EXCHANGE.remove();
					}
				}
			}

		});
		registration.addUrlPatterns("/graphql", "/graphql/*", "/api/*");
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * Whether the database can read these bookmarks: those this instance gave or has checked are known; others (a
	 * write through another instance, or anything a client makes up) are checked once, by a read that waits for
	 * them, which the request would have waited for anyway. Only the database's refusal of a bookmark answers
	 * false; when it cannot be asked, the request goes on and meets the problem in its own way.
	 */
	static boolean readable(Driver driver, Set<Bookmark> bookmarks) {
		List<Bookmark> unchecked = bookmarks.stream().filter(bookmark -> !KNOWN.contains(bookmark.value())).toList();
		if (unchecked.isEmpty()) {
			return true;
		}
		SessionConfig config = SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarks(unchecked)
			.build();
		try (Session session = driver.session(config)) {
			session.run(BOOKMARKS_REACHED).consume();
		}
		catch (RuntimeException ex) {
			if (unknownBookmark(ex)) {
				return false;
			}
			logger.debug("Could not check a client's bookmarks; the request goes on", ex);
			return true;
		}
		unchecked.forEach(bookmark -> KNOWN.add(bookmark.value()));
		return true;
	}

	/** The bookmarks in the header's values (each a comma-separated list); none when absent, null when malformed. */
	static Set<Bookmark> parse(Enumeration<String> values) {
		if (values == null || !values.hasMoreElements()) {
			return Set.of();
		}
		List<String> bookmarks = new ArrayList<>();
		while (values.hasMoreElements()) {
			for (String value : values.nextElement().split(",", -1)) {
				String bookmark = value.strip();
				if (!BOOKMARK.matcher(bookmark).matches() || bookmarks.size() == MOST_BOOKMARKS) {
					return null;
				}
				bookmarks.add(bookmark);
			}
		}
		Set<Bookmark> parsed = new LinkedHashSet<>();
		bookmarks.forEach(bookmark -> parsed.add(Bookmark.from(bookmark)));
		return Collections.unmodifiableSet(parsed);
	}

	/** Whether the database refused a bookmark it cannot read (one it never gave, or another database's). */
	static boolean unknownBookmark(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
				return true;
			}
		}
		return false;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
			throws IOException {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setHeader(REFUSED_HEADER, "true");
		response.setCharacterEncoding("UTF-8");
		String quoted = "\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/graphql")) {
			// as GraphQL clients (and the workbench's graphql.js) read an error
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"errors\":[{\"message\":" + quoted + "}]}");
		}
		else {
			// as the REST endpoints' other refusals, which import.js shows as title and detail
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"title\":\"书签无效\",\"status\":400,\"detail\":" + quoted + "}");
		}
	}

	/** The client's bookmarks for this instance's transactions on the request's thread; none elsewhere. */
	private static Set<Bookmark> sentByClient() {
		Exchange exchange = EXCHANGE.get();
		return (exchange != null) ? exchange.sent() : Set.of();
	}

	/** What the client sent, and where the bookmarks of the request's writes go. */
	private record Exchange(Set<Bookmark> sent, HttpServletResponse response) {

		void committed(Collection<?> bookmarks) {
			List<String> values = bookmarks.stream()
				.filter(Bookmark.class::isInstance)
				.map(bookmark -> ((Bookmark) bookmark).value())
				.filter(Objects::nonNull)
				.toList();
			KNOWN.addAll(values);
			if (!values.isEmpty() && !this.response.isCommitted()) {
				// the last commit's bookmark follows the request's earlier ones (it began waiting for them)
				this.response.setHeader(HEADER, String.join(", ", values));
			}
		}

	}

	/** The driver, whose write sessions hand the bookmarks of their commits to the request's response. */
	private static Object driverCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		if (!(result instanceof Session session)) {
			return result;
		}
		AccessMode mode = AccessMode.WRITE;
		for (Object arg : (args != null) ? args : new Object[0]) {
			if (arg instanceof SessionConfig config) {
				mode = config.defaultAccessMode();
			}
		}
		if (mode != AccessMode.WRITE) {
			// a read changes nothing a client must wait for
			return session;
		}
		InvocationHandler handler = (proxy, called, arguments) -> {
			Object answer = invoke(session, called, arguments);
			// SDN asks a session for its last bookmarks once it has committed (its transaction manager and its
			// client alike): they are the commit's, and follow every bookmark the session began with
			Exchange exchange = EXCHANGE.get();
			if (exchange != null && called.getName().equals("lastBookmarks") && answer instanceof Set<?> bookmarks) {
				exchange.committed(bookmarks);
			}
			return answer;
		};
		return Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] { Session.class }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
