package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tongxin.graph.system.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A ledger file as read: its headers and its rows, each with the line it starts on (the header is line 1).
 * The whole file is read before anything is written, so a file that is not readable CSV costs nothing.
 */
record LedgerFile(List<String> headers, List<Row> rows) {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	/** One data row: its line number and its cells by header, a short row's missing cells read as empty. */
	record Row(int line, Map<String, String> cells) {

		String cell(String header) {
			return this.cells.get(header);
		}

		/** Whether the file has this column at all. */
		boolean has(String header) {
			return this.cells.containsKey(header);
		}

	}

	static LedgerFile read(byte[] content) {
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new UnreadableLedger("文件是空的：第 1 行应为列名");
		}
		List<String> headers = null;
		var rows = new ArrayList<Row>();
		long endOfPrevious = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			for (CSVRecord record : parser) {
				int line = (int) endOfPrevious + 1;
				endOfPrevious = parser.getCurrentLineNumber();
				if (headers == null) {
					headers = headers(record);
				}
				else if (!isBlank(record)) {
					rows.add(new Row(line, cells(headers, record)));
				}
			}
		}
		catch (UncheckedIOException | IOException ex) {
			throw new UnreadableLedger("不是有效的 CSV 文件：第 " + (endOfPrevious + 1)
					+ " 行起的引号用法有误（引号要成对；用引号括起的格子，右引号后须紧跟逗号或换行）");
		}
		return new LedgerFile(headers, rows);
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableLedger("文件不是 UTF-8 编码的 CSV：在 Excel 中请用“另存为 → CSV UTF-8（逗号分隔）”");
		}
	}

	/** Headers are matched without surrounding spaces and case, as spreadsheets are careless with both. */
	private static List<String> headers(CSVRecord record) {
		var headers = new ArrayList<String>();
		for (String value : record) {
			String header = value.strip().toLowerCase(Locale.ROOT);
			if (!header.isEmpty() && headers.contains(header)) {
				throw new UnreadableLedger("列名「" + header + "」出现了两次");
			}
			headers.add(header);
		}
		return headers;
	}

	/** A cell written neutralised against spreadsheet formulas ({@code '=...}) reads as the text it stands for. */
	private static Map<String, String> cells(List<String> headers, CSVRecord record) {
		var cells = new LinkedHashMap<String, String>();
		for (int i = 0; i < headers.size(); i++) {
			cells.put(headers.get(i), (i < record.size()) ? SpreadsheetText.restored(record.get(i)) : "");
		}
		return cells;
	}

	private static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
