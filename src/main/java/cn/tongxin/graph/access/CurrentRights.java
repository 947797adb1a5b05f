package cn.tongxin.graph.access;

import java.util.Optional;

import cn.tongxin.graph.access.Users.UserChanged;
import cn.tongxin.graph.system.TongxinProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A user's role, towns, {@code pii} and state as stored now, for the requests that do not read them from the
 * graph themselves: a browser session (which would otherwise keep the copy made at sign-in) and an API token.
 * They are kept in memory for a few seconds ({@code tongxin.security.rights-cache-time}) so that a request costs no
 * query, and dropped as soon as a change to the user made through this service is committed. Another instance
 * of the service sees such a change once its own copy runs out.
 */
@Component
class CurrentRights {

	/**
	 * @param account the user, without the password hash
	 * @param credentials stands for the password hash, so that a new password can be noticed without keeping it
	 */
	record Rights(UserAccount account, String credentials) {

		static Rights of(UserAccount stored) {
			return new Rights(new UserAccount(stored.username(), null, stored.role(), stored.pii(), stored.enabled(),
					stored.townCodes()), fingerprint(stored.passwordHash()));
		}

	}

	private final Users users;

	private final Cache<String, Rights> rights;

	CurrentRights(Users users, TongxinProperties properties) {
		this.users = users;
		this.rights = Caffeine.newBuilder()
			.expireAfterWrite(properties.security().rightsCacheTime())
			.maximumSize(10_000)
			.build();
	}

	/** The user as stored now; empty once removed. */
	Optional<Rights> of(String username) {
		return Optional.ofNullable(this.rights.get(username, name -> this.users.find(name).map(Rights::of).orElse(null)));
	}

	@TransactionalEventListener
	void forget(UserChanged change) {
		this.rights.invalidate(change.username());
	}

	private static String fingerprint(String passwordHash) {
		// half of the hash's SHA-256: enough to tell a new password from the old, and not the hash itself
		return (passwordHash == null) ? "" : ApiTokens.hash(passwordHash).substring(0, 32);
	}

}
