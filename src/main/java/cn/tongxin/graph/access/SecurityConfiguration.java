package cn.tongxin.graph.access;

import java.time.Clock;

import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.TongxinProperties;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Everything but the health endpoint needs a login. API clients send HTTP Basic with every request, statelessly
 * (no session is kept for them, so no CSRF token is needed); browser pages sign in with a form, keep a session
 * and must send its CSRF token. Which of the two a request without credentials is asked for depends on what it
 * accepts: a page gets the login form, anything else a 401 with {@code WWW-Authenticate: Basic}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain security(HttpSecurity http, CurrentRights rights, TongxinProperties properties,
			ObjectProvider<Clock> clock) throws Exception {
		var sessions = new SignedInSessions(rights, properties.security().sessionLifetime(),
				clock.getIfAvailable(Clock::systemUTC));
		return http
			.securityContext(context -> context.securityContextRepository(
					new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/workbench/**", "/webjars/**").permitAll()
				.requestMatchers("/api/export/all")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(Role.ADMIN.name()),
						AuthorityAuthorizationManager.hasAuthority(UserAccount.PII)))
				.requestMatchers(HttpMethod.POST, "/api/import/all").hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/import/**").hasRole(Role.EDITOR.name())
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(basicUnlessGraphIsAway()))
			.formLogin(form -> form.loginPage("/login").permitAll().successHandler(notingTheSignIn(sessions)))
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientCredentials))
			.build();
	}

	private static AuthenticationSuccessHandler notingTheSignIn(SignedInSessions sessions) {
		var savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			sessions.signedIn(request, authentication);
			savedRequest.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * CSRF is a page of another site riding on the credentials a browser sends by itself: the session cookie. A
	 * request with its own Authorization header, or an API request with no session at all, has none to ride on;
	 * without this, an API client with no credentials would hear 403 (no CSRF token) instead of 401.
	 */
	private static boolean carriesNoAmbientCredentials(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean api = path.equals("/graphql") || path.startsWith("/graphql/") || path.startsWith("/api/");
		return api && request.getRequestedSessionId() == null;
	}

	/**
	 * Asks for Basic credentials, except when signing in failed because the graph could not be reached: then
	 * the password was never checked, and the honest answer is 503.
	 */
	private static AuthenticationEntryPoint basicUnlessGraphIsAway() {
		var basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Tongxin Graph");
		basic.afterPropertiesSet();
		return (request, response, failure) -> {
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
