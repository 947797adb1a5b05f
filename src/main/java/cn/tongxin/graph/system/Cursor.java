package cn.tongxin.graph.system;

import java.nio.charset.StandardCharsets;
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

}
