package cn.tongxin.graph.access;

import java.io.IOException;
import java.util.Optional;

import cn.tongxin.graph.access.ApiTokens.Presented;
import cn.tongxin.graph.system.Today;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in by its API token ({@code Authorization: Bearer <secret>}) as the token's holder, with the
 * holder's rights as they are now. An unknown, expired or revoked token, or one whose holder has been disabled,
 * is answered 401 at once: the request is not tried as anybody else.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	/** A request signed in by an API token: its holder is the principal. */
	static final class ApiTokenAuthentication extends AbstractAuthenticationToken {

		private final UserAccount holder;

		private final String tokenId;

		ApiTokenAuthentication(UserAccount holder, String tokenId) {
			super(holder.getAuthorities());
			this.holder = holder;
			this.tokenId = tokenId;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public UserAccount getPrincipal() {
			return this.holder;
		}

		String tokenId() {
			return this.tokenId;
		}

	}

	private final ApiTokens tokens;

	private final Today today;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	// like HTTP Basic, a token signs in one request: nothing goes into a session
	private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

	ApiTokenFilter(ApiTokens tokens, Today today) {
		this.tokens = tokens;
		this.today = today;
	}

	/** Whether the request carries a Bearer token, which no browser sends by itself. */
	static boolean carriesToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
		var today = this.today.date();
		Optional<Presented> token = this.tokens.presented(secret).filter(presented -> presented.token().validOn(today));
		Optional<UserAccount> holder = token.map(valid -> valid.holder().account()).filter(UserAccount::enabled);
		if (holder.isEmpty()) {
			this.contexts.clearContext();
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"errors\":[{\"message\":\"API 令牌无效、已过期或已撤销\"}]}");
			return;
		}
		this.tokens.used(secret, token.get(), today);
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(holder.get(), token.get().token().id()));
		this.contexts.setContext(context);
		this.requestContexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

}
