package cn.tongxin.graph.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * file is loaded again: the members' joining file would undo their adjustments).
 */
@Component
class DemoDistrictLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(DemoDistrictLoader.class);

	private static final String STATE = CypherFile.load("demo/demo-state");

	private static final String STARTED = CypherFile.load("demo/demo-started");

	private static final String FILE_LOADED = CypherFile.load("demo/demo-file-loaded");

	private static final String COMPLETE = CypherFile.load("demo/demo-complete");

	private final TongxinProperties properties;

	private final Neo4jClient neo4j;

	private final LedgerImport ledgerImport;

	private final TransactionTemplate reading;

	private final GraphAvailability availability;

	DemoDistrictLoader(TongxinProperties properties, Neo4jClient neo4j, LedgerImport ledgerImport,
			PlatformTransactionManager transactions, GraphAvailability availability) {
		this.properties = properties;
		this.availability = availability;
		this.neo4j = neo4j;
		this.ledgerImport = ledgerImport;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.demoData()) {
			this.availability.whenAvailable("loading the demo district", this::loadIfWanted);
		}
	}

	void loadIfWanted() {
		Map<String, Object> state = this.reading.execute(status -> this.neo4j.query(STATE).fetch().one().orElseThrow());
		boolean empty = (Boolean) state.get("empty");
		boolean unfinished = (Boolean) state.get("unfinished");
		if (!empty && !unfinished) {
			return;
		}
		@SuppressWarnings("unchecked")
		List<String> done = empty ? List.of() : (List<String>) state.get("filesLoaded");
		logger.info((empty ? "The store is empty: loading" : "Finishing an interrupted load of")
				+ " the demo district (tongxin.demo-data=false turns this off)");
		this.neo4j.query(STARTED).bind(DemoDistrict.SEED).to("seed").bind(empty).to("fresh").run();
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

}
