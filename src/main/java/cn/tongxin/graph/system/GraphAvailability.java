package cn.tongxin.graph.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether the graph answers. A Neo4j server can go away and come back; the service then answers 503 rather than
 * failing in odd ways, and picks up again by itself: while the graph is down it is asked again every two
 * seconds, in the background and by any request. Work that needs the graph at start-up (the schema, the first administrator, the
 * demo district) runs as soon as the graph answers, if it did not at start.
 */
@Component
public class GraphAvailability {

	private static final Log logger = LogFactory.getLog(GraphAvailability.class);

	private static final Duration RECHECK = Duration.ofSeconds(2);

	private final Driver driver;

	private final List<Runnable> waiting = new ArrayList<>();

	private volatile boolean up = true;

	private volatile Instant checkedAt = Instant.MIN;

	private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(task -> {
		var thread = new Thread(task, "graph-availability");
		thread.setDaemon(true);
		return thread;
	});

	private ScheduledFuture<?> checking;

	GraphAvailability(Driver driver) {
		this.driver = driver;
	}

	@PreDestroy
	void stopChecking() {
		this.checker.shutdownNow();
	}

	/** Whether the graph can be used now; while it is down, asks it again now and then. */
	public boolean available() {
		if (this.up) {
			return true;
		}
		synchronized (this) {
			if (!this.up && Instant.now().isAfter(this.checkedAt.plus(RECHECK))) {
				this.checkedAt = Instant.now();
				try {
					this.driver.verifyConnectivity();
					logger.info("The graph database answers again");
					this.up = true;
					runWaiting();
					if (this.up && this.checking != null) {
						this.checking.cancel(false);
						this.checking = null;
					}
				}
				catch (RuntimeException ex) {
					// still down: the next request will ask again
				}
			}
			return this.up;
		}
	}

	/** Notes a failure; when it says the graph cannot be reached, requests get 503 until it can. */
	public synchronized void noteFailure(Throwable failure) {
		if (unreachable(failure) && this.up) {
			logger.warn("The graph database cannot be reached; answering 503 until it can (" + failure.getClass().getSimpleName() + ")");
			goDown();
		}
	}

	/** Runs start-up work now, or, if the graph cannot be reached yet, as soon as it can. */
	public synchronized void whenAvailable(String what, Runnable work) {
		if (!this.up) {
			this.waiting.add(work);
			return;
		}
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			if (!notReadyYet(ex)) {
				throw ex;
			}
			logger.warn("The graph database cannot be reached at start-up; " + what + " waits for it, and requests get 503");
			goDown();
			this.waiting.add(work);
		}
	}

	/** Marks the graph down and asks it again every two seconds until it answers. */
	private synchronized void goDown() {
		this.up = false;
		this.checkedAt = Instant.now();
		if (this.checking == null && !this.checker.isShutdown()) {
			this.checking = this.checker.scheduleWithFixedDelay(this::available, RECHECK.toMillis(), RECHECK.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	private void runWaiting() {
		while (!this.waiting.isEmpty()) {
			Runnable work = this.waiting.get(0);
			try {
				work.run();
				this.waiting.remove(0);
			}
			catch (RuntimeException ex) {
				if (!notReadyYet(ex)) {
					this.waiting.remove(0);
					throw ex;
				}
				this.up = false;
				return;
			}
		}
	}

	/**
	 * Whether start-up work should wait and try again: the database cannot be reached, or it answers but is not
	 * ready to serve yet (a server that has just started says so with a transient error).
	 */
	private static boolean notReadyYet(Throwable failure) {
		return passing(failure) || unreachable(failure);
	}

	/**
	 * Whether the database called a failure passing (a deadlock, a database not ready yet), so that trying again
	 * may succeed. A deadlock found at commit comes wrapped in Spring's TransactionSystemException, so the causes
	 * are read, not only the outer type.
	 */
	public static boolean passing(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientException || cause instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

	/** Whether a failure, or anything that caused it, says the database cannot be reached. */
	public static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

}
