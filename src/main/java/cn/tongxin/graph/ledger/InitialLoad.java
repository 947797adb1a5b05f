package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.system.EmbeddedStorePreparation;
import cn.tongxin.graph.system.TongxinProperties;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A first load of national size: with {@code tongxin.initial-load} naming a folder of ledgers, the embedded store's
 * very first start fills it with Neo4j's bulk importer instead of the import's transactions, about twenty times
 * faster. The rows are checked by the import's own rules first, and one bad row refuses the whole load, with every
 * problem written to {@code initial-load-problems.txt} in the data folder: the store stays empty until the files
 * are right. A store that already holds a database is never touched. Once the service is up, each ledger loaded
 * has an entry in the audit trail.
 */
@Component
@ConditionalOnProperty("tongxin.initial-load")
public class InitialLoad implements EmbeddedStorePreparation {

	private static final Log logger = LogFactory.getLog(InitialLoad.class);

	private final Ledgers sheets;

	private final Path ledgers;

	private final LocalDate today;

	private final ObjectProvider<AuditTrail> audit;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	private Map<String, Integer> loaded = Map.of();

	// The audit trail and transactions need the database, which waits for this: they are looked up when used.
	InitialLoad(TongxinProperties properties, Environment environment, Ledgers sheets, ObjectProvider<AuditTrail> audit,
			ObjectProvider<PlatformTransactionManager> transactions) {
		if (environment.containsProperty("spring.neo4j.uri")) {
			throw new InitialLoadRefused("tongxin.initial-load 只用于内嵌数据库的首次启动；使用外部 Neo4j（spring.neo4j.uri）时，"
					+ "请用 neo4j-admin database import 或 POST /api/import/{kind} 导入");
		}
		this.sheets = sheets;
		this.ledgers = properties.initialLoad().toAbsolutePath().normalize();
		this.today = LocalDate.now(properties.zone());
		this.audit = audit;
		this.transactions = transactions;
	}

	/** Always: a store that exists already is refused, with why. */
	@Override
	public boolean wants(Path home) {
		return true;
	}

	@Override
	public void prepare(Path home) {
		if (!EmbeddedStorePreparation.newStore(home)) {
			throw new InitialLoadRefused("tongxin.initial-load：" + home + " 中已有数据库，首次装载只用于空的数据目录。"
					+ "请去掉此设置，或换一个空的 tongxin.data-dir");
		}
		this.loaded = load(this.sheets, home, this.ledgers, this.today);
	}

	/**
	 * Checks the ledgers of {@code ledgers}, files of {@code sheets}, and, when every row passes, bulk-imports them
	 * into a new database in {@code home}; answers how many rows each ledger had.
	 * @throws InitialLoadRefused when a row does not pass or a file cannot be read; nothing is written to the store
	 */
	static Map<String, Integer> load(Ledgers sheets, Path home, Path ledgers, LocalDate today) {
		return load(sheets, home, ledgers, today, List.of());
	}

	/**
	 * As {@link #load(Ledgers, Path, Path, LocalDate, List)}, for ledgers given as CSV text by kind (the demo
	 * district's), written to a folder of the store's own for the load and removed after it.
	 */
	public static Map<String, Integer> load(Ledgers sheets, Path home, Map<String, String> ledgers, LocalDate today,
			List<Note> notes) {
		Path folder = home.resolve("initial-load-ledgers");
		try {
			Files.createDirectories(folder);
			for (var ledger : ledgers.entrySet()) {
				Files.writeString(folder.resolve(ledger.getKey() + ".csv"), ledger.getValue());
			}
			return load(sheets, home, folder, today, notes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(folder);
		}
	}

	/**
	 * As {@link #load(Ledgers, Path, Path, LocalDate)}, with {@code notes}: nodes loaded with the ledgers, in the
	 * same load, that say what the store was filled with.
	 */
	public static Map<String, Integer> load(Ledgers sheets, Path home, Path ledgers, LocalDate today,
			List<Note> notes) {
		if (!Files.isDirectory(ledgers)) {
			throw new InitialLoadRefused("tongxin.initial-load：找不到文件夹 " + ledgers);
		}
		long start = System.nanoTime();
		Path work = home.resolve("initial-load");
		try {
			Files.createDirectories(home);
			Path problemsFile = home.resolve("initial-load-problems.txt");
			Files.deleteIfExists(problemsFile);
			BulkLedgers checked = BulkLedgers.write(sheets, ledgers, work, today);
			if (checked.loaded().isEmpty()) {
				throw new InitialLoadRefused("tongxin.initial-load：" + ledgers + " 中没有台账文件（towns.csv、villages.csv……）");
			}
			if (!checked.problems().isEmpty()) {
				Files.write(problemsFile, checked.problems(), StandardCharsets.UTF_8);
				throw new InitialLoadRefused(checked.problems(), problemsFile);
			}
			for (Note note : notes) {
				checked.add(note);
			}
			runImporter(home, checked.importerArguments());
			logger.info("Initial load of " + checked.loaded() + " rows from " + ledgers + " in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
			return checked.loaded();
		}
		catch (UnreadableLedger ex) {
			throw new InitialLoadRefused("首次装载未进行：" + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(work);
		}
	}

	/** Records in the audit trail what the first start loaded, once the database is up. */
	@EventListener(ApplicationReadyEvent.class)
	void recordInAuditTrail() {
		recordInAuditTrail(this.loaded, this.audit.getObject(), this.transactions.getObject());
		this.loaded = Map.of();
	}

	/** Records a first load of {@code loaded} rows by ledger, if any, as one entry of the audit trail. */
	public static void recordInAuditTrail(Map<String, Integer> loaded, AuditTrail audit,
			PlatformTransactionManager transactions) {
		if (loaded.isEmpty()) {
			return;
		}
		var changes = new ArrayList<Change>();
		loaded.forEach((kind, rows) -> changes.add(new Change(kind + ".csv", "rows", null, String.valueOf(rows))));
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> audit.record("initialLoad", "ledgers", changes));
	}

	/**
	 * A node with {@code label} loaded with the ledgers: a record of the load, such as the demo district's. Its
	 * properties are text, whole numbers ({@code Long}), booleans or lists of text.
	 */
	public record Note(String label, Map<String, Object> properties) {
	}

	private static void runImporter(Path home, List<String> files) throws IOException {
		Path conf = Files.createDirectories(home.resolve("conf"));
		Path logs = Files.createDirectories(home.resolve("logs"));
		Path log = logs.resolve("initial-load.log");
		var arguments = new ArrayList<>(files);
		arguments.add("--overwrite-destination=true");
		// The importer's own report of bad entries, kept with its log rather than in the working directory.
		arguments.add("--report-file=" + logs.resolve("initial-load-report.txt"));
		arguments.add("neo4j");
		// The importer's progress goes to its own log; the service's console keeps a line per load.
		try (var out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
			var context = new ExecutionContext(home, conf, out, out, new org.neo4j.io.fs.DefaultFileSystemAbstraction());
			int exitCode = new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
			if (exitCode != 0) {
				throw new IllegalStateException("Neo4j 批量导入失败（退出码 " + exitCode + "），详见 " + log);
			}
		}
	}

	private static void deleteQuietly(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not remove " + directory + ": " + ex.getMessage());
		}
	}

	/**
	 * The first load did not happen, and the store was left as it was: the ledgers have rows the import would
	 * refuse, or there is already a database, or no embedded one.
	 */
	public static class InitialLoadRefused extends RuntimeException {

		private final List<String> problems;

		InitialLoadRefused(String reason) {
			super(reason);
			this.problems = List.of();
		}

		InitialLoadRefused(List<String> problems, Path problemsFile) {
			super("首次装载未进行：" + problems.size() + " 行不符合导入规则，数据库保持为空。第一处：" + problems.get(0)
					+ "；全部问题见 " + problemsFile);
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return this.problems;
		}

	}

}
