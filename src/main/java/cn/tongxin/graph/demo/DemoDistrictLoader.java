package cn.tongxin.graph.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.LedgerImport;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.TongxinProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo district ({@code tongxin.demo-data=true}, the default) through the same ledger import as any
 * clerk's file, into an empty store only: a store that holds any ledger record is left alone. It runs once the
 * application is wired and before the web server opens its port, so nobody sees a half-loaded district. A
 * {@code (:DemoDistrict)} node records whether the load finished and which files it has loaded; a first load that
 * was cut off is completed at the next start from the file it was in (the import is idempotent, and no finished
 * file is loaded again: the members' joining file would undo their adjustments). Several instances starting
 * together on an empty store load it once: the node is claimed in one transaction by one of them, and the others
 * wait for it to finish.
 */
@Component
class DemoDistrictLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(DemoDistrictLoader.class);

	private static final String CLAIM_NODE = CypherFile.load("demo/demo-claim-node");

	private static final String CLAIM = CypherFile.load("demo/demo-claim");

	private static final String ALIVE = CypherFile.load("demo/demo-alive");

	private static final String FILE_LOADED = CypherFile.load("demo/demo-file-loaded");

	private static final String COMPLETE = CypherFile.load("demo/demo-complete");

	/**
	 * How long the instance loading the demo district may go unheard of before another takes the load over: it
	 * says it is alive every {@link #ALIVE_EVERY} while it loads, whatever the file.
	 */
	static final Duration LEASE = Duration.ofSeconds(60);

	private static final Duration ALIVE_EVERY = Duration.ofSeconds(15);

	private static final Duration WAITING_POLL = Duration.ofSeconds(2);

	private final TongxinProperties properties;

	private final Neo4jClient neo4j;

	private final LedgerImport ledgerImport;

	private final TransactionTemplate claiming;

	/** Which instance this is, to the others starting on the same store. */
	private final String instance = UUID.randomUUID().toString();

	private final GraphAvailability availability;

	DemoDistrictLoader(TongxinProperties properties, Neo4jClient neo4j, LedgerImport ledgerImport,
			PlatformTransactionManager transactions, GraphAvailability availability) {
		this.properties = properties;
		this.availability = availability;
		this.neo4j = neo4j;
		this.ledgerImport = ledgerImport;
		this.claiming = new TransactionTemplate(transactions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.demoData()) {
			this.availability.whenAvailable("loading the demo district", this::loadIfWanted);
		}
	}

	/**
	 * Loads the demo district if the store wants it, and if this instance claims the load; an instance that finds
	 * another loading it waits until that one has finished (or stopped, and then takes the load over), so that
	 * instances starting together on an empty store load it once and none opens its port on half of it.
	 */
	void loadIfWanted() {
		boolean waiting = false;
		while (true) {
			Claim claim = this.claiming.execute(status -> claim());
			if (claim == null || claim.complete()) {
				return;
			}
			if (claim.mine()) {
				loadClaimed(claim);
				return;
			}
			if (!waiting) {
				logger.info("Another instance is loading the demo district; waiting for it");
				waiting = true;
			}
			pause();
		}
	}

	/** What the store says of the load, once its node is locked; null for a store with records of its own. */
	private Claim claim() {
		Optional<Boolean> empty = this.neo4j.query(CLAIM_NODE)
			.bind(DemoDistrict.SEED)
			.to("seed")
			.fetchAs(Boolean.class)
			.one();
		if (empty.isEmpty()) {
			return null;
		}
		Map<String, Object> claim = this.neo4j.query(CLAIM)
			.bindAll(Map.of("seed", DemoDistrict.SEED, "instance", this.instance, "lease", LEASE.toString(), "empty",
					empty.get()))
			.fetch()
			.one()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<String> done = (List<String>) claim.get("filesLoaded");
		return new Claim(empty.get(), (Boolean) claim.get("mine"), (Boolean) claim.get("complete"), done);
	}

	/** Loads what the claim has left to load, saying all along that this instance is at it. */
	private void loadClaimed(Claim claim) {
		ScheduledExecutorService alive = Executors.newSingleThreadScheduledExecutor(task -> {
			var thread = new Thread(task, "demo-district-alive");
			thread.setDaemon(true);
			return thread;
		});
		alive.scheduleWithFixedDelay(this::sayAlive, ALIVE_EVERY.toMillis(), ALIVE_EVERY.toMillis(),
				TimeUnit.MILLISECONDS);
		try {
			load(claim.empty(), claim.filesLoaded());
		}
		finally {
			alive.shutdownNow();
		}
	}

	private void sayAlive() {
		try {
			this.neo4j.query(ALIVE).bind(DemoDistrict.SEED).to("seed").bind(this.instance).to("instance").run();
		}
		catch (RuntimeException ex) {
			// the next one tries again; past the lease another instance takes the load over from the file it was in
			logger.warn("Could not tell other instances this one is still loading the demo district: " + ex.getMessage());
		}
	}

	private void load(boolean empty, List<String> done) {
		logger.info((empty ? "The store is empty: loading" : "Finishing an interrupted load of")
				+ " the demo district (tongxin.demo-data=false turns this off)");
		var loaded = new StringBuilder();
		for (DemoDistrict.LedgerFile file : DemoDistrict.files(DemoDistrict.SEED)) {
			if (done.contains(file.name())) {
				continue;
			}
			long started = System.nanoTime();
			ImportReport report = this.ledgerImport.importFile(file.kind(), file.csv().getBytes(StandardCharsets.UTF_8),
					false);
			if (!report.rejected().isEmpty()) {
				// Only counts and line numbers: a message can quote a cell.
				logger.warn("Demo " + file.name() + ": " + report.rejected().size() + " rows rejected, first at line "
						+ report.rejected().get(0).line());
			}
			loaded.append(loaded.isEmpty() ? "" : ", ")
				.append(report.created() + report.updated() + report.unchanged())
				.append(' ')
				.append(file.name())
				.append(String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - started) / 1e9));
			this.neo4j.query(FILE_LOADED).bind(file.name()).to("name").run();
		}
		this.neo4j.query(COMPLETE).run();
		logger.info("Demo district loaded: " + loaded);
	}

	private static void pause() {
		try {
			Thread.sleep(WAITING_POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the demo district", ex);
		}
	}

	/** The load as this instance found it: whether the ledger is empty, whether the load is its own to do. */
	private record Claim(boolean empty, boolean mine, boolean complete, List<String> filesLoaded) {
	}

}
