package cn.tongxin.graph.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What one GraphQL request may ask of the graph: how deep, how many fields, what they cost in all ({@link QueryCost}),
 * and how large a body. The time it may take is {@link RequestDeadline}'s.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

	/**
	 * A query console asks for the schema with a query 13 deep. Such a query reads the schema in memory, never the
	 * graph, so it gets its own, higher depth limit.
	 */
	static final int INTROSPECTION_MAX_DEPTH = 16;

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(TongxinProperties properties) {
		var forIntrospection = new MaxQueryDepthInstrumentation(INTROSPECTION_MAX_DEPTH);
		return new MaxQueryDepthInstrumentation(properties.graphql().maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return introspectionOnly(parameters) ? forIntrospection.beginExecuteOperation(parameters, state)
						: super.beginExecuteOperation(parameters, state);
			}

		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(TongxinProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.graphql().maxComplexity());
	}

	/** First of the limits: a document over its budget is refused for its cost, whatever else is wrong with it. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	QueryCost queryCost(TongxinProperties properties) {
		return new QueryCost(properties.graphql().maxCost());
	}

	/** Whether every field the operation asks for at its top is {@code __schema} or {@code __type}. */
	static boolean introspectionOnly(InstrumentationExecuteOperationParameters parameters) {
		var selections = parameters.getExecutionContext().getOperationDefinition().getSelectionSet().getSelections();
		return !selections.isEmpty() && selections.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimit> graphQlRequestSizeLimit(TongxinProperties properties) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeLimit(properties.graphql().maxRequestSize().toBytes()));
		registration.addUrlPatterns("/graphql");
		return registration;
	}

	/**
	 * Refuses a body larger than the limit with 413. A declared length is judged before anything is read; a
	 * chunked body is read up to one byte past the limit and, if it fits, handed on from memory.
	 */
	static class RequestSizeLimit extends OncePerRequestFilter {

		private final long maxBytes;

		RequestSizeLimit(long maxBytes) {
			this.maxBytes = maxBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > this.maxBytes) {
				refuse(response);
				return;
			}
			byte[] body = request.getInputStream().readNBytes((int) this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				refuse(response);
				return;
			}
			chain.doFilter(new BufferedBody(request, body), response);
		}

		private void refuse(HttpServletResponse response) throws IOException {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"请求过大：一个 GraphQL 请求最多 " + this.maxBytes + " 字节\"}]}");
		}

	}

	/** A request whose body has been read already, and is read again from memory. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already in memory");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
