package cn.tongxin.graph.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.TongxinProperties;
import cn.tongxin.graph.system.TongxinProperties.Lockout;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins. Too many wrong passwords for one user name from one address within a while
 * ({@code tongxin.security.lockout.*}) lock that name out from that address for a while, the right password
 * too; other names and other addresses are not affected. Every failed sign-in goes into the audit trail as
 * {@code signInFailed}, with the name tried and the address, never the password. The counts are kept in the
 * graph ({@code :SignInFailures}, one node per name and address), so that every instance of the service behind a
 * load balancer counts the same failures: a guesser gets the number of attempts once, not once per instance.
 */
@Component
class SignInAttempts {

	private static final Log logger = LogFactory.getLog(SignInAttempts.class);

	/** Longer names are cut in the trail and in the count: the name is whatever was typed or sent. */
	private static final int LONGEST_NAME = 64;

	/** How many rows past their window and lock one failed sign-in clears away, at most. */
	private static final int FORGOTTEN_AT_ONCE = 1000;

	private static final String SIGN_IN = CypherFile.load("access/sign-in");

	private static final String FAILED = CypherFile.load("access/sign-in-failed");

	private static final String SUCCEEDED = CypherFile.load("access/sign-in-succeeded");

	private static final String UNLOCK = CypherFile.load("access/unlock-sign-ins");

	private static final String FORGET = CypherFile.load("access/forget-sign-in-failures");

	/**
	 * What the graph holds for a name from an address when a sign-in begins, read in one statement.
	 * @param user the user of that name, if there is one, whose password is to be checked
	 * @param lockedFor how long the name stays locked out from the address; empty when it is not
	 * @param failed whether there are failures to forget when the password is right
	 */
	record Recent(Optional<UserAccount> user, Optional<Duration> lockedFor, boolean failed) {
	}

	private record Row(UserAccount user, boolean failed, Instant lockedUntil) {
	}

	private final Lockout lockout;

	private final Clock clock;

	private final AuditTrail audit;

	private final Neo4jClient neo4j;

	private final GraphAvailability availability;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	SignInAttempts(TongxinProperties properties, ObjectProvider<Clock> clock, AuditTrail audit,
			PlatformTransactionManager transactions, Neo4jClient neo4j, GraphAvailability availability) {
		this.lockout = properties.security().lockout();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.audit = audit;
		this.neo4j = neo4j;
		this.availability = availability;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * The user of the name and whether the name is locked out from the address, read before the password is looked
	 * at. When the graph cannot say, the sign-in fails as it failed when the user could not be looked up (503 while
	 * the graph is away), rather than checking a password that may be locked out.
	 */
	Recent recent(String username, String address) {
		Map<String, Object> parameters = key(username, address);
		parameters.put("failuresName", parameters.get("username"));
		parameters.put("username", username);
		Row row;
		try {
			row = this.reading.execute(status -> this.neo4j.query(SIGN_IN)
				.bindAll(parameters)
				.fetchAs(Row.class)
				.mappedBy((types, record) -> new Row(record.get("user").isNull() ? null : UserAccount.from(record.get("user")),
						record.get("failed").asBoolean(),
						record.get("lockedUntil").isNull() ? null : record.get("lockedUntil").asZonedDateTime().toInstant()))
				.one()
				.orElseThrow());
		}
		catch (RuntimeException ex) {
			this.availability.noteFailure(ex);
			throw new InternalAuthenticationServiceException("Could not read the user signing in", ex);
		}
		Instant now = this.clock.instant();
		Optional<Duration> lockedFor = Optional.ofNullable(row.lockedUntil())
			.filter(now::isBefore)
			.map(until -> Duration.between(now, until));
		return new Recent(Optional.ofNullable(row.user()), lockedFor, row.failed());
	}

	/** A wrong password (or an unknown name): counted, and recorded. */
	void wrongPassword(String username, String address) {
		Instant now = this.clock.instant();
		Map<String, Object> parameters = key(username, address);
		parameters.put("now", utc(now));
		parameters.put("since", utc(now.minus(this.lockout.window())));
		parameters.put("windowEnds", utc(now.plus(this.lockout.window())));
		parameters.put("lockedUntil", utc(now.plus(this.lockout.duration())));
		parameters.put("attempts", this.lockout.attempts());
		try {
			this.writing.executeWithoutResult(status -> this.neo4j.query(FAILED).bindAll(parameters).run());
		}
		catch (RuntimeException ex) {
			// the sign-in is refused all the same; the graph being away is reported elsewhere
			this.availability.noteFailure(ex);
			logger.warn("Could not count a failed sign-in: " + ex.getClass().getSimpleName());
		}
		record(username, address, "wrongPassword");
		forgetPassed(now);
	}

	/** A sign-in refused for another reason (locked out, disabled): recorded, not counted. */
	void refused(String username, String address, String reason) {
		record(username, address, reason);
	}

	/** The right password: the count starts again. Nothing is written when there was nothing counted. */
	void succeeded(String username, String address, Recent recent) {
		if (!recent.failed()) {
			return;
		}
		try {
			this.writing.executeWithoutResult(status -> this.neo4j.query(SUCCEEDED).bindAll(key(username, address)).run());
		}
		catch (RuntimeException ex) {
			// signed in all the same: the failures counted pass with their window
			this.availability.noteFailure(ex);
			logger.warn("Could not forget the failed sign-ins of a user who signed in: " + ex.getClass().getSimpleName());
		}
	}

	/** Lifts the locks on a user name, from every address, and records that (and whether there was one). */
	void unlock(String username) {
		var parameters = new HashMap<String, Object>();
		parameters.put("username", shown(username));
		parameters.put("now", utc(this.clock.instant()));
		this.writing.executeWithoutResult(status -> {
			boolean locked = this.neo4j.query(UNLOCK).bindAll(parameters).fetchAs(Boolean.class).one().orElse(false);
			this.audit.record("unlockUser", "users",
					List.of(new Change(username, "locked", String.valueOf(locked), "false")));
		});
	}

	/**
	 * Clears away some rows whose window and lock have passed, for the names nobody tries again (a name tried again
	 * starts afresh in its own row). In a transaction of its own, so that it never holds up the count; a row it
	 * misses now goes with a later failure.
	 */
	private void forgetPassed(Instant now) {
		var parameters = new HashMap<String, Object>();
		parameters.put("now", utc(now));
		parameters.put("since", utc(now.minus(this.lockout.window())));
		parameters.put("limit", FORGOTTEN_AT_ONCE);
		try {
			this.writing.executeWithoutResult(status -> this.neo4j.query(FORGET).bindAll(parameters).run());
		}
		catch (RuntimeException ex) {
			logger.debug("Could not clear away old failed sign-ins", ex);
		}
	}

	private void record(String username, String address, String reason) {
		String name = shown(username);
		try {
			this.writing.executeWithoutResult(status -> this.audit.recordAs(name, "signInFailed", "users",
					List.of(new Change(name, "address", null, address), new Change(name, "reason", null, reason))));
		}
		catch (RuntimeException ex) {
			// the sign-in is refused all the same; the graph being away is reported elsewhere
			logger.warn("Could not record a failed sign-in in the audit trail: " + ex.getClass().getSimpleName());
		}
	}

	private static Map<String, Object> key(String username, String address) {
		var key = new HashMap<String, Object>();
		key.put("username", shown(username));
		key.put("address", (address != null) ? address : "");
		return key;
	}

	private static String shown(String username) {
		return (username.length() > LONGEST_NAME) ? username.substring(0, LONGEST_NAME) + "…" : username;
	}

	private static ZonedDateTime utc(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
