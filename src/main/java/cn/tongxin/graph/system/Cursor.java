package cn.tongxin.graph.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;

/**
 * Opaque Relay cursors over a natural key. Clients must not build them, so the key is wrapped and encoded;
 * paging by key (not by offset) means no repeats or gaps when records are added between two pages.
 */
public final class Cursor {

	private static final String PREFIX = "k1:";

	private Cursor() {
	}

	public static String after(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The key a cursor stands after, or {@code null} for none. */
	public static String keyOf(String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				return decoded.substring(PREFIX.length());
			}
		}
		catch (IllegalArgumentException ex) {
			// not Base64: reported below like any other foreign cursor
		}
		throw new InvalidArgument("after：「" + cursor + "」不是本接口给出的游标，请使用上一页返回的 endCursor");
	}

	/**
	 * The key of a position made of several values, for lists ordered by more than a key (a date, then a kind):
	 * the values in order, joined by {@code |}; an unknown value is empty.
	 */
	public static String position(Object... values) {
		var parts = new ArrayList<String>();
		for (Object value : values) {
			parts.add((value != null) ? value.toString() : "");
		}
		return String.join("|", parts);
	}

	/**
	 * The values of the position a cursor stands after, one per pattern each must match, or {@code null} for no
	 * cursor. A cursor of another list is refused.
	 */
	public static String[] partsOf(String cursor, String... patterns) {
		String key = keyOf(cursor);
		if (key == null) {
			return null;
		}
		String[] parts = key.split("\\|", -1);
		if (parts.length != patterns.length) {
			throw notThisList(cursor);
		}
		for (int i = 0; i < parts.length; i++) {
			if (!parts[i].matches(patterns[i])) {
				throw notThisList(cursor);
			}
		}
		return parts;
	}

	/** A date among a cursor's values, or a refusal of the cursor when it is no date. */
	public static LocalDate date(String value, String cursor) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw notThisList(cursor);
		}
	}

	private static InvalidArgument notThisList(String cursor) {
		return new InvalidArgument("after：「" + cursor + "」不是这个列表的游标，请使用上一页返回的 endCursor");
	}

}
