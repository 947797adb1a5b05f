package cn.tongxin.graph.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.system.TongxinProperties;
import cn.tongxin.graph.system.TongxinProperties.Lockout;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins. Too many wrong passwords for one user name from one address within a while
 * ({@code tongxin.security.lockout.*}) lock that name out from that address for a while, the right password
 * too; other names and other addresses are not affected. Every failed sign-in goes into the audit trail as
 * {@code signInFailed}, with the name tried and the address, never the password. The counts are kept in this
 * instance's memory.
 */
@Component
class SignInAttempts {

	private static final Log logger = LogFactory.getLog(SignInAttempts.class);

	/** Longer names are cut in the trail: the name is whatever was typed or sent. */
	private static final int LONGEST_NAME = 64;

	private record Key(String username, String address) {
	}

	/** The recent wrong passwords, oldest first, and the end of the lock they caused, if any. */
	private record Failures(List<Instant> at, Instant lockedUntil) {
	}

	private final Lockout lockout;

	private final Clock clock;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Cache<Key, Failures> failures;

	SignInAttempts(TongxinProperties properties, ObjectProvider<Clock> clock, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.lockout = properties.security().lockout();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		Duration kept = (this.lockout.window().compareTo(this.lockout.duration()) > 0) ? this.lockout.window()
				: this.lockout.duration();
		this.failures = Caffeine.newBuilder().expireAfterWrite(kept).maximumSize(100_000).build();
	}

	/** How long the name stays locked out from the address; empty when it is not. */
	Optional<Duration> lockedFor(String username, String address) {
		Failures recent = this.failures.getIfPresent(new Key(username, address));
		Instant now = this.clock.instant();
		if (recent == null || recent.lockedUntil() == null || !now.isBefore(recent.lockedUntil())) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, recent.lockedUntil()));
	}

	/** A wrong password (or an unknown name): counted, and recorded. */
	void wrongPassword(String username, String address) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.lockout.window());
		this.failures.asMap().compute(new Key(username, address), (key, recent) -> {
			var at = new ArrayList<Instant>();
			if (recent != null && (recent.lockedUntil() == null || now.isBefore(recent.lockedUntil()))) {
				recent.at().stream().filter(when -> when.isAfter(since)).forEach(at::add);
			}
			at.add(now);
			boolean lock = at.size() >= this.lockout.attempts();
			return new Failures(List.copyOf(at), lock ? now.plus(this.lockout.duration()) : null);
		});
		record(username, address, "wrongPassword");
	}

	/** A sign-in refused for another reason (locked out, disabled): recorded, not counted. */
	void refused(String username, String address, String reason) {
		record(username, address, reason);
	}

	/** The right password: the count starts again. */
	void succeeded(String username, String address) {
		this.failures.invalidate(new Key(username, address));
	}

	/** Lifts the locks on a user name, from every address, and records that (and whether there was one). */
	void unlock(String username) {
		Instant now = this.clock.instant();
		boolean locked = this.failures.asMap()
			.entrySet()
			.stream()
			.anyMatch(entry -> entry.getKey().username().equals(username) && entry.getValue().lockedUntil() != null
					&& now.isBefore(entry.getValue().lockedUntil()));
		this.failures.asMap().keySet().removeIf(key -> key.username().equals(username));
		this.transaction.executeWithoutResult(status -> this.audit.record("unlockUser", "users",
				List.of(new Change(username, "locked", String.valueOf(locked), "false"))));
	}

	private void record(String username, String address, String reason) {
		String name = (username.length() > LONGEST_NAME) ? username.substring(0, LONGEST_NAME) + "…" : username;
		try {
			this.transaction.executeWithoutResult(status -> this.audit.recordAs(name, "signInFailed", "users",
					List.of(new Change(name, "address", null, address), new Change(name, "reason", null, reason))));
		}
		catch (RuntimeException ex) {
			// the sign-in is refused all the same; the graph being away is reported elsewhere
			logger.warn("Could not record a failed sign-in in the audit trail: " + ex.getClass().getSimpleName());
		}
	}

}
