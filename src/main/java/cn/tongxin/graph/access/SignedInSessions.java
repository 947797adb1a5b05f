package cn.tongxin.graph.access;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.tongxin.graph.access.CurrentRights.Rights;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Browser sessions. A session remembers who signed in and when, not what they may do: each request takes the
 * user's rights as they are now ({@link CurrentRights}), so that a right taken away is gone at the user's next
 * request. The session ends (and the request goes on as nobody's) when the user has been disabled or removed,
 * has a new password, or signed in longer ago than {@code tongxin.security.session-lifetime}, however busy the
 * session has been since.
 */
final class SignedInSessions implements SecurityContextRepository {

	private static final String SIGNED_IN = SignedInSessions.class.getName() + ".SIGNED_IN";

	/** Who signed the session in, when, and with which password (its fingerprint). */
	private record SignedIn(String username, Instant at, String credentials) implements Serializable {
	}

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final CurrentRights rights;

	private final Duration lifetime;

	private final Clock clock;

	SignedInSessions(CurrentRights rights, Duration lifetime, Clock clock) {
		this.rights = rights;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** Notes when the session signed in and with which password; called when the sign-in form succeeds. */
	void signedIn(HttpServletRequest request, Authentication authentication) {
		if (authentication.getPrincipal() instanceof UserAccount user) {
			request.getSession().setAttribute(SIGNED_IN,
					new SignedIn(user.username(), this.clock.instant(), Rights.of(user).credentials()));
		}
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext stored = this.sessions.loadDeferredContext(request);
		return new DeferredSecurityContext() {

			private SecurityContext checked;

			@Override
			public SecurityContext get() {
				if (this.checked == null) {
					this.checked = check(request, stored.get());
				}
				return this.checked;
			}

			@Override
			public boolean isGenerated() {
				return stored.isGenerated() || get().getAuthentication() == null;
			}

		};
	}

	private SecurityContext check(HttpServletRequest request, SecurityContext stored) {
		if (stored.getAuthentication() == null) {
			return stored;
		}
		HttpSession session = request.getSession(false);
		SignedIn signedIn = (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn s) ? s : null;
		Rights now = (signedIn != null) ? this.rights.of(signedIn.username()).orElse(null) : null;
		if (now == null || !now.account().enabled() || !now.credentials().equals(signedIn.credentials())
				|| !this.clock.instant().isBefore(signedIn.at().plus(this.lifetime))) {
			if (session != null) {
				session.invalidate();
			}
			return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		}
		UserAccount user = now.account();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		authentication.setDetails(stored.getAuthentication().getDetails());
		return new SecurityContextImpl(authentication);
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder requestResponseHolder) {
		return loadDeferredContext(requestResponseHolder.getRequest()).get();
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		this.sessions.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.sessions.containsContext(request);
	}

}
