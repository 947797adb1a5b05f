package cn.tongxin.graph.system;

import java.time.LocalDate;
import java.util.function.Function;

import org.neo4j.driver.Value;

/** Reading optional properties of a projected map: a missing or null property is {@code null} in Java too. */
public final class GraphValues {

	private GraphValues() {
	}

	public static String text(Value value) {
		return value.computeOrDefault(Value::asString, null);
	}

	public static Integer integer(Value value) {
		return value.computeOrDefault(Value::asInt, null);
	}

	public static Double decimal(Value value) {
		return value.computeOrDefault(Value::asDouble, null);
	}

	public static LocalDate date(Value value) {
		return value.computeOrDefault(Value::asLocalDate, null);
	}

	public static <E extends Enum<E>> E enumOf(Class<E> type, Value value) {
		Function<Value, E> read = v -> Enum.valueOf(type, v.asString());
		return value.computeOrDefault(read, null);
	}

}
