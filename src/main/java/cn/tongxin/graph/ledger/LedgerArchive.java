package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Result;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole graph as a zip of ledger files in the import format, and back. The export reads every ledger in one
 * read-only transaction, so that the files agree with each other; the import takes the files in load order
 * through the ordinary import, so that every rule applies. A feature's data that is no ledger (the towns'
 * boundaries) travels as an {@link ArchivePart}, after the ledgers and before the users.
 */
@Service
public class LedgerArchive {

	static final String USERS = "users";

	/** What a zip may unpack to, at most: a district's ledgers are far smaller; a zip bomb is not. */
	static final long LARGEST_UNPACKED = 512L * 1024 * 1024;

	private static final List<String> USER_COLUMNS = List.of("username", "role", "pii", "enabled", "town_codes");

	private final Neo4jClient neo4j;

	private final Ledgers ledgers;

	private final LedgerImport ledgerImport;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final Map<String, String> exportQueries = new HashMap<>();

	private final String restoreUsers = CypherFile.load("ledger/archive-restore-users");

	private final List<ArchivePart> parts;

	LedgerArchive(Neo4jClient neo4j, Ledgers ledgers, LedgerImport ledgerImport,
			PlatformTransactionManager transactions, ObjectProvider<ArchivePart> parts) {
		this.neo4j = neo4j;
		this.parts = parts.orderedStream().toList();
		this.ledgers = ledgers;
		this.ledgerImport = ledgerImport;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		for (Sheet sheet : ledgers.inLoadOrder()) {
			this.exportQueries.put(sheet.kind(), CypherFile.load(sheet.cypherFile("export")));
		}
		this.exportQueries.put(USERS, CypherFile.load("ledger/archive-users"));
	}

	/**
	 * Writes the zip; {@code userTowns} is the exporting user's scope, taken while they were signed in. Records go
	 * to the zip as the graph answers them, so that a national graph needs no more memory than a district's.
	 */
	public void export(List<String> userTowns, OutputStream out) {
		this.reading.executeWithoutResult(status -> {
			try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
				for (Sheet sheet : this.ledgers.inLoadOrder()) {
					zip.putNextEntry(new ZipEntry(sheet.kind() + ".csv"));
					CSVPrinter csv = printer(zip, sheet.columns().stream().map(Column::header).toList());
					forEachRecord(sheet.kind(), userTowns, record -> writeLedgerRow(sheet, record, csv));
					csv.flush();
					zip.closeEntry();
				}
				for (ArchivePart part : this.parts) {
					zip.putNextEntry(new ZipEntry(part.entry()));
					part.export(userTowns, zip);
					zip.closeEntry();
				}
				zip.putNextEntry(new ZipEntry(USERS + ".csv"));
				CSVPrinter csv = printer(zip, USER_COLUMNS);
				forEachRecord(USERS, userTowns, user -> writeUser(user, csv));
				csv.flush();
				zip.closeEntry();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Imports a zip made by {@link #export}, kept in {@code archive}: each ledger it holds, in load order, then the
	 * users it names. Every entry is unpacked once first, counting, so that a zip bomb is refused before anything
	 * is written; each ledger is then read as a stream.
	 */
	public ArchiveReport importAll(Path archive, boolean dryRun) {
		try (var zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
			checkUnpackedSize(zip);
			var reports = new ArrayList<ImportReport>();
			for (String kind : this.ledgers.kinds()) {
				ZipEntry entry = zip.getEntry(kind + ".csv");
				if (entry != null) {
					reports.add(this.ledgerImport.importFile(kind, () -> zip.getInputStream(entry), dryRun));
				}
			}
			for (ArchivePart part : this.parts) {
				ZipEntry entry = zip.getEntry(part.entry());
				if (entry != null) {
					try (InputStream content = zip.getInputStream(entry)) {
						reports.add(part.restore(content, dryRun));
					}
				}
			}
			int users = 0;
			ZipEntry usersEntry = zip.getEntry(USERS + ".csv");
			if (usersEntry != null && !dryRun) {
				users = restoreUsers(zip.getInputStream(usersEntry));
			}
			return new ArchiveReport(reports, users);
		}
		catch (ZipException ex) {
			throw new UnreadableLedger("不是有效的 zip 备份文件");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What an archive import did: a report per ledger, and how many users were restored. */
	public record ArchiveReport(List<ImportReport> ledgers, int usersRestored) {
	}

	/** Hands each record of the export query to {@code write} as the graph streams it, within the transaction. */
	private void forEachRecord(String kind, List<String> userTowns, RecordWriter write) {
		var parameters = new HashMap<String, Object>();
		parameters.put("userTowns", userTowns);
		this.neo4j.delegateTo(runner -> {
			Result result = runner.run(this.exportQueries.get(kind), parameters);
			try {
				while (result.hasNext()) {
					write.write(result.next().get("properties").asMap());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Optional.empty();
		}).run();
	}

	private interface RecordWriter {

		void write(Map<String, Object> properties) throws IOException;

	}

	private static void writeLedgerRow(Sheet sheet, Map<String, Object> record, CSVPrinter csv) throws IOException {
		var cells = new ArrayList<String>();
		for (Column column : sheet.columns()) {
			cells.add(cell(record.get(column.property())));
		}
		csv.printRecord(cells);
	}

	private static void writeUser(Map<String, Object> user, CSVPrinter csv) throws IOException {
		@SuppressWarnings("unchecked")
		var towns = (List<String>) user.get("townCodes");
		csv.printRecord(cell(user.get("username")), user.get("role"), user.get("pii"), user.get("enabled"),
				String.join(";", towns));
	}

	private static CSVPrinter printer(OutputStream out, List<String> headers) throws IOException {
		// The zip entry must stay open after the CSV is written: the writer is flushed, not closed.
		var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
	}

	/**
	 * A cell as a clerk would type it: no exponent in numbers, ISO dates, empty for unknown, text that a spreadsheet
	 * would run as a formula neutralised (the import restores it); a number, negative or not, stays a number.
	 */
	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return SpreadsheetText.neutralised(value.toString());
	}

	private int restoreUsers(InputStream file) {
		var rows = new ArrayList<Map<String, Object>>();
		LedgerFile.scan(file, row -> {
			var user = new LinkedHashMap<String, Object>();
			user.put("username", row.cell("username"));
			user.put("role", row.cell("role"));
			user.put("pii", Boolean.parseBoolean(row.cell("pii")));
			user.put("enabled", Boolean.parseBoolean(row.cell("enabled")));
			String towns = row.cell("town_codes");
			user.put("townCodes", (towns == null || towns.isBlank()) ? List.of() : List.of(towns.split(";")));
			rows.add(user);
		});
		String by = AuditTrail.signedIn();
		return this.writing.execute(status -> this.neo4j.query(this.restoreUsers)
			.bindAll(Map.of("users", rows, "by", by))
			.run()
			.counters()
			.nodesCreated());
	}

	private static void checkUnpackedSize(ZipFile zip) throws IOException {
		if (zip.size() == 0) {
			throw new UnreadableLedger("不是有效的 zip 备份文件：里面没有台账");
		}
		long unpacked = 0;
		byte[] buffer = new byte[64 * 1024];
		for (ZipEntry entry : Collections.list(zip.entries())) {
			try (InputStream in = zip.getInputStream(entry)) {
				for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
					unpacked += read;
					if (unpacked > LARGEST_UNPACKED) {
						throw new UnreadableLedger("备份文件解压后超过 " + LARGEST_UNPACKED / 1024 / 1024 + " MB，不予导入");
					}
				}
			}
		}
	}

}
