package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.ledger.Column.Reference;
import cn.tongxin.graph.ledger.Sheet.ReadRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ledgers of a directory ({@code towns.csv}, {@code villages.csv}, ... as the import takes them) checked by
 * the import's own rules and written as the files of Neo4j's bulk importer, for a first load into an empty store.
 * The graph they make is the one the import makes (see {@code queries/ledger/*-upsert.cypher}): the same labels,
 * properties and ties. Rows are checked as the import checks them, against the ledgers before them in load order
 * instead of the graph; the friendships are kept until their contacts are read, for their last contact.
 */
final class BulkLedgers {

	/** The label and key of each ledger of records; friendships and pairings are ties, contacts are placed apart. */
	private static final Map<String, String> LABELS = Map.of("towns", "Town", "villages", "Village", "enterprises",
			"Enterprise", "leaders", "Leader", "representatives", "Representative", "projects", "Project");

	/** The tie each reference column makes, and whether it points from the record to the one it names. */
	private static final Map<String, Tie> TIES = Map.of("townCode", new Tie("IN_TOWN", true), "enterpriseCreditCode",
			new Tie("RUNS", true), "villageCode", new Tie("BENEFITS", true));

	/** In a project, the enterprise carries it out: that tie points to the project. */
	private static final Tie CARRIES_OUT = new Tie("CARRIES_OUT", false);

	/** Bulk-importer types of the properties that are not text. */
	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("households", "long"),
			Map.entry("employees", "long"), Map.entry("birthYear", "long"), Map.entry("latitude", "double"),
			Map.entry("longitude", "double"), Map.entry("investmentWan", "double"), Map.entry("since", "date"),
			Map.entry("until", "date"), Map.entry("started", "date"), Map.entry("date", "date"),
			Map.entry("ledgerLastContact", "date"), Map.entry("lastContact", "date"));

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final Path target;

	private final LocalDate today;

	private final Map<String, Set<Object>> keysByKind = new HashMap<>();

	private final Map<List<Object>, Friendship> friendships = new LinkedHashMap<>();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Integer> loaded = new LinkedHashMap<>();

	private final List<String> importerArguments = new ArrayList<>();

	private boolean multilineText;

	private BulkLedgers(Path target, LocalDate today) {
		this.target = target;
		this.today = today;
	}

	/**
	 * Reads every ledger of {@code source} there is, in load order, and writes the importer's files into
	 * {@code target}.
	 * @throws UnreadableLedger when a file cannot be read as its ledger
	 */
	static BulkLedgers write(Path source, Path target, LocalDate today) {
		var ledgers = new BulkLedgers(target, today);
		try {
			Files.createDirectories(target);
			for (Sheet sheet : Sheets.IN_LOAD_ORDER) {
				Path file = source.resolve(sheet.kind() + ".csv");
				if (Files.isRegularFile(file)) {
					ledgers.load(sheet, file.getFileName().toString(), read(file));
				}
			}
			ledgers.writeFriendships();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ledgers;
	}

	private static LedgerFile read(Path file) throws IOException {
		try {
			return LedgerFile.read(Files.readAllBytes(file));
		}
		catch (UnreadableLedger ex) {
			throw new UnreadableLedger(file.getFileName() + "：" + ex.getMessage());
		}
	}

	/** The rows refused, each as {@code villages.csv 第 12 行：why}; nothing may be loaded while there are any. */
	List<String> problems() {
		return this.problems;
	}

	/** How many rows each ledger read has, in load order. */
	Map<String, Integer> loaded() {
		return this.loaded;
	}

	/** The importer's {@code --nodes} and {@code --relationships} arguments for the files written. */
	List<String> importerArguments() {
		var arguments = new ArrayList<>(this.importerArguments);
		// Parsing a field over several lines costs the importer its parallel reading: only when a cell needs it.
		arguments.add("--multiline-fields=" + this.multilineText);
		arguments.add("--ignore-empty-strings=true");
		return arguments;
	}

	private void load(Sheet sheet, String file, LedgerFile ledger) throws IOException {
		List<String> missing = sheet.missingColumns(new HashSet<>(ledger.headers()));
		if (!missing.isEmpty()) {
			throw new UnreadableLedger(file + " 缺少必需的列：" + String.join("、", missing) + "（第 1 行应为列名）");
		}
		var firstLineOfKey = new HashMap<List<Object>, Integer>();
		int rows = 0;
		try (var writer = new LedgerWriter(sheet)) {
			for (LedgerFile.Row row : ledger.rows()) {
				ReadRow read = sheet.read(row);
				String problem = read.rejected() ? read.problem()
						: problemWith(sheet, read.properties(), row.line(), firstLineOfKey);
				if (problem != null) {
					this.problems.add(file + " 第 " + row.line() + " 行：" + problem);
					continue;
				}
				writer.write(read.properties());
				rows++;
			}
		}
		this.loaded.put(sheet.kind(), rows);
	}

	/** Why a row that reads well cannot be loaded: a key used before, a record it names missing, a date outside. */
	private String problemWith(Sheet sheet, Map<String, Object> properties, int line,
			Map<List<Object>, Integer> firstLineOfKey) {
		Integer first = firstLineOfKey.putIfAbsent(sheet.keyOf(properties), line);
		if (first != null) {
			return sheet.describeKey(properties) + "：与第 " + first + " 行重复，同一文件中只能出现一次";
		}
		var missing = new ArrayList<String>();
		for (Column column : sheet.columns()) {
			Object value = properties.get(column.property());
			Reference reference = column.references();
			if (reference != null && value != null
					&& !this.keysByKind.getOrDefault(reference.kind(), Set.of()).contains(value)) {
				missing.add(column.header() + " " + value + "：没有这个" + reference.noun() + "，请先导入 " + reference.kind()
						+ " 台账");
			}
		}
		if (!missing.isEmpty()) {
			return String.join("；", missing);
		}
		if (sheet.during() != null) {
			return outsideItsFriendship(sheet, properties);
		}
		return null;
	}

	private String outsideItsFriendship(Sheet sheet, Map<String, Object> properties) {
		Sheet.During during = sheet.during();
		Friendship friendship = this.friendships.get(List.of(properties.get("leaderId"), properties.get("representativeId")));
		var date = (LocalDate) properties.get(sheet.column(during.dateHeader()).property());
		if (friendship == null) {
			return Sheets.FRIENDSHIPS.describeKey(properties) + "：二人没有" + during.noun() + "，请先导入 friendships 台账";
		}
		if (date.isAfter(this.today)) {
			return during.dateHeader() + " " + date + "：不能晚于今天（" + this.today + "）";
		}
		if (date.isBefore(friendship.since)) {
			return during.dateHeader() + " " + date + "：早于" + during.noun() + "开始的日期 " + friendship.since;
		}
		if (friendship.until != null && date.isAfter(friendship.until)) {
			return during.dateHeader() + " " + date + "：晚于" + during.noun() + "结束的日期 " + friendship.until;
		}
		if (friendship.newestContact == null || date.isAfter(friendship.newestContact)) {
			friendship.newestContact = date;
		}
		return null;
	}

	/** Last of all: a friendship's last contact is the newer of its ledger's and its newest recorded contact. */
	private void writeFriendships() throws IOException {
		if (this.friendships.isEmpty()) {
			return;
		}
		try (var printer = printer("BEFRIENDS", false, ":START_ID(Leader)", ":END_ID(Representative)", "since:date",
				"until:date", "ledgerLastContact:date", "lastContact:date")) {
			for (var entry : this.friendships.entrySet()) {
				Friendship friendship = entry.getValue();
				LocalDate last = friendship.ledgerLastContact;
				if (friendship.newestContact != null && (last == null || friendship.newestContact.isAfter(last))) {
					last = friendship.newestContact;
				}
				printer.printRecord(entry.getKey().get(0), entry.getKey().get(1), friendship.since, friendship.until,
						friendship.ledgerLastContact, last);
			}
		}
	}

	private CSVPrinter printer(String name, boolean nodes, String... header) throws IOException {
		Path file = this.target.resolve(name + (nodes ? "-nodes" : "-ties") + "-" + this.importerArguments.size() + ".csv");
		this.importerArguments.add((nodes ? "--nodes=" : "--relationships=") + name + "=" + file);
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord((Object[]) header);
		return printer;
	}

	private static String typed(String property) {
		String type = TYPES.get(property);
		return (type != null) ? property + ":" + type : property;
	}

	/** One ledger's rows as importer files: records, their ties, or (contacts) both. */
	private final class LedgerWriter implements AutoCloseable {

		private final Sheet sheet;

		private final List<String> properties = new ArrayList<>();

		private CSVPrinter records;

		private final Map<String, CSVPrinter> ties = new LinkedHashMap<>();

		private final Map<String, Boolean> outgoing = new HashMap<>();

		private final Set<Object> keys = new HashSet<>();

		private final String key;

		LedgerWriter(Sheet sheet) throws IOException {
			this.sheet = sheet;
			this.key = sheet.column(sheet.keyHeaders().get(0)).property();
			String label = LABELS.get(sheet.kind());
			if (label != null) {
				String key = this.key;
				var header = new ArrayList<String>();
				for (Column column : sheet.columns()) {
					if (column.references() == null) {
						this.properties.add(column.property());
						header.add(column.property().equals(key) ? key + ":ID(" + label + ")" : typed(column.property()));
					}
				}
				if (this.properties.contains("latitude")) {
					header.add("location:point{crs:WGS-84}");
				}
				this.records = printer(label, true, header.toArray(String[]::new));
				for (Column column : sheet.columns()) {
					if (column.references() != null) {
						Tie tie = tieOf(column);
						this.outgoing.put(column.property(), tie.outgoing());
						String named = LABELS.get(column.references().kind());
						this.ties.put(column.property(), tie.outgoing()
								? printer(tie.type(), false, ":START_ID(" + label + ")", ":END_ID(" + named + ")")
								: printer(tie.type(), false, ":START_ID(" + named + ")", ":END_ID(" + label + ")"));
					}
				}
			}
			else if (sheet == Sheets.CONTACTS) {
				this.records = printer("Contact", true, ":ID(Contact)", "leaderId", "representativeId", "date:date", "kind",
						"note");
				this.ties.put("leaderId", printer("MADE_CONTACT", false, ":START_ID(Leader)", ":END_ID(Contact)"));
				this.ties.put("representativeId", printer("WITH", false, ":START_ID(Contact)", ":END_ID(Representative)"));
			}
			else if (sheet == Sheets.PAIRINGS) {
				this.records = printer("PAIRED_WITH", false, ":START_ID(Enterprise)", ":END_ID(Village)", "since:date",
						"until:date");
			}
		}

		private Tie tieOf(Column column) {
			return (this.sheet == Sheets.PROJECTS && column.property().equals("enterpriseCreditCode")) ? CARRIES_OUT
					: TIES.get(column.property());
		}

		void write(Map<String, Object> row) throws IOException {
			if (this.sheet == Sheets.FRIENDSHIPS) {
				BulkLedgers.this.friendships.put(List.of(row.get("leaderId"), row.get("representativeId")),
						new Friendship((LocalDate) row.get("since"), (LocalDate) row.get("until"),
								(LocalDate) row.get("lastContact")));
				return;
			}
			if (this.sheet == Sheets.PAIRINGS) {
				this.records.printRecord(row.get("enterpriseCreditCode"), row.get("villageCode"), row.get("since"),
						row.get("until"));
				return;
			}
			if (this.sheet == Sheets.CONTACTS) {
				// a contact is known by four properties; the importer only needs an id for its two ties
				String id = String.valueOf(this.keys.size());
				this.keys.add(id);
				this.records.printRecord(id, row.get("leaderId"), row.get("representativeId"), row.get("date"), row.get("kind"),
						note(row.get("note")));
				this.ties.get("leaderId").printRecord(row.get("leaderId"), id);
				this.ties.get("representativeId").printRecord(id, row.get("representativeId"));
				return;
			}
			var values = new ArrayList<Object>();
			for (String property : this.properties) {
				values.add(note(row.get(property)));
			}
			if (this.properties.contains("latitude")) {
				values.add((row.get("latitude") != null)
						? "{latitude:" + row.get("latitude") + ", longitude:" + row.get("longitude") + "}" : null);
			}
			this.records.printRecord(values);
			String key = row.get(this.key).toString();
			this.keys.add(key);
			for (var tie : this.ties.entrySet()) {
				Object named = row.get(tie.getKey());
				if (named != null) {
					boolean outgoing = this.outgoing.get(tie.getKey());
					tie.getValue().printRecord(outgoing ? key : named, outgoing ? named : key);
				}
			}
		}

		/** Notes whether any text runs over several lines. */
		private Object note(Object value) {
			if (value instanceof String text && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
				BulkLedgers.this.multilineText = true;
			}
			return value;
		}

		@Override
		public void close() throws IOException {
			if (this.records != null) {
				this.records.close();
			}
			for (CSVPrinter tie : this.ties.values()) {
				tie.close();
			}
			BulkLedgers.this.keysByKind.put(this.sheet.kind(), this.keys);
		}

	}

	private record Tie(String type, boolean outgoing) {
	}

	private static final class Friendship {

		final LocalDate since;

		final LocalDate until;

		final LocalDate ledgerLastContact;

		LocalDate newestContact;

		Friendship(LocalDate since, LocalDate until, LocalDate ledgerLastContact) {
			this.since = since;
			this.until = until;
			this.ledgerLastContact = ledgerLastContact;
		}

	}

}
