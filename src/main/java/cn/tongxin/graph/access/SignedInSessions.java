package cn.tongxin.graph.access;

import java.util.Optional;

import cn.tongxin.graph.access.BrowserSessions.Found;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Browser sign-ins, carried by a cookie and kept in the graph ({@link BrowserSessions}), not in an instance's
 * memory: any instance of the service answers any request of a signed-in browser, and no instance holds an HTTP
 * session. A session remembers who signed in and when, not what they may do: each request reads the user as
 * stored now with the session, so that a right taken away, a disabled user or a new password holds at the user's
 * next request, through whichever instance. The session ends (and the request goes on as nobody's) when the user
 * has been disabled or removed, has a new password, or the session is over.
 */
final class SignedInSessions implements SecurityContextRepository {

	/** The cookie: never readable by scripts, not sent with requests other sites make. */
	static final String COOKIE = "TONGXIN_SESSION";

	private static final String CHECKED = SignedInSessions.class.getName() + ".CHECKED";

	private final BrowserSessions sessions;

	SignedInSessions(BrowserSessions sessions) {
		this.sessions = sessions;
	}

	/** Whether the request carries a session cookie, which a browser sends by itself. */
	static boolean carriesSession(HttpServletRequest request) {
		return secret(request).isPresent();
	}

	/** Starts a session for a user the sign-in form has just let in, and gives the browser its cookie. */
	void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication.getPrincipal() instanceof UserAccount user) {
			String secret = this.sessions.start(user, Rights.of(user).credentials(), secret(request).orElse(null));
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, secret, false));
		}
	}

	/** Ends the browser's session, on every instance, and takes its cookie away. */
	void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		secret(request).ifPresent(this.sessions::end);
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", true));
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return new DeferredSecurityContext() {

			@Override
			public SecurityContext get() {
				return checked(request);
			}

			@Override
			public boolean isGenerated() {
				return get().getAuthentication() == null;
			}

		};
	}

	/** The request's session, looked up once per request however often it is asked for. */
	private SecurityContext checked(HttpServletRequest request) {
		if (request.getAttribute(CHECKED) instanceof SecurityContext context) {
			return context;
		}
		SecurityContext context = check(request);
		request.setAttribute(CHECKED, context);
		return context;
	}

	private SecurityContext check(HttpServletRequest request) {
		Optional<String> secret = secret(request);
		Optional<Found> found = secret.flatMap(this.sessions::find);
		if (found.isEmpty()) {
			return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		}
		UserAccount user = found.get().user();
		if (!user.enabled() || !Rights.of(user).credentials().equals(found.get().credentials())) {
			this.sessions.end(secret.get());
			return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		}
		UserAccount rights = Rights.of(user).account();
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(rights, null,
				rights.getAuthorities()));
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(HttpRequestResponseHolder requestResponseHolder) {
		return loadDeferredContext(requestResponseHolder.getRequest()).get();
	}

	/** Nothing to save: a session is started by {@link #signedIn} and ended by {@link #signedOut}, in the graph. */
	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
	}

	/**
	 * Whether the request carries its own sign-in, in its cookie. Asked before the context is used, by the filter
	 * that takes a request signed in any other way for a fresh sign-in and renews its CSRF token (which would make
	 * the page's token stale at every request); answered without a look-up, so that a script or a style costs none.
	 */
	@Override
	public boolean containsContext(HttpServletRequest request) {
		return carriesSession(request);
	}

	private static Optional<String> secret(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			// a secret is 43 characters of base64url; anything else is no session of ours
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() == 43) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static String cookie(HttpServletRequest request, String value, boolean expired) {
		var cookie = ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax");
		if (expired) {
			cookie.maxAge(0);
		}
		return cookie.build().toString();
	}

}
