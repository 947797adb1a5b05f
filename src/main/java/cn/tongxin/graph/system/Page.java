package cn.tongxin.graph.system;

import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;

/**
 * A page of a list as a statement answers it, fetched one longer than asked (which tells whether another page
 * follows), and how long the whole list is: what {@link Connection#of} makes a Relay page of.
 */
public record Page<T>(int totalCount, List<T> fetched) {

	/** From a statement's {@code {totalCount: ..., page: [...]}}, each item read by {@code read}. */
	public static <T> Page<T> from(Value answer, Function<Value, T> read) {
		return new Page<>(answer.get("totalCount").asInt(), answer.get("page").asList(read));
	}

}
