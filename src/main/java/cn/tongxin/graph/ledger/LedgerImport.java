package cn.tongxin.graph.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.ledger.ImportReport.RejectedRow;
import cn.tongxin.graph.ledger.LedgerGraph.Stored;
import cn.tongxin.graph.ledger.LedgerGraph.Written;
import cn.tongxin.graph.ledger.Sheet.ReadRow;
import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.system.TongxinProperties;
import cn.tongxin.graph.system.TownScope;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one ledger file, of any size: its rows are read as a stream and never held all at once. Every row is
 * checked on its own; good rows are stored, bad ones reported with their line, and one never costs the other.
 * Rows go to the graph in batches of {@code tongxin.ledger.batch-size} as they are read, each batch one
 * transaction of a few round trips: look up its references, look up what is stored, write what is new or
 * changed, with its audit entry, both taken from what the write itself did. Re-importing a file therefore writes
 * nothing. A batch that meets a passing failure (a deadlock with a concurrent import) is run again, up to six
 * times. A batch the database does not take stops the import with {@link ImportInterrupted}, which reports what
 * the batches before it stored.
 */
@Service
public class LedgerImport {

	private static final Log logger = LogFactory.getLog(LedgerImport.class);

	private static final int ATTEMPTS = 6;

	private static final Duration RETRY_PAUSE = Duration.ofMillis(40);

	private final Ledgers ledgers;

	private final LedgerGraph graph;

	private final TownScope scope;

	private final AuditTrail audit;

	private final GraphAvailability availability;

	/** How long the rehearsal's transaction may take, at a start when every statement is planned cold. */
	private static final int REHEARSAL_TIMEOUT_SECONDS = 180;

	private final TransactionTemplate rehearsing;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final Today today;

	private final int batchSize;

	LedgerImport(Ledgers ledgers, LedgerGraph graph, TownScope scope, AuditTrail audit,
			PlatformTransactionManager transactions, TongxinProperties properties, GraphAvailability availability,
			Today today) {
		this.ledgers = ledgers;
		this.graph = graph;
		this.scope = scope;
		this.audit = audit;
		this.availability = availability;
		this.today = today;
		this.writing = new TransactionTemplate(transactions);
		// the rehearsal's one transaction plans every ledger's statements for the first time: longer than a request
		this.rehearsing = new TransactionTemplate(transactions);
		this.rehearsing.setTimeout(REHEARSAL_TIMEOUT_SECONDS);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.batchSize = properties.ledger().batchSize();
	}

	/** The kinds of ledger, in the order a full load takes them. */
	public List<String> kinds() {
		return this.ledgers.kinds();
	}

	/** The ledgers, in the order a full load takes them. */
	public List<Sheet> ledgers() {
		return this.ledgers.inLoadOrder();
	}

	/**
	 * @param kind which ledger: {@code towns}, {@code villages}, ...
	 * @param content the CSV file
	 * @param dryRun check and count, but write nothing
	 * @throws UnreadableLedger when the kind is unknown or the file cannot be read as that ledger
	 */
	public ImportReport importFile(String kind, byte[] content, boolean dryRun) {
		return importFile(kind, () -> new ByteArrayInputStream(content), dryRun);
	}

	/**
	 * A file of any size, read twice as a stream: once through, to refuse a file that is not readable CSV or lacks
	 * a required column before anything is written, and again to take its rows a batch at a time.
	 */
	ImportReport importFile(String kind, LedgerSource content, boolean dryRun) {
		return importFile(kind, content, dryRun, Coordinates.WGS84);
	}

	/**
	 * As {@link #importFile(String, LedgerSource, boolean)}, with the file's latitudes and longitudes in the datum
	 * {@code coordinates}: GCJ-02 ones are taken to WGS-84 as each row is read, before its rules run.
	 */
	ImportReport importFile(String kind, LedgerSource content, boolean dryRun, Coordinates coordinates) {
		Sheet sheet = this.ledgers.byKind(kind)
			.orElseThrow(() -> new UnreadableLedger("没有「" + kind + "」这种台账；可导入：" + String.join("、", kinds())));
		if (coordinates != Coordinates.WGS84 && !sheet.located()) {
			throw new UnreadableLedger(kind + " 台账没有经纬度，coordinates=" + coordinates.name().toLowerCase(Locale.ROOT)
					+ " 只用于有经纬度（latitude、longitude）的台账");
		}
		List<String> headers = LedgerFile.scan(open(content), row -> {
		});
		List<String> missing = sheet.missingColumns(new HashSet<>(headers));
		if (!missing.isEmpty()) {
			throw new UnreadableLedger(kind + " 台账缺少必需的列：" + String.join("、", missing) + "（第 1 行应为列名）");
		}
		return importRows(sheet, rows -> LedgerFile.scan(open(content), row -> {
			coordinates.toWgs84(row.cells());
			rows.accept(row);
		}), dryRun, "import", false);
	}

	/**
	 * Imports each pass's files (CSV text by kind), ledger by ledger, in one transaction that is then rolled back:
	 * every statement of the import runs as a clerk's file would run it, and nothing is stored or audited. Answers
	 * the last pass's reports, or none once {@code stopping} says so (checked between files). See
	 * {@code demo.ImportRehearsal}.
	 */
	public Map<String, ImportReport> rehearse(List<Map<String, String>> passes, BooleanSupplier stopping) {
		var reports = new LinkedHashMap<String, ImportReport>();
		this.rehearsing.executeWithoutResult(status -> {
			try {
				for (Map<String, String> files : passes) {
					for (var file : files.entrySet()) {
						if (stopping.getAsBoolean()) {
							reports.clear();
							return;
						}
						Sheet sheet = this.ledgers.get(file.getKey());
						byte[] csv = file.getValue().getBytes(StandardCharsets.UTF_8);
						reports.put(file.getKey(), importRows(sheet,
								rows -> LedgerFile.scan(new ByteArrayInputStream(csv), rows), false, "import", true));
					}
				}
			}
			finally {
				status.setRollbackOnly();
			}
		});
		return reports;
	}

	/**
	 * One record entered by hand (a GraphQL mutation), as a one-row file whose columns are the values given, typed
	 * or as text: the same rules, scope and audit as a file, with the mutation's name as the audit operation.
	 */
	List<Reason> importEntry(Sheet sheet, Map<String, ?> values, String operation) {
		return importRun(sheet, run -> run.take(1, values), false, operation, false).reasons();
	}

	private static InputStream open(LedgerSource content) {
		try {
			return content.open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImportReport importRows(Sheet sheet, Consumer<Consumer<LedgerFile.Row>> rows, boolean dryRun,
			String operation, boolean rehearsal) {
		return importRun(sheet, run -> rows.accept(row -> run.take(row.line(), row.cells())), dryRun, operation,
				rehearsal).report();
	}

	private Tally importRun(Sheet sheet, Consumer<Run> rows, boolean dryRun, String operation, boolean rehearsal) {
		var run = new Run(sheet, this.scope.userTowns(), dryRun, operation, rehearsal);
		rows.accept(run);
		run.writePending();
		return run.tally;
	}

	/**
	 * One import as its rows stream in: each row is checked as it is read, and every {@code batch-size} good rows
	 * go to the graph, so that only a batch is held at a time (and the keys seen, to refuse a key used twice).
	 */
	private final class Run {

		private final Sheet sheet;

		private final List<String> userTowns;

		private final boolean dryRun;

		private final String operation;

		private final Tally tally;

		private final Map<List<Object>, Integer> firstLineOfKey = new HashMap<>();

		private final List<ReadRow> pending = new ArrayList<>();

		private final boolean rehearsal;

		private int taken;

		Run(Sheet sheet, List<String> userTowns, boolean dryRun, String operation, boolean rehearsal) {
			this.rehearsal = rehearsal;
			this.sheet = sheet;
			this.userTowns = userTowns;
			this.dryRun = dryRun;
			this.operation = operation;
			this.tally = new Tally(sheet.kind(), dryRun);
		}

		/**
		 * Checks a row, rejecting it if it breaks a rule, if an earlier row already used its key, or if its own town
		 * is not one of the user's; a good row waits for its batch.
		 */
		void take(int line, Map<String, ?> values) {
			ReadRow read = this.sheet.read(line, values, LedgerImport.this.today.date());
			if (read.rejected()) {
				this.tally.reject(read.line(), read.reasons());
				return;
			}
			String outside = this.sheet.outsideTowns(read.properties(), this.userTowns);
			if (outside != null) {
				this.tally.reject(read.line(), new Reason(this.sheet.ownTown(), outside));
				return;
			}
			Integer first = this.firstLineOfKey.putIfAbsent(this.sheet.keyOf(read.properties()), read.line());
			if (first != null) {
				this.tally.reject(read.line(), this.sheet.aboutRecord(read.properties(),
						"：与第 " + first + " 行重复，同一文件中只能出现一次"));
				return;
			}
			this.pending.add(read);
			if (this.pending.size() == LedgerImport.this.batchSize) {
				writePending();
			}
		}

		void writePending() {
			if (this.pending.isEmpty()) {
				return;
			}
			var batch = new ArrayList<>(this.pending);
			this.pending.clear();
			// Written in key order, concurrent imports of the same keys take their locks in the same order and so
			// rarely deadlock; a rejected row is still reported by its own line.
			batch.sort(Comparator.comparing(row -> this.sheet.keyText(row.properties())));
			TransactionTemplate transaction = this.dryRun ? LedgerImport.this.reading : LedgerImport.this.writing;
			try {
				this.tally.add(withRetries(() -> transaction
					.execute(status -> importBatch(this.sheet, batch, this.userTowns, this.dryRun, this.operation))));
				this.taken += batch.size();
			}
			catch (DataAccessException | TransactionException ex) {
				if (!this.rehearsal) {
					// a rehearsal's failure (the service stopping as it runs) says nothing of a clerk's import
					logger.error("Import of " + this.sheet.kind() + " stopped after " + this.taken + " rows", ex);
					LedgerImport.this.availability.noteFailure(ex);
				}
				throw new ImportInterrupted(this.tally.report(),
						GraphAvailability.passing(ex) || ex instanceof DataAccessResourceFailureException, ex);
			}
		}

	}

	/**
	 * Runs a batch again when the database says the failure was passing: a deadlock with a concurrent import, a
	 * lost leader in a cluster. A batch is one transaction, so a failed attempt left nothing behind.
	 */
	private Tally withRetries(Supplier<Tally> batch) {
		for (int attempt = 1;; attempt++) {
			try {
				return batch.get();
			}
			catch (DataAccessException | TransactionException ex) {
				if (attempt == ATTEMPTS || !GraphAvailability.passing(ex)) {
					throw ex;
				}
				try {
					// a random share of the pause, so that the transactions that met do not meet again
					Thread.sleep(RETRY_PAUSE.toMillis() * attempt
							+ ThreadLocalRandom.current().nextLong(RETRY_PAUSE.toMillis() * attempt));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * One batch, in one transaction: what it creates, updates or leaves, and the rows it rejects. A look-up first
	 * finds the rows outside the user's reach and those that change nothing, which are not written; what the
	 * others did is counted and audited from their write, made under each record's lock, so that concurrent imports
	 * of the same new key report it created once. A dry run counts from the look-up.
	 */
	private Tally importBatch(Sheet sheet, List<ReadRow> batch, List<String> userTowns, boolean dryRun,
			String operation) {
		var outcome = new Tally(sheet.kind(), dryRun);
		List<ReadRow> resolved = withinGraphRules(sheet,
				withinPeriods(sheet, withReferencesResolved(sheet, batch, userTowns, outcome), userTowns, outcome),
				userTowns, outcome);
		var keys = resolved.stream().map(row -> keyMap(sheet, row.properties())).toList();
		Map<List<Object>, Stored> stored = this.graph.stored(sheet, keys, userTowns);
		// A signed-in user without the PII permission; the service's own loads have no user and see everything.
		boolean masked = this.scope.masksPersonalData();
		var toWrite = new ArrayList<ReadRow>();
		for (ReadRow row : resolved) {
			Stored before = stored.get(sheet.keyOf(row.properties()));
			boolean guess = masked && givesPersonalData(sheet, row);
			if (before != null && !before.mayChange()) {
				outcome.reject(row.line(), sheet.aboutRecord(row.properties(), "：属于您负责范围以外的镇，不能修改"));
			}
			else if (before != null && !guess && sheet.sameAsStored(before.properties(), row.properties())) {
				outcome.unchanged++;
			}
			else if (dryRun) {
				outcome.count(sheet, before == null, (before != null) ? before.properties() : null, row, guess);
			}
			else {
				toWrite.add(row);
			}
		}
		if (toWrite.isEmpty()) {
			return outcome;
		}
		Map<List<Object>, Written> written = this.graph.write(sheet, toWrite.stream().map(ReadRow::properties).toList(),
				stored.keySet(), userTowns);
		var audited = new ArrayList<Change>();
		for (ReadRow row : toWrite) {
			Written write = written.get(sheet.keyOf(row.properties()));
			if (write == null) {
				outcome.reject(row.line(), sheet.aboutRecord(row.properties(), "：未写入，所涉记录刚被他人移出您负责的镇或删除，请重新导入"));
				continue;
			}
			outcome.count(sheet, write.created(), write.before(), row, masked && givesPersonalData(sheet, row));
			audited.addAll(sheet.changes(write.before(), row.properties()));
		}
		if (!audited.isEmpty()) {
			this.audit.record(operation, sheet.kind(), audited);
		}
		return outcome;
	}

	/**
	 * Rows whose references all name stored records the user may refer to; the others are rejected, naming what
	 * is missing or outside the user's towns.
	 */
	private List<ReadRow> withReferencesResolved(Sheet sheet, List<ReadRow> batch, List<String> userTowns,
			Tally tally) {
		var problems = new LinkedHashMap<Integer, List<Reason>>();
		for (Column column : sheet.columns()) {
			if (column.references() == null) {
				continue;
			}
			Sheet target = this.ledgers.get(column.references().kind());
			String targetKey = target.keyProperties().get(0);
			Set<Map<String, Object>> wanted = new HashSet<>();
			for (ReadRow row : batch) {
				Object value = row.properties().get(column.property());
				if (value != null) {
					wanted.add(Map.of(targetKey, value));
				}
			}
			if (wanted.isEmpty()) {
				continue;
			}
			Map<List<Object>, Stored> found = this.graph.stored(target, wanted, userTowns);
			for (ReadRow row : batch) {
				Object value = row.properties().get(column.property());
				Stored referred = (value != null) ? found.get(List.of(value)) : null;
				String problem = null;
				if (value != null && referred == null) {
					problem = "：没有这个" + column.references().noun() + "，请先导入 " + target.kind() + " 台账";
				}
				else if (referred != null && column.references().ofUsersTowns() && !referred.visible()) {
					problem = "：不在您负责的镇（属地）范围内";
				}
				if (problem != null) {
					problems.computeIfAbsent(row.line(), line -> new ArrayList<>())
						.add(new Reason(column.header(), column.header() + " " + value + problem));
				}
			}
		}
		problems.forEach(tally::reject);
		return batch.stream().filter(row -> !problems.containsKey(row.line())).toList();
	}

	/**
	 * Rows dated within the record they belong to (a contact within its friendship): that record is stored and the
	 * user's, and the date falls between its since and its until, and not after today. The others are rejected.
	 */
	private List<ReadRow> withinPeriods(Sheet sheet, List<ReadRow> rows, List<String> userTowns, Tally tally) {
		Sheet.During during = sheet.during();
		if (during == null || rows.isEmpty()) {
			return rows;
		}
		Sheet period = this.ledgers.get(during.kind());
		Set<Map<String, Object>> keys = new HashSet<>();
		rows.forEach(row -> keys.add(keyMap(period, row.properties())));
		Map<List<Object>, Stored> found = this.graph.stored(period, keys, userTowns);
		LocalDate today = this.today.date();
		var within = new ArrayList<ReadRow>();
		for (ReadRow row : rows) {
			Stored stored = found.get(period.keyOf(row.properties()));
			Reason problem = during.problemWith(sheet, row.properties(), period,
					(stored != null && stored.visible()) ? stored.properties() : null, today);
			if (problem != null) {
				tally.reject(row.line(), problem);
			}
			else {
				within.add(row);
			}
		}
		return within;
	}

	/** Rows that keep the ledger's rules across records ({@code <kind>-rules}); the others are rejected. */
	private List<ReadRow> withinGraphRules(Sheet sheet, List<ReadRow> rows, List<String> userTowns, Tally tally) {
		if (!sheet.checkedInGraph() || rows.isEmpty()) {
			return rows;
		}
		Map<List<Object>, List<Reason>> broken = this.graph.brokenRules(sheet,
				rows.stream().map(ReadRow::properties).toList(), userTowns, this.today.date());
		var kept = new ArrayList<ReadRow>();
		for (ReadRow row : rows) {
			List<Reason> reasons = broken.get(sheet.keyOf(row.properties()));
			if (reasons != null) {
				tally.reject(row.line(), reasons);
			}
			else {
				kept.add(row);
			}
		}
		return kept;
	}

	private static Map<String, Object> keyMap(Sheet sheet, Map<String, Object> properties) {
		var key = new HashMap<String, Object>();
		for (String property : sheet.keyProperties()) {
			key.put(property, properties.get(property));
		}
		return key;
	}

	/**
	 * Whether the row gives a personal value (a phone number). For a user who sees such values masked, a row that
	 * gives one is written and reported {@code updated} whether or not it matches what is stored: reporting
	 * {@code unchanged} for the stored number would confirm a guess of a masked one.
	 */
	private static boolean givesPersonalData(Sheet sheet, ReadRow row) {
		return sheet.columns().stream().anyMatch(column -> column.personal() && row.properties().get(column.property()) != null);
	}

	private static final class Tally {

		private final String kind;

		private final boolean dryRun;

		/** Each rejected row's line and reasons. */
		private final List<Map.Entry<Integer, List<Reason>>> rejected = new ArrayList<>();

		private int created;

		private int updated;

		private int unchanged;

		Tally(String kind, boolean dryRun) {
			this.kind = kind;
			this.dryRun = dryRun;
		}

		void reject(int line, List<Reason> reasons) {
			this.rejected.add(Map.entry(line, reasons));
		}

		void reject(int line, Reason reason) {
			reject(line, List.of(reason));
		}

		/** Every reason of every rejected row, in the order found. */
		List<Reason> reasons() {
			return this.rejected.stream().flatMap(rejection -> rejection.getValue().stream()).toList();
		}

		/**
		 * Counts one row: a record it creates, or one whose stored properties were {@code before}; {@code updated}
		 * whatever was stored when the row gives personal data its user may not see.
		 */
		void count(Sheet sheet, boolean created, Map<String, Object> before, ReadRow row, boolean guess) {
			if (created) {
				this.created++;
			}
			else if (!guess && sheet.sameAsStored(before, row.properties())) {
				this.unchanged++;
			}
			else {
				this.updated++;
			}
		}

		/** Counts a batch in once its transaction has committed. */
		void add(Tally batch) {
			this.created += batch.created;
			this.updated += batch.updated;
			this.unchanged += batch.unchanged;
			this.rejected.addAll(batch.rejected);
		}

		ImportReport report() {
			var lines = new ArrayList<RejectedRow>();
			this.rejected.forEach(rejection -> lines.add(new RejectedRow(rejection.getKey(), Reason.joined(rejection.getValue()))));
			lines.sort(Comparator.comparingInt(RejectedRow::line));
			return new ImportReport(this.kind, this.dryRun, this.created, this.updated, this.unchanged, List.copyOf(lines));
		}

	}

}
