package cn.tongxin.graph.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.tongxin.graph.system.RequestDeadline.Deadline;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Ends the work of a GraphQL request whose client has gone away: its deadline ends, so that it begins no other
 * transaction, and Neo4j terminates the transactions it is running.
 * <p>
 * Tomcat learns that a client has gone only when it writes to it, and a request's work runs without writing. So one
 * thread looks, every second, at the requests that have run for a second or more and have passed every check (their
 * answer will be data, status 200): it writes a space to each, which a JSON answer may begin with, and a client that
 * has gone fails the write. The space commits the status and headers the answer would have had; it is written under
 * the request's lock, which the answer takes before it is written, so that the two never interleave.
 */
class ClientWatch implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ClientWatch.class);

	private static final Duration EVERY = Duration.ofSeconds(1);

	private static final String TERMINATE = CypherFile.load("system/terminate-request-transactions");

	/** The answers {@code GraphQlHttpHandler} gives, in its order of preference when the client accepts several. */
	private static final List<MediaType> ANSWERS = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, new MediaType("application", "graphql+json"));

	private final Driver driver;

	private final Map<Deadline, Client> watched = new ConcurrentHashMap<>();

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "graphql-client-watch");
		thread.setDaemon(true);
		return thread;
	});

	ClientWatch(Driver driver) {
		this.driver = driver;
		this.clock.scheduleWithFixedDelay(this::look, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Watches the client of a request that begins. */
	void watch(Deadline deadline, HttpServletRequest request, HttpServletResponse response) {
		MediaType answer = answerType(request);
		if (answer != null) {
			this.watched.put(deadline, new Client(response, answer, Instant.now()));
		}
	}

	/**
	 * The request has left the filter. Its answer is written now, or, if it is asynchronous (as Spring for GraphQL
	 * answers), once its result is ready ({@link Deadline#answering()}) — and at the latest when it completes.
	 */
	void answering(Deadline deadline, HttpServletRequest request) {
		if (request.isAsyncStarted() && deadline.stage() != Deadline.Stage.ANSWERING) {
			request.getAsyncContext().addListener(new AsyncListener() {

				@Override
				public void onComplete(AsyncEvent event) {
					forget(deadline);
				}

				@Override
				public void onTimeout(AsyncEvent event) {
					forget(deadline);
				}

				@Override
				public void onError(AsyncEvent event) {
					forget(deadline);
				}

				@Override
				public void onStartAsync(AsyncEvent event) {
				}

			});
		}
		else {
			forget(deadline);
		}
	}

	private void forget(Deadline deadline) {
		deadline.answering();
		this.watched.remove(deadline);
	}

	private void look() {
		Instant oneTickAgo = Instant.now().minus(EVERY);
		this.watched.forEach((deadline, client) -> {
			try {
				if (deadline.stage() == Deadline.Stage.ANSWERING) {
					this.watched.remove(deadline);
				}
				else if (deadline.abandoned() || (client.since().isBefore(oneTickAgo) && gone(deadline, client))) {
					deadline.abandon();
					// again at every look while the request runs: a transaction begun as it was abandoned is caught too
					terminateTransactions(deadline);
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Could not end the work of a GraphQL request whose client has gone", ex);
			}
		});
	}

	/** Whether writing to the client fails. Only for a request that runs, and never while its answer is written. */
	private static boolean gone(Deadline deadline, Client client) {
		synchronized (deadline) {
			if (deadline.stage() != Deadline.Stage.RUNNING) {
				return false;
			}
			HttpServletResponse response = client.response();
			try {
				if (!response.isCommitted()) {
					response.setStatus(HttpServletResponse.SC_OK);
					response.setContentType(client.answer().toString());
				}
				response.getOutputStream().write(' ');
				response.getOutputStream().flush();
				return false;
			}
			catch (IOException | IllegalStateException ex) {
				return true;
			}
		}
	}

	private void terminateTransactions(Deadline deadline) {
		try (var session = this.driver.session()) {
			session.run(TERMINATE, Map.of("request", deadline.id())).consume();
		}
	}

	/**
	 * What {@code GraphQlHttpHandler} will answer with, by the request's {@code Accept}; null for an answer that is
	 * not one JSON document (server-sent events), which this watch leaves alone.
	 */
	static MediaType answerType(HttpServletRequest request) {
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders("Accept")));
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
		if (accepted.stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype)) {
			return null;
		}
		return accepted.stream().filter(ANSWERS::contains).findFirst().orElse(MediaType.APPLICATION_JSON);
	}

	@Override
	public void destroy() {
		this.clock.shutdownNow();
	}

	private record Client(HttpServletResponse response, MediaType answer, Instant since) {
	}

}
