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

}
