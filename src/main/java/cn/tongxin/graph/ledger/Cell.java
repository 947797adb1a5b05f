package cn.tongxin.graph.ledger;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a cell becomes a stored value, or why it cannot: the text of a file's cell, or a value a mutation gives
 * typed (a date, a number, an enum), which is checked by the same rule without being turned into text first.
 * Codes, numbers and dates are trimmed (a stray space from a spreadsheet means nothing); free text is stored
 * exactly as given.
 */
public final class Cell {

	private final Function<String, Object> parse;

	private final Function<Object, Object> accept;

	private final String bulkType;

	private Cell(Function<String, Object> parse, Function<Object, Object> accept, String bulkType) {
		this.parse = parse;
		this.accept = accept;
		this.bulkType = bulkType;
	}

	/** A cell of text only: a typed value is accepted as its text. */
	private static Cell ofText(Function<String, Object> parse) {
		return new Cell(parse, value -> parse.apply(value.toString()), null);
	}

	/** The stored value of a non-blank cell's text. @throws CellRejected why the text breaks the rule */
	public Object parse(String text) {
		return this.parse.apply(text);
	}

	/** The stored value of a value given typed, or of text. @throws CellRejected why it breaks the rule */
	public Object accept(Object value) {
		return (value instanceof String text) ? parse(text) : this.accept.apply(value);
	}

	/** The bulk importer's type of the stored value: {@code long}, {@code double}, {@code date}; null for text. */
	String bulkType() {
		return this.bulkType;
	}

	public static Cell text() {
		return ofText(text -> text);
	}

	/** An identifier such as a leader id: any text, without the surrounding spaces. */
	public static Cell identifier() {
		return ofText(String::strip);
	}

	/** A code checked by {@code problemWith} (the reason it is wrong, or null), without the surrounding spaces. */
	public static Cell code(Function<String, String> problemWith) {
		return ofText(text -> {
			String code = text.strip();
			String problem = problemWith.apply(code);
			if (problem != null) {
				throw new CellRejected(problem);
			}
			return code;
		});
	}

	/** A telephone number: digits, with the separators people write (+, -, spaces, brackets). */
	public static Cell phone() {
		Pattern pattern = Pattern.compile("[+(]?[0-9][0-9 ()\\-]{4,19}");
		return code(phone -> pattern.matcher(phone).matches() ? null : "应为电话号码（数字，可含 +、-、空格、括号）");
	}

	public static Cell digits(int count) {
		Pattern pattern = Pattern.compile("\\d{" + count + "}");
		return code(code -> pattern.matcher(code).matches() ? null : "应为 " + count + " 位数字");
	}

	/** One of an enum's names; a mutation gives the enum itself. */
	public static <E extends Enum<E>> Cell oneOf(Class<E> values) {
		String allowed = Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
		Function<String, Object> parse = text -> {
			String name = text.strip();
			for (E value : values.getEnumConstants()) {
				if (value.name().equals(name)) {
					return name;
				}
			}
			throw new CellRejected("应为 " + allowed + " 之一");
		};
		return new Cell(parse, value -> {
			if (values.isInstance(value)) {
				return ((Enum<?>) value).name();
			}
			throw new CellRejected("应为 " + allowed + " 之一");
		}, null);
	}

	public static Cell wholeNumber(long min, long max) {
		Function<Long, Object> inRange = number -> {
			if (number < min || number > max) {
				throw new CellRejected(rangeReason(number < min, min, max));
			}
			return number;
		};
		return new Cell(text -> {
			try {
				return inRange.apply(Long.parseLong(text.strip()));
			}
			catch (NumberFormatException ex) {
				throw new CellRejected("应为整数");
			}
		}, value -> {
			if (value instanceof Integer || value instanceof Long) {
				return inRange.apply(((Number) value).longValue());
			}
			throw new CellRejected("应为整数");
		}, "long");
	}

	/** A year from {@code first} up to the current one, which is read at each import, not once. */
	public static Cell yearSince(int first) {
		return new Cell(text -> wholeNumber(first, Year.now().getValue()).parse(text),
				value -> wholeNumber(first, Year.now().getValue()).accept(value), "long");
	}

	public static Cell decimal(double min, double max) {
		Function<Double, Object> inRange = number -> {
			if (!Double.isFinite(number)) {
				throw new CellRejected("应为数字");
			}
			if (number < min || number > max) {
				throw new CellRejected(rangeReason(number < min, min, max));
			}
			return number;
		};
		return new Cell(text -> {
			try {
				return inRange.apply(Double.parseDouble(text.strip()));
			}
			catch (NumberFormatException ex) {
				throw new CellRejected("应为数字");
			}
		}, value -> {
			if (value instanceof Number number) {
				return inRange.apply(number.doubleValue());
			}
			throw new CellRejected("应为数字");
		}, "double");
	}

	/** {@code true} or {@code false}. */
	public static Cell bool() {
		return new Cell(text -> switch (text.strip()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new CellRejected("应为 true 或 false");
		}, value -> {
			if (value instanceof Boolean bool) {
				return bool;
			}
			throw new CellRejected("应为 true 或 false");
		}, "boolean");
	}

	public static Cell date() {
		return new Cell(text -> {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new CellRejected("日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
			}
		}, value -> {
			if (value instanceof LocalDate date) {
				return date;
			}
			throw new CellRejected("日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
		}, "date");
	}

	/** A range with a real upper end reads "between"; one capped only by what the graph stores, "at least". */
	private static String rangeReason(boolean tooSmall, Number min, Number max) {
		if (max.doubleValue() >= Integer.MAX_VALUE) {
			return tooSmall ? "不能小于 " + plain(min) : "不能大于 " + plain(max);
		}
		return "应在 " + plain(min) + " 到 " + plain(max) + " 之间";
	}

	private static String plain(Number number) {
		return (number.doubleValue() == Math.rint(number.doubleValue())) ? Long.toString(number.longValue())
				: number.toString();
	}

}
