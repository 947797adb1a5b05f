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
 */
final class PasswordSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInAttempts attempts;

	PasswordSignIn(AuthenticationProvider passwords, SignInAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "";
		var locked = this.attempts.lockedFor(username, address);
		if (locked.isPresent()) {
			this.attempts.refused(username, address, "locked");
			throw new SignInLocked(locked.get());
		}
		try {
			Authentication signedIn = this.passwords.authenticate(authentication);
			this.attempts.succeeded(username, address);
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
