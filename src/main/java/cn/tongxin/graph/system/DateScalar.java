package cn.tongxin.graph.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Date} scalar: a calendar date as ISO-8601 text ({@code 2025-06-30}), with no time or zone, from
 * {@link #EARLIEST} to {@link #LATEST}. The range keeps every date a request can name within reach of arithmetic
 * on days, months and years: no series between two dates can grow beyond a few thousand points.
 */
@Configuration(proxyBeanMethods = false)
class DateScalar {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date, ISO-8601: YYYY-MM-DD")
		.coercing(new IsoDateCoercing())
		.build();

	@Bean
	RuntimeWiringConfigurer dateScalarWiring() {
		return wiring -> wiring.scalar(DATE);
	}

	private static final class IsoDateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date: " + value.getClass().getSimpleName());
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return read(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("日期应为 YYYY-MM-DD 格式的字符串");
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				return read(text.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("日期应为 YYYY-MM-DD 格式的字符串");
		}

		/** The date the text names, refused with {@code refusal} when it is not one or lies outside the range. */
		private static LocalDate read(String text, Function<String, RuntimeException> refusal) {
			LocalDate date;
			try {
				date = LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw refusal.apply("日期应为 YYYY-MM-DD 格式，收到「" + text + "」");
			}
			if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
				throw refusal.apply("日期应在 " + EARLIEST + " 到 " + LATEST + " 之间，收到「" + text + "」");
			}
			return date;
		}

	}

}
