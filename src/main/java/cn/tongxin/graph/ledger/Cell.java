package cn.tongxin.graph.ledger;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.tongxin.graph.enterprise.CreditCode;

/**
 * How the text of a non-blank cell becomes a stored value, or why it cannot. Codes, numbers and dates are
 * trimmed (a stray space from a spreadsheet means nothing); free text is stored exactly as given.
 */
@FunctionalInterface
interface Cell {

	Object parse(String text);

	static Cell text() {
		return text -> text;
	}

	/** An identifier such as a leader id: any text, without the surrounding spaces. */
	static Cell identifier() {
		return String::strip;
	}

	/** A telephone number: digits, with the separators people write (+, -, spaces, brackets). */
	static Cell phone() {
		Pattern pattern = Pattern.compile("[+(]?[0-9][0-9 ()\\-]{4,19}");
		return text -> {
			String phone = text.strip();
			if (!pattern.matcher(phone).matches()) {
				throw new CellRejected("应为电话号码（数字，可含 +、-、空格、括号）");
			}
			return phone;
		};
	}

	static Cell digits(int count) {
		Pattern pattern = Pattern.compile("\\d{" + count + "}");
		return text -> {
			String code = text.strip();
			if (!pattern.matcher(code).matches()) {
				throw new CellRejected("应为 " + count + " 位数字");
			}
			return code;
		};
	}

	static Cell creditCode() {
		return text -> {
			String code = text.strip();
			String problem = CreditCode.problemWith(code);
			if (problem != null) {
				throw new CellRejected(problem);
			}
			return code;
		};
	}

	static <E extends Enum<E>> Cell oneOf(Class<E> values) {
		String allowed = Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
		return text -> {
			String name = text.strip();
			for (E value : values.getEnumConstants()) {
				if (value.name().equals(name)) {
					return name;
				}
			}
			throw new CellRejected("应为 " + allowed + " 之一");
		};
	}

	static Cell wholeNumber(long min, long max) {
		return text -> {
			long number;
			try {
				number = Long.parseLong(text.strip());
			}
			catch (NumberFormatException ex) {
				throw new CellRejected("应为整数");
			}
			if (number < min || number > max) {
				throw new CellRejected(rangeReason(number < min, min, max));
			}
			return number;
		};
	}

	/** A year from {@code first} up to the current one, which is read at each import, not once. */
	static Cell yearSince(int first) {
		return text -> wholeNumber(first, Year.now().getValue()).parse(text);
	}

	static Cell decimal(double min, double max) {
		return text -> {
			double number;
			try {
				number = Double.parseDouble(text.strip());
			}
			catch (NumberFormatException ex) {
				throw new CellRejected("应为数字");
			}
			if (!Double.isFinite(number)) {
				throw new CellRejected("应为数字");
			}
			if (number < min || number > max) {
				throw new CellRejected(rangeReason(number < min, min, max));
			}
			return number;
		};
	}

	static Cell date() {
		return text -> {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new CellRejected("日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
			}
		};
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
