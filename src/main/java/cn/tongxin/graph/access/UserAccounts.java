package cn.tongxin.graph.access;

import java.util.Optional;
import java.util.function.Supplier;

import cn.tongxin.graph.system.GraphAvailability;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs users in from the graph. A password sign-in reads the user together with the name's failed sign-ins
 * ({@link SignInAttempts#recent}) and hands it to the password check, which asks this service by name, through
 * {@link #checking}: one statement per sign-in, not a second look-up.
 */
@Service
class UserAccounts implements UserDetailsService {

	private final Users users;

	private final GraphAvailability availability;

	/** The user already read for the sign-in running on this thread, if one is. */
	private final ThreadLocal<Optional<UserAccount>> read = new ThreadLocal<>();

	UserAccounts(Users users, GraphAvailability availability) {
		this.users = users;
		this.availability = availability;
	}

	/** Runs a password check that finds {@code user} (empty: no such user) without reading it again. */
	<T> T checking(Optional<UserAccount> user, Supplier<T> check) {
		this.read.set(user);
		try {
			return check.get();
		}
		finally {
			this.read.remove();
		}
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Optional<UserAccount> read = this.read.get();
		if (read != null) {
			return read.filter(user -> user.username().equals(username))
				.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		}
		try {
			return this.users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
		}
		catch (RuntimeException ex) {
			this.availability.noteFailure(ex);
			throw ex;
		}
	}

}
