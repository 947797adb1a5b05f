package cn.tongxin.graph.system;

import java.util.List;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.language.IntValue;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;

/**
 * What a GraphQL document costs, weighed by what its fields really ask of the graph, and the refusal of a
 * document over the budget before any of it runs. Each feature states its fields' costs in its schema:
 * {@code @cost(weight, multipliedBy)} for what the field itself costs (a network by its depth times its limit) and
 * {@code @listSize(slicingArgument, assumedSize)} for how many items a list brings, each costing what is asked
 * of it. Any other field costs 1, and a list without {@code @listSize} counts its items once.
 */
class QueryCost extends MaxQueryComplexityInstrumentation {

	QueryCost(int budget) {
		super(budget, new Weights(budget));
	}

	@Override
	protected AbortExecutionException mkAbortException(int cost, int budget) {
		// a field is counted up to the budget only, so the cost said is a floor
		return new AbortExecutionException("请求的计算量至少为 " + cost + "，超过每个请求的上限 " + budget
				+ "：请减少字段、别名或列表大小（depth、limit、first），或分成几次请求");
	}

	/** Field costs as the schema states them; none is counted above the budget, so that sums cannot overflow. */
	static final class Weights implements FieldComplexityCalculator {

		private final long ceiling;

		Weights(int budget) {
			this.ceiling = budget + 1L;
		}

		@Override
		public int calculate(FieldComplexityEnvironment environment, int childCost) {
			long own = 1;
			GraphQLAppliedDirective cost = environment.getFieldDefinition().getAppliedDirective("cost");
			if (cost != null) {
				own = Math.max(0, this.<Integer>value(cost, "weight", 1));
				for (String argument : this.<List<String>>value(cost, "multipliedBy", List.of())) {
					own = Math.min(this.ceiling, own * count(environment, argument, 1));
				}
			}
			long items = 1;
			GraphQLAppliedDirective listSize = environment.getFieldDefinition().getAppliedDirective("listSize");
			if (listSize != null) {
				long assumed = this.<Integer>value(listSize, "assumedSize", 1);
				String slicing = value(listSize, "slicingArgument", null);
				items = (slicing != null) ? count(environment, slicing, assumed) : assumed;
			}
			return (int) Math.min(this.ceiling, own + Math.min(this.ceiling, items) * childCost);
		}

		/** An Int argument as given, else its default, else {@code otherwise}; at least 1. */
		private static long count(FieldComplexityEnvironment environment, String name, long otherwise) {
			Object given = environment.getArguments().get(name);
			if (given == null) {
				GraphQLArgument argument = environment.getFieldDefinition().getArgument(name);
				if (argument != null && argument.hasSetDefaultValue()) {
					Object byDefault = argument.getArgumentDefaultValue().getValue();
					given = (byDefault instanceof IntValue literal) ? literal.getValue() : byDefault;
				}
			}
			return (given instanceof Number number) ? Math.max(1, number.longValue()) : Math.max(1, otherwise);
		}

		@SuppressWarnings("unchecked")
		private <T> T value(GraphQLAppliedDirective directive, String name, T otherwise) {
			GraphQLAppliedDirectiveArgument argument = directive.getArgument(name);
			Object value = (argument != null) ? argument.getValue() : null;
			return (value != null) ? (T) value : otherwise;
		}

	}

}
