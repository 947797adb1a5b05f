package cn.tongxin.graph.ledger;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import cn.tongxin.graph.system.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A ledger file as read: its headers and its rows, each with the line it starts on (the header is line 1).
 * {@link #scan} reads a file of any size as a stream, row by row, keeping none of them; the import scans a file
 * once to check that all of it is readable, so that a file that is not readable CSV costs nothing, and then again
 * to take its rows in batches. {@link #read} keeps a small file's rows.
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
		var rows = new ArrayList<Row>();
		List<String> headers = scan(new ByteArrayInputStream(content), rows::add);
		return new LedgerFile(headers, rows);
	}

	/**
	 * Reads a file through, handing each non-blank data row to {@code rows} as it is read, and answers the headers.
	 * The stream is closed.
	 * @throws UnreadableLedger when the file is empty, not UTF-8, or not CSV
	 */
	static List<String> scan(InputStream content, Consumer<Row> rows) {
		List<String> headers = null;
		boolean anyRow = false;
		long endOfPrevious = 0;
		try (Reader text = withoutByteOrderMark(content); CSVParser parser = CSVParser.parse(text, FORMAT)) {
			for (CSVRecord record : parser) {
				int line = (int) endOfPrevious + 1;
				endOfPrevious = parser.getCurrentLineNumber();
				if (headers == null) {
					headers = headers(record);
				}
				else if (!isBlank(record)) {
					anyRow = true;
					rows.accept(new Row(line, cells(headers, record)));
				}
			}
		}
		catch (UncheckedIOException | IOException ex) {
			if (ex instanceof CharacterCodingException || ex.getCause() instanceof CharacterCodingException) {
				throw new UnreadableLedger("文件不是 UTF-8 编码的 CSV：在 Excel 中请用“另存为 → CSV UTF-8（逗号分隔）”");
			}
			throw new UnreadableLedger("不是有效的 CSV 文件：第 " + (endOfPrevious + 1)
					+ " 行起的引号用法有误（引号要成对；用引号括起的格子，右引号后须紧跟逗号或换行）");
		}
		if (headers == null || (!anyRow && headers.stream().allMatch(String::isEmpty))) {
			throw new UnreadableLedger("文件是空的：第 1 行应为列名");
		}
		return headers;
	}

	/** The text of the file, strictly UTF-8, without the byte order mark Excel writes first. */
	private static Reader withoutByteOrderMark(InputStream content) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var text = new PushbackReader(new BufferedReader(new InputStreamReader(content, decoder)), 1);
		int first = text.read();
		if (first != -1 && first != '\uFEFF') {
			text.unread(first);
		}
		return text;
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
