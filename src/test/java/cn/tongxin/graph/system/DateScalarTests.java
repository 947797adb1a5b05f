package cn.tongxin.graph.system;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DateScalarTests {

	final GraphQLContext context = GraphQLContext.getDefault();

	@Test
	void writesAndReadsIsoDates() {
		var coercing = DateScalar.DATE.getCoercing();

		assertThat(coercing.serialize(LocalDate.of(2025, 6, 30), this.context, Locale.ROOT)).isEqualTo("2025-06-30");
		assertThat(coercing.parseValue("2024-02-29", this.context, Locale.ROOT)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(coercing.parseLiteral(new StringValue("2024-02-29"), CoercedVariables.emptyVariables(), this.context,
				Locale.ROOT))
			.isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void refusesDatesThatAreNotIsoWithTheFormatInTheMessage() {
		var coercing = DateScalar.DATE.getCoercing();

		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> coercing.parseValue("30/06/2025", this.context, Locale.ROOT))
			.withMessageContaining("YYYY-MM-DD");
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> coercing.parseValue("2025-02-30", this.context, Locale.ROOT));
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> coercing.parseLiteral(new IntValue(BigInteger.TEN), CoercedVariables.emptyVariables(),
					this.context, Locale.ROOT));
	}

	@Test
	void acceptsDatesFrom1900To2100Only() {
		var coercing = DateScalar.DATE.getCoercing();

		assertThat(coercing.parseValue("1900-01-01", this.context, Locale.ROOT)).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(coercing.parseValue("2100-12-31", this.context, Locale.ROOT)).isEqualTo(LocalDate.of(2100, 12, 31));
		for (String outside : new String[] { "1899-12-31", "2101-01-01", "-999999999-01-01", "+999999999-12-31" }) {
			assertThatExceptionOfType(CoercingParseValueException.class)
				.isThrownBy(() -> coercing.parseValue(outside, this.context, Locale.ROOT))
				.withMessageContaining("1900-01-01 到 2100-12-31");
			assertThatExceptionOfType(CoercingParseLiteralException.class)
				.isThrownBy(() -> coercing.parseLiteral(new StringValue(outside), CoercedVariables.emptyVariables(),
						this.context, Locale.ROOT))
				.withMessageContaining("1900-01-01 到 2100-12-31");
		}
	}

}
