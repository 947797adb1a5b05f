package cn.tongxin.graph.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the graph cannot be reached, the API answers 503 with a message, ahead of security: signing in needs the
 * graph too, and a user should not be told their password is wrong when the database is away.
 */
@Configuration(proxyBeanMethods = false)
class GraphUnavailableFilter {

	/** Just ahead of Spring Security's filter chain (order -100). */
	static final int ORDER = -101;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphUnavailable(GraphAvailability availability) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if (availability.available()) {
					chain.doFilter(request, response);
					return;
				}
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setHeader("Retry-After", "5");
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write("{\"errors\":[{\"message\":\"图数据库暂时无法连接，请稍后再试；连上后服务会自动恢复\"}]}");
			}

		});
		registration.addUrlPatterns("/graphql", "/graphql/*", "/api/*");
		registration.setOrder(ORDER);
		return registration;
	}

}
