package cn.tongxin.graph.access;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in with a password, by the form or by HTTP Basic: refused before the password is looked at while the
 * name is locked out from the caller's address, and every failure counted and recorded ({@link SignInAttempts}).
 * The user and the name's failures are read together, in one statement.
 */
final class PasswordSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final UserAccounts accounts;

	private final SignInAttempts attempts;

	/** @param passwords the password check, which finds users through {@code accounts} */
	PasswordSignIn(AuthenticationProvider passwords, UserAccounts accounts, SignInAttempts attempts) {
		this.passwords = passwords;
		this.accounts = accounts;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "";
		SignInAttempts.Recent recent = this.attempts.recent(username, address);
		if (recent.lockedFor().isPresent()) {
			this.attempts.refused(username, address, "locked");
			throw new SignInLocked(recent.lockedFor().get());
		}
		try {
			Authentication signedIn = this.accounts.checking(recent.user(),
					() -> this.passwords.authenticate(authentication));
			this.attempts.succeeded(username, address, recent);
			return signedIn;
		}
		catch (BadCredentialsException ex) {
			this.attempts.wrongPassword(username, address);
			throw ex;
		}
		catch (AccountStatusException ex) {
			this.attempts.refused(username, address, "disabled");
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
