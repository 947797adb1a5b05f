package cn.tongxin.graph.ledger;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A rule over several cells of one row; the cells are already read, by header. */
@FunctionalInterface
public interface RowRule {

	/** Why the row breaks the rule, about which column, or {@code null} when it does not. */
	Reason problemWith(Map<String, Object> row);

	/** As {@link #problemWith(Map)}, for a rule that depends on the day of the import. */
	default Reason problemWith(Map<String, Object> row, LocalDate today) {
		return problemWith(row);
	}

	/** A date, when given, not after the day of the import. */
	static RowRule notAfterToday(String header) {
		return new RowRule() {

			@Override
			public Reason problemWith(Map<String, Object> row) {
				return null;
			}

			@Override
			public Reason problemWith(Map<String, Object> row, LocalDate today) {
				return (row.get(header) instanceof LocalDate date && date.isAfter(today))
						? new Reason(header, header + " " + date + "：不能晚于今天（" + today + "）") : null;
			}

		};
	}

	/** A later date, when given, is not before an earlier one: an end not before its start. */
	static RowRule notBefore(String later, String earlier) {
		return row -> {
			if (row.get(later) instanceof LocalDate end && row.get(earlier) instanceof LocalDate start
					&& end.isBefore(start)) {
				return new Reason(later, later + " " + end + "：不能早于 " + earlier + " " + start);
			}
			return null;
		};
	}

	/** Two columns that mean something only together, such as latitude and longitude. */
	static RowRule together(String one, String other) {
		return row -> ((row.get(one) == null) != (row.get(other) == null))
				? new Reason(one, one + " 与 " + other + " 须同时填写或同时留空") : null;
	}

	/** A column that becomes required when another has one of some values. */
	static RowRule requiredWhen(String header, String condition, Set<String> values) {
		return row -> (row.get(header) == null && values.contains(row.get(condition)))
				? new Reason(header, header + "：" + condition + " 为 " + row.get(condition) + " 时必填") : null;
	}

}
