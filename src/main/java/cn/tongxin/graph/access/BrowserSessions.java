package cn.tongxin.graph.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.TongxinProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browser sessions, kept in the graph so that every instance of the service finds them: who signed in, when,
 * with which password, and when the session was last used. The cookie carries a secret of 256 random bits; the
 * graph keeps only its hash. A session ends {@code tongxin.security.session-lifetime} after signing in however busy,
 * or {@code tongxin.security.session-idle} after its last use, whichever comes first.
 * <p>
 * A request's look-up is a read (in a cluster, served by a secondary); a session not found that way is looked for
 * once more on the leader, since a secondary may not yet have the sign-in a moment old. Its last use is written at
 * most once a minute, on a thread of its own, so that a request that only reads writes nothing.
 */
@Component
class BrowserSessions implements DisposableBean {

	private static final Log logger = LogFactory.getLog(BrowserSessions.class);

	private static final String START = CypherFile.load("access/session-start");

	private static final String BY_ID = CypherFile.load("access/session-by-id");

	private static final String SEEN = CypherFile.load("access/session-seen");

	private static final String END = CypherFile.load("access/session-end");

	/** How stale the stored last use may be: the idle end is that much less exact, and a busy session writes little. */
	static final Duration NOTED_EVERY = Duration.ofMinutes(1);

	private static final SecureRandom random = new SecureRandom();

	/**
	 * A session found for a request.
	 * @param id the hash of the cookie's secret
	 * @param user the user as stored now
	 * @param credentials the fingerprint of the password the session was signed in with
	 */
	record Found(String id, Instant signedInAt, Instant lastSeenAt, String credentials, UserAccount user) {
	}

	private final Neo4jClient neo4j;

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	private final Duration lifetime;

	private final Duration idle;

	private final Clock clock;

	// last uses to note, one at a time; past a thousand waiting, one is dropped rather than a request held up
	private final ThreadPoolExecutor noting = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1000), new CustomizableThreadFactory("session-last-use-"),
			new ThreadPoolExecutor.DiscardPolicy());

	BrowserSessions(Neo4jClient neo4j, PlatformTransactionManager transactions, TongxinProperties properties,
			ObjectProvider<Clock> clock) {
		this.neo4j = neo4j;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
		this.lifetime = properties.security().sessionLifetime();
		this.idle = properties.security().sessionIdle();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Starts a session for a user who has just signed in, ending the one the browser had before, if any; answers
	 * the secret for the cookie.
	 */
	String start(UserAccount user, String credentials, String previousSecret) {
		byte[] bits = new byte[32];
		random.nextBytes(bits);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
		Instant now = this.clock.instant();
		var parameters = new HashMap<String, Object>();
		parameters.put("username", user.username());
		parameters.put("id", ApiTokens.hash(secret));
		parameters.put("previous", (previousSecret != null) ? ApiTokens.hash(previousSecret) : null);
		parameters.put("now", at(now));
		parameters.put("endsAt", at(endsAt(now, now)));
		parameters.put("credentials", credentials);
		this.writes.executeWithoutResult(status -> this.neo4j.query(START).bindAll(parameters).run());
		return secret;
	}

	/**
	 * The session whose cookie carries {@code secret}, while it lasts; empty when there is none (never was, signed
	 * out, or over: then it is dropped).
	 */
	Optional<Found> find(String secret) {
		String id = ApiTokens.hash(secret);
		Optional<Found> found = this.reads.execute(status -> read(id));
		if (found.isEmpty()) {
			found = this.writes.execute(status -> read(id));
		}
		Instant now = this.clock.instant();
		if (found.isPresent() && !now.isBefore(endsAt(found.get().signedInAt(), found.get().lastSeenAt()))) {
			end(secret);
			return Optional.empty();
		}
		found.filter(session -> !now.isBefore(session.lastSeenAt().plus(NOTED_EVERY)))
			.ifPresent(session -> this.noting.execute(() -> noteSeen(session, now)));
		return found;
	}

	/** Ends the session whose cookie carries {@code secret}: signed out, or found no longer valid. */
	void end(String secret) {
		this.writes.executeWithoutResult(
				status -> this.neo4j.query(END).bindAll(Map.of("id", ApiTokens.hash(secret))).run());
	}

	private Optional<Found> read(String id) {
		return this.neo4j.query(BY_ID)
			.bind(id)
			.to("id")
			.fetchAs(Found.class)
			.mappedBy((types, record) -> {
				Value session = record.get("session");
				return new Found(id, instant(session.get("signedInAt")), instant(session.get("lastSeenAt")),
						session.get("credentials").asString(""), UserAccount.from(record.get("user")));
			})
			.one();
	}

	private void noteSeen(Found session, Instant now) {
		try {
			this.writes.executeWithoutResult(status -> this.neo4j.query(SEEN)
				.bindAll(Map.of("id", session.id(), "now", at(now), "endsAt", at(endsAt(session.signedInAt(), now))))
				.run());
		}
		catch (RuntimeException ex) {
			// the session goes on; its idle end is only less exact until the next note
			logger.warn("Could not note a session's last use: " + ex.getClass().getSimpleName());
		}
	}

	private Instant endsAt(Instant signedInAt, Instant lastSeenAt) {
		Instant absolute = signedInAt.plus(this.lifetime);
		Instant idleEnd = lastSeenAt.plus(this.idle);
		return absolute.isBefore(idleEnd) ? absolute : idleEnd;
	}

	private static ZonedDateTime at(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

	private static Instant instant(Value value) {
		return value.asZonedDateTime().toInstant();
	}

	@Override
	public void destroy() throws InterruptedException {
		this.noting.shutdown();
		this.noting.awaitTermination(5, TimeUnit.SECONDS);
	}

}
