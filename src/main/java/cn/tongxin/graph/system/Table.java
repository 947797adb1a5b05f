package cn.tongxin.graph.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table for people to open in a spreadsheet: a title, Chinese column headers and rows of text and numbers.
 * Written as CSV (UTF-8 with a BOM, so that Excel reads the Chinese; text that would start a formula
 * {@linkplain SpreadsheetText neutralised}) or as XLSX (a bold, frozen header row,
 * columns as wide as their contents, numbers as numbers).
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** A ratio (0..1) as a cell of percent with one decimal: 0.9467 as 94.7. */
	public static double percent(double ratio) {
		return Math.round(ratio * 1000) / 10.0;
	}

	/**
	 * This table as a download, {@code xlsx} or {@code csv}: the plain file name for every client, the Chinese one
	 * ({@code filename*}) for those that read it.
	 * @throws InvalidArgument for another format
	 */
	public ResponseEntity<byte[]> download(String chineseName, String asciiName, String format) {
		return download(List.of(this), chineseName, asciiName, format);
	}

	/**
	 * Several tables as one download: as {@code xlsx} a workbook with a sheet per table, in order, each sheet named
	 * by its table's title; as {@code csv} the first table only (a CSV file holds one table).
	 * @throws InvalidArgument for another format
	 */
	public static ResponseEntity<byte[]> download(List<Table> sheets, String chineseName, String asciiName,
			String format) {
		var bytes = new ByteArrayOutputStream();
		MediaType type;
		String extension = format.toLowerCase(Locale.ROOT);
		switch (extension) {
			case "xlsx" -> {
				writeXlsx(sheets, bytes);
				type = XLSX;
			}
			case "csv" -> {
				sheets.get(0).writeCsv(bytes);
				type = CSV;
			}
			default -> throw new InvalidArgument("format " + format + "：应为 xlsx 或 csv");
		}
		String chinese = ContentDisposition.attachment()
			.filename(chineseName + "." + extension, StandardCharsets.UTF_8)
			.build()
			.toString()
			.replaceFirst("^attachment; ", "");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + asciiName + "." + extension + "\"; " + chinese)
			.body(bytes.toByteArray());
	}

	/** Excel's limit on a column's width, in characters. */
	private static final int WIDEST = 80;

	public void writeCsv(OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
			csv.printRecord(this.headers.stream().map(SpreadsheetText::neutralised).toList());
			for (List<Object> row : this.rows) {
				csv.printRecord(row.stream().map(Table::csvCell).toList());
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void writeXlsx(OutputStream out) {
		writeXlsx(List.of(this), out);
	}

	/** A workbook with a sheet per table, in order. */
	public static void writeXlsx(List<Table> sheets, OutputStream out) {
		try (var workbook = new SXSSFWorkbook(200)) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			for (Table table : sheets) {
				table.writeSheet(workbook.createSheet(table.title), header);
			}
			workbook.write(out);
			workbook.dispose();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The header row (bold, frozen) and the rows: numbers as numbers, everything else as a text cell, which a
	 * spreadsheet never runs as a formula (only the CSV needs {@link SpreadsheetText#neutralised}).
	 */
	private void writeSheet(Sheet sheet, CellStyle header) {
		Row first = sheet.createRow(0);
		int[] widths = new int[this.headers.size()];
		for (int column = 0; column < this.headers.size(); column++) {
			Cell cell = first.createCell(column);
			cell.setCellValue(this.headers.get(column));
			cell.setCellStyle(header);
			widths[column] = width(this.headers.get(column));
		}
		for (int r = 0; r < this.rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> values = this.rows.get(r);
			for (int column = 0; column < values.size(); column++) {
				Object value = values.get(column);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(column);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(value.toString());
				}
				widths[column] = Math.max(widths[column], width(value.toString()));
			}
		}
		sheet.createFreezePane(0, 1);
		for (int column = 0; column < widths.length; column++) {
			sheet.setColumnWidth(column, Math.min(WIDEST, widths[column] + 2) * 256);
		}
	}

	/** Numbers as they are (-3.5 is a number); text that a spreadsheet would run as a formula, neutralised. */
	private static Object csvCell(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof Number) ? value : SpreadsheetText.neutralised(value.toString());
	}

	/** How many character widths a text takes: a Chinese character is about two Latin ones. */
	private static int width(String text) {
		return text.codePoints().map(c -> (c > 0x2E80) ? 2 : 1).sum();
	}

}
