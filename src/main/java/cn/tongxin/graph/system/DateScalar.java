package cn.tongxin.graph.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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

/** The {@code Date} scalar: a calendar date as ISO-8601 text ({@code 2025-06-30}), with no time or zone. */
@Configuration(proxyBeanMethods = false)
class DateScalar {

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
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException("日期应为 YYYY-MM-DD 格式，收到「" + text + "」");
				}
			}
			throw new CoercingParseValueException("日期应为 YYYY-MM-DD 格式的字符串");
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return LocalDate.parse(text.getValue());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseLiteralException("日期应为 YYYY-MM-DD 格式，收到「" + text.getValue() + "」");
				}
			}
			throw new CoercingParseLiteralException("日期应为 YYYY-MM-DD 格式的字符串");
		}

	}

}
