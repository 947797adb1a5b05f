package cn.tongxin.graph.access;

import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.system.TongxinProperties;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything but the health endpoint needs a login. Programs send an API token ({@code Authorization: Bearer})
 * or HTTP Basic with every request, statelessly; browser pages sign in with a form, keep a session (in the graph:
 * {@link SignedInSessions}) and must send its CSRF token. Which of the two a request without credentials is asked for depends on what it accepts: a page
 * gets the login form, anything else a 401 with {@code WWW-Authenticate: Basic}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Scripts, and everything else, only from the service itself; no page of the service inside a frame. Styles
	 * may be inline: GraphiQL and the charts set them from script.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Sign-ins are observed; each request's pass through every filter and its authorization are not: wrapping each
	 * of the chain's filters in an observation cost a measurable part of a small request (a profile of the request
	 * path), and the GraphQL observations already time every request.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http, UserAccounts accounts, PasswordEncoder passwords,
			SignInAttempts attempts, ApiTokens tokens, Today today,
			BrowserSessions browserSessions) throws Exception {
		var passwordCheck = new DaoAuthenticationProvider(accounts);
		passwordCheck.setPasswordEncoder(passwords);
		var sessions = new SignedInSessions(browserSessions);
		var csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setHeaderName("X-CSRF-TOKEN");
		csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return http
			// no instance keeps anything of a browser in memory: the session is in the graph, the CSRF token and
			// the page asked for before signing in in cookies, so that any instance answers the next request
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(pagesAskedFor()))
			// the only way to sign in with a password: no other provider to fall back on while a name is locked out
			.authenticationManager(new ProviderManager(new PasswordSignIn(passwordCheck, accounts, attempts)))
			.securityContext(context -> context.securityContextRepository(
					new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)))
			.addFilterBefore(new ApiTokenFilter(tokens, today), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/workbench/**", "/webjars/**").permitAll()
				// the login page with any of its notices (?error, ?locked, ?logout)
				.requestMatchers(HttpMethod.GET, "/login").permitAll()
				.requestMatchers("/api/export/all")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()),
						AuthorityAuthorizationManager.hasAuthority(UserAccount.PII)))
				.requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/import/all").hasRole(Role.ADMIN.name())
				.requestMatchers("/api/import/boundaries", "/api/import/boundaries/**").hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/import/**").hasRole(Role.EDITOR.name())
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(basicUnlessLockedOrGraphIsAway()))
			.formLogin(form -> form.loginPage("/login")
				.permitAll()
				.successHandler(notingTheSignIn(sessions))
				.failureHandler((request, response, failure) -> response.sendRedirect(
						request.getContextPath() + ((failure instanceof SignInLocked) ? "/login?locked" : "/login?error"))))
			.logout(logout -> logout.addLogoutHandler(sessions::signedOut))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
				.ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientCredentials))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	private static AuthenticationSuccessHandler notingTheSignIn(SignedInSessions sessions) {
		var savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
		savedRequest.setRequestCache(pagesAskedFor());
		return (request, response, authentication) -> {
			sessions.signedIn(request, response, authentication);
			savedRequest.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Where to go back to after signing in: a page the browser asked for (a GET for HTML), never a GraphQL post or
	 * a download, which the browser would be sent to as a page.
	 */
	private static CookieRequestCache pagesAskedFor() {
		var cache = new CookieRequestCache();
		cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod())
				&& request.getHeader(HttpHeaders.ACCEPT) != null
				&& request.getHeader(HttpHeaders.ACCEPT).contains(MediaType.TEXT_HTML_VALUE));
		return cache;
	}

	/**
	 * CSRF is a page of another site riding on credentials a browser sends by itself: the session cookie, or
	 * Basic credentials it was once asked for and remembers. A Bearer token is never sent by itself, and a program
	 * sending Basic is no browser (no session cookie, no {@code Origin} or {@code Sec-Fetch-*} headers, which
	 * browsers add to every request they could be tricked into); an API request with no credentials at all
	 * is refused anyway, and should hear 401, not 403 for a missing token.
	 */
	private static boolean carriesNoAmbientCredentials(HttpServletRequest request) {
		if (ApiTokenFilter.carriesToken(request)) {
			return true;
		}
		boolean browser = SignedInSessions.carriesSession(request) || request.getHeader(HttpHeaders.ORIGIN) != null
				|| request.getHeader("Sec-Fetch-Site") != null || request.getHeader("Sec-Fetch-Mode") != null;
		if (browser) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/graphql") || path.startsWith("/graphql/") || path.startsWith("/api/");
	}

	/**
	 * Asks for Basic credentials, except when the name is locked out (429, with when to try again), or when
	 * signing in failed because the graph could not be reached: then the password was never checked, and the
	 * honest answer is 503.
	 */
	private static AuthenticationEntryPoint basicUnlessLockedOrGraphIsAway() {
		var basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Tongxin Graph");
		basic.afterPropertiesSet();
		return (request, response, failure) -> {
			if (failure instanceof SignInLocked locked) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(locked.retryAfterSeconds()));
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write("{\"errors\":[{\"message\":\"" + locked.message() + "\"}]}");
				return;
			}
			if (failure instanceof InternalAuthenticationServiceException && GraphAvailability.unreachable(failure)) {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), "图数据库暂时无法连接，请稍后再试");
				return;
			}
			basic.commence(request, response, failure);
		};
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name()).implies(Role.EDITOR.name())
			.role(Role.EDITOR.name()).implies(Role.VIEWER.name())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder(TongxinProperties properties) {
		return new BCryptPasswordEncoder(properties.security().bcryptStrength());
	}

}
