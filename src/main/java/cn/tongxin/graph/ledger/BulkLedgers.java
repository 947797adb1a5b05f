package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * The graph they make is the one the import makes: each sheet's {@link Layout} and ties say what its rows are, as
 * its upsert Cypher writes them. Rows are checked as the import checks them, against the ledgers before them in
 * load order instead of the graph, and by the rules across records their sheets declare ({@link RecordRule}) for
 * what the import's {@code <kind>-rules} ask the graph; the records that others are dated within (friendships) are kept until those
 * are read, for the newest date they follow (the last contact).
 */
final class BulkLedgers {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final Ledgers sheets;

	private final Path target;

	private final LocalDate today;

	private final Map<String, Set<Object>> keysByKind = new HashMap<>();

	/** The ledgers whose records another ledger names: only their keys are kept. */
	private final Set<String> named = new HashSet<>();

	/** The rows of the ledgers others are dated within, by kind and key: written last. */
	private final Map<String, Map<List<Object>, Map<String, Object>>> periods = new LinkedHashMap<>();

	/** The newest date recorded within each of those rows, by kind and key. */
	private final Map<String, Map<List<Object>, LocalDate>> newest = new HashMap<>();

	/**
	 * For the rules that a record lies within another, where each record lies: by named ledger and place ledger
	 * (villages, towns), the place's key by the record's key; filled as the named ledger is written.
	 */
	private final Map<List<String>, Map<Object, Object>> places = new HashMap<>();

	/** For the rules that a record is named once, the key of the row that named it, by ledger and column. */
	private final Map<List<String>, Map<Object, String>> namedBy = new HashMap<>();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Integer> loaded = new LinkedHashMap<>();

	private final List<String> importerArguments = new ArrayList<>();

	private boolean multilineText;

	private BulkLedgers(Ledgers sheets, Path target, LocalDate today) {
		this.sheets = sheets;
		this.target = target;
		this.today = today;
		for (Sheet sheet : sheets.inLoadOrder()) {
			for (Column column : sheet.columns()) {
				if (column.references() != null) {
					this.named.add(column.references().kind());
				}
			}
			for (RecordRule rule : sheet.recordRules()) {
				if (rule instanceof RecordRule.Within within) {
					this.places.put(List.of(sheet.column(within.header()).references().kind(),
							sheet.column(within.in()).references().kind()), new HashMap<>());
				}
			}
		}
	}

	/**
	 * Reads every ledger of {@code source} there is, of {@code sheets} in load order, and writes the importer's
	 * files into {@code target}.
	 * @throws UnreadableLedger when a file cannot be read as its ledger
	 */
	static BulkLedgers write(Ledgers sheets, Path source, Path target, LocalDate today) {
		var ledgers = new BulkLedgers(sheets, target, today);
		try {
			Files.createDirectories(target);
			for (Sheet sheet : sheets.inLoadOrder()) {
				if (sheet.during() != null) {
					ledgers.periods.putIfAbsent(sheet.during().kind(), new LinkedHashMap<>());
				}
			}
			for (Sheet sheet : sheets.inLoadOrder()) {
				Path file = source.resolve(sheet.kind() + ".csv");
				if (Files.isRegularFile(file)) {
					ledgers.load(sheet, file);
				}
			}
			ledgers.writePeriods();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ledgers;
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

	/**
	 * Reads one ledger's file as a stream, row by row (a national members file has gigabytes), writing each row
	 * as it is checked; only what later rows and ledgers are checked against is kept.
	 */
	private void load(Sheet sheet, Path path) throws IOException {
		String file = path.getFileName().toString();
		var firstLineOfKey = new HashMap<List<Object>, Integer>();
		var rows = new int[1];
		var columnsChecked = new boolean[1];
		Map<List<Object>, Map<String, Object>> kept = this.periods.get(sheet.kind());
		try (var writer = (kept != null) ? null : new LedgerWriter(sheet);
				InputStream content = Files.newInputStream(path)) {
			List<String> headers = LedgerFile.scan(content, row -> {
				if (!columnsChecked[0]) {
					requireColumns(sheet, file, row.cells().keySet());
					columnsChecked[0] = true;
				}
				ReadRow read = sheet.read(row, this.today);
				String problem = read.rejected() ? read.problem()
						: problemWith(sheet, read.properties(), row.line(), firstLineOfKey);
				if (problem != null) {
					this.problems.add(file + " 第 " + row.line() + " 行：" + problem);
					return;
				}
				if (kept != null) {
					kept.put(sheet.keyOf(read.properties()), read.properties());
				}
				else {
					writeQuietly(writer, read.properties());
				}
				rows[0]++;
			});
			requireColumns(sheet, file, headers);
		}
		catch (WriteFailed ex) {
			throw ex.getCause();
		}
		catch (UnreadableLedger ex) {
			throw ex.getMessage().startsWith(file) ? ex : new UnreadableLedger(file + "：" + ex.getMessage());
		}
		this.loaded.put(sheet.kind(), rows[0]);
	}

	private static void requireColumns(Sheet sheet, String file, Collection<String> headers) {
		List<String> missing = sheet.missingColumns(new HashSet<>(headers));
		if (!missing.isEmpty()) {
			throw new UnreadableLedger(file + " 缺少必需的列：" + String.join("、", missing) + "（第 1 行应为列名）");
		}
	}

	/** Writes a row from inside the file's scan, whose own handling of I/O failures is about reading. */
	private static void writeQuietly(LedgerWriter writer, Map<String, Object> row) {
		try {
			writer.write(row);
		}
		catch (IOException ex) {
			throw new WriteFailed(ex);
		}
	}

	/** A failure to write the importer's files, carried out of the scan of the file being read. */
	private static final class WriteFailed extends RuntimeException {

		WriteFailed(IOException cause) {
			super(cause);
		}

		@Override
		public synchronized IOException getCause() {
			return (IOException) super.getCause();
		}

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
		String broken = brokenRecordRules(sheet, properties);
		if (broken != null) {
			return broken;
		}
		Sheet.During during = sheet.during();
		if (during != null) {
			Sheet period = this.sheets.get(during.kind());
			List<Object> key = period.keyOf(properties);
			Reason problem = during.problemWith(sheet, properties, period, this.periods.get(during.kind()).get(key),
					this.today);
			if (problem != null) {
				return problem.message();
			}
			var date = (LocalDate) properties.get(sheet.column(during.dateHeader()).property());
			this.newest.computeIfAbsent(during.kind(), kind -> new HashMap<>()).merge(key, date,
					(one, other) -> one.isAfter(other) ? one : other);
		}
		return null;
	}

	/**
	 * The sheet's rules across records, as its {@code <kind>-rules} Cypher checks them on import, checked against
	 * the ledgers read before; a record named once is the first row's to name it.
	 */
	private String brokenRecordRules(Sheet sheet, Map<String, Object> properties) {
		var reasons = new ArrayList<Reason>();
		for (RecordRule rule : sheet.recordRules()) {
			if (rule instanceof RecordRule.Within within) {
				Column named = sheet.column(within.header());
				Object value = properties.get(named.property());
				Column place = sheet.column(within.in());
				Object placeValue = properties.get(place.property());
				if (value != null && (placeValue == null || !placeValue.equals(placesOf(named, place).get(value)))) {
					reasons.add(within.problem(value, place, placeValue));
				}
			}
			else if (rule instanceof RecordRule.NamedOnce once) {
				Object value = properties.get(sheet.column(once.header()).property());
				String first = (value != null) ? this.namedBy
					.computeIfAbsent(List.of(sheet.kind(), once.header()), rows -> new HashMap<>())
					.putIfAbsent(value, sheet.keyText(properties)) : null;
				if (first != null) {
					reasons.add(once.problem(value, sheet.title(), first));
				}
			}
		}
		return reasons.isEmpty() ? null : Reason.joined(reasons);
	}

	/**
	 * Where each record {@code named} names lies, the records {@code place} names, by key: the place column of the
	 * named ledger that names a record of the same ledger as {@code place}, a village's town.
	 */
	private Map<Object, Object> placesOf(Column named, Column place) {
		return this.places.getOrDefault(List.of(named.references().kind(), place.references().kind()), Map.of());
	}

	/**
	 * Last of all, the records others are dated within; a column that follows their newest date keeps the newer
	 * of it and the ledger's own, which is kept as stated.
	 */
	private void writePeriods() throws IOException {
		for (var period : this.periods.entrySet()) {
			if (period.getValue().isEmpty()) {
				continue;
			}
			Map<List<Object>, LocalDate> newestOf = this.newest.getOrDefault(period.getKey(), Map.of());
			Sheet.During following = this.sheets.inLoadOrder()
				.stream()
				.map(Sheet::during)
				.filter(during -> during != null && during.kind().equals(period.getKey()) && during.newest() != null)
				.findFirst()
				.orElse(null);
			try (var writer = new LedgerWriter(this.sheets.get(period.getKey()), following)) {
				for (var row : period.getValue().entrySet()) {
					writer.write(row.getValue(), newestOf.get(row.getKey()));
				}
			}
		}
	}

	/** Adds a node of its own to the load, after the ledgers. */
	void add(InitialLoad.Note note) throws IOException {
		var header = new ArrayList<String>();
		var values = new ArrayList<Object>();
		note.properties().forEach((name, value) -> {
			if (value instanceof List<?> list) {
				header.add(name + ":string[]");
				values.add(String.join(";", list.stream().map(String::valueOf).toList()));
			}
			else {
				header.add(name + ((value instanceof Long) ? ":long" : (value instanceof Boolean) ? ":boolean" : ""));
				values.add(value);
			}
		});
		try (CSVPrinter printer = printer(note.label(), true, header)) {
			printer.printRecord(values);
		}
	}

	private CSVPrinter printer(String name, boolean nodes, List<String> header) throws IOException {
		Path file = this.target.resolve(name + (nodes ? "-nodes" : "-ties") + "-" + this.importerArguments.size() + ".csv");
		this.importerArguments.add((nodes ? "--nodes=" : "--relationships=") + name + "=" + file);
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, FORMAT);
		printer.printRecord(header);
		return printer;
	}

	/** The label of the records of ledger {@code kind}, the ID space of their keys. */
	private String labelOf(String kind) {
		if (this.sheets.get(kind).layout() instanceof Layout.Records records) {
			return records.label();
		}
		throw new IllegalStateException(kind + " has no records to name");
	}

	/**
	 * One ledger's rows as importer files, by its layout: records and the ties their references make, events
	 * (numbered, for their ties) and theirs, or ties between the two records the key names.
	 */
	private final class LedgerWriter implements AutoCloseable {

		private final Sheet sheet;

		/** The columns written as properties, and for a column that follows the newest date, which one. */
		private final List<Column> properties = new ArrayList<>();

		private final Sheet.During following;

		private final CSVPrinter rows;

		private final Map<Column, CSVPrinter> ties = new LinkedHashMap<>();

		/** The keys written, where a later ledger names these records (a national members file is not kept). */
		private final Set<Object> keys;

		/** How many rows were written, an event's id for its ties. */
		private long written;

		/** Where each record lies, for the rules that another ledger's records lie within it: by place column. */
		private final Map<Column, Map<Object, Object>> placing = new LinkedHashMap<>();

		LedgerWriter(Sheet sheet) throws IOException {
			this(sheet, null);
		}

		LedgerWriter(Sheet sheet, Sheet.During following) throws IOException {
			this.sheet = sheet;
			this.following = following;
			this.keys = (sheet.layout() instanceof Layout.Records && BulkLedgers.this.named.contains(sheet.kind()))
					? new HashSet<>() : null;
			var header = new ArrayList<String>();
			if (sheet.layout() instanceof Layout.Records records) {
				Column key = sheet.column(sheet.keyHeaders().get(0));
				for (Column column : sheet.columns()) {
					if (column.references() == null && !column.instruction()) {
						this.properties.add(column);
						header.add((column == key) ? column.property() + ":ID(" + records.label() + ")" : typed(column));
					}
				}
				if (sheet.located()) {
					header.add("location:point{crs:WGS-84}");
				}
				this.rows = printer(records.label(), true, header);
				openTies(records.label());
				for (var places : BulkLedgers.this.places.entrySet()) {
					if (places.getKey().get(0).equals(sheet.kind())) {
						this.placing.put(sheet.columns()
							.stream()
							.filter(column -> column.references() != null
									&& column.references().kind().equals(places.getKey().get(1)))
							.findFirst()
							.orElseThrow(() -> new IllegalStateException(sheet.kind() + " names no "
									+ places.getKey().get(1) + " to lie within")), places.getValue());
					}
				}
			}
			else if (sheet.layout() instanceof Layout.Events events) {
				header.add(":ID(" + events.label() + ")");
				for (Column column : sheet.columns()) {
					if (!column.instruction()) {
						this.properties.add(column);
						header.add(typed(column));
					}
				}
				this.rows = printer(events.label(), true, header);
				openTies(events.label());
			}
			else {
				var ties = (Layout.Ties) sheet.layout();
				Column from = sheet.column(sheet.keyHeaders().get(0));
				Column to = sheet.column(sheet.keyHeaders().get(1));
				header.add(":START_ID(" + labelOf(from.references().kind()) + ")");
				header.add(":END_ID(" + labelOf(to.references().kind()) + ")");
				for (Column column : sheet.columns()) {
					if (column != from && column != to && !column.instruction()) {
						this.properties.add(column);
						if (following != null && column.header().equals(following.newest())) {
							header.add(following.stated() + ":" + column.cell().bulkType());
						}
						header.add(typed(column));
					}
				}
				this.rows = printer(ties.type(), false, header);
			}
		}

		private void openTies(String label) throws IOException {
			for (Column column : this.sheet.columns()) {
				if (column.references() != null) {
					Column.Tie tie = column.references().tie();
					String named = labelOf(column.references().kind());
					this.ties.put(column, tie.towardsNamed()
							? printer(tie.type(), false, List.of(":START_ID(" + label + ")", ":END_ID(" + named + ")"))
							: printer(tie.type(), false, List.of(":START_ID(" + named + ")", ":END_ID(" + label + ")")));
				}
			}
		}

		void write(Map<String, Object> row) throws IOException {
			write(row, null);
		}

		/** Writes a row; {@code newest}, the newest date recorded within it, if it is followed. */
		void write(Map<String, Object> row, LocalDate newest) throws IOException {
			var values = new ArrayList<Object>();
			Object id = null;
			if (this.sheet.layout() instanceof Layout.Records) {
				id = row.get(this.sheet.keyProperties().get(0));
			}
			else if (this.sheet.layout() instanceof Layout.Events) {
				// an event is known by all its columns; the importer only needs an id for its ties
				id = String.valueOf(this.written);
				values.add(id);
			}
			else {
				values.add(row.get(this.sheet.keyProperties().get(0)));
				values.add(row.get(this.sheet.keyProperties().get(1)));
			}
			for (Column column : this.properties) {
				Object value = row.get(column.property());
				if (this.following != null && column.header().equals(this.following.newest())) {
					values.add(value);
					value = (newest != null && (value == null || newest.isAfter((LocalDate) value))) ? newest : value;
				}
				values.add(note(value));
			}
			if (this.sheet.located() && this.sheet.layout() instanceof Layout.Records) {
				values.add((row.get("latitude") != null)
						? "{latitude:" + row.get("latitude") + ", longitude:" + row.get("longitude") + "}" : null);
			}
			this.rows.printRecord(values);
			if (id == null) {
				return;
			}
			this.written++;
			if (this.keys != null) {
				this.keys.add(id.toString());
			}
			this.placing.forEach((column, places) -> places.put(row.get(this.sheet.keyProperties().get(0)),
					row.get(column.property())));
			for (var tie : this.ties.entrySet()) {
				Object named = row.get(tie.getKey().property());
				if (named != null) {
					boolean towardsNamed = tie.getKey().references().tie().towardsNamed();
					tie.getValue().printRecord(towardsNamed ? id : named, towardsNamed ? named : id);
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
			this.rows.close();
			for (CSVPrinter tie : this.ties.values()) {
				tie.close();
			}
			if (this.keys != null) {
				BulkLedgers.this.keysByKind.put(this.sheet.kind(), this.keys);
			}
		}

	}

	private static String typed(Column column) {
		String type = column.cell().bulkType();
		return (type != null) ? column.property() + ":" + type : column.property();
	}

}
