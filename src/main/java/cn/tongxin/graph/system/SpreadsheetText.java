package cn.tongxin.graph.system;

import java.util.regex.Pattern;

/**
 * Text in a CSV file that people open in a spreadsheet. A cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is taken by Excel and its kin as a formula ({@code =HYPERLINK(...)} sends
 * data away), so such text is written with a leading apostrophe, which a spreadsheet shows as text and hides.
 * Reading a ledger undoes it, and text that already starts with apostrophes before such a character gets one
 * more, so that every stored text comes back exactly as it was.
 */
public final class SpreadsheetText {

	private static final Pattern LIVE = Pattern.compile("'*[=+\\-@\t\r]");

	private SpreadsheetText() {
	}

	/** The text as a cell a spreadsheet shows as text; numbers are not text and are written as they are. */
	public static String neutralised(String text) {
		return (text != null && LIVE.matcher(text).lookingAt()) ? "'" + text : text;
	}

	/** The text a {@linkplain #neutralised neutralised} cell stands for. */
	public static String restored(String cell) {
		return (cell != null && cell.startsWith("'") && LIVE.matcher(cell).lookingAt()) ? cell.substring(1) : cell;
	}

}
