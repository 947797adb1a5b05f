package cn.tongxin.graph.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.LedgerImport;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.TongxinProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo district on the first start with an empty store ({@code tongxin.demo-data=true}, the default),
 * through the same ledger import as any clerk's file. A store that holds any ledger record is left alone.
 */
@Component
class DemoDistrictLoader implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoDistrictLoader.class);

	private static final String LEDGER_IS_EMPTY = CypherFile.load("demo/ledger-is-empty");

	private final TongxinProperties properties;

	private final Neo4jClient neo4j;

	private final LedgerImport ledgerImport;

	DemoDistrictLoader(TongxinProperties properties, Neo4jClient neo4j, LedgerImport ledgerImport) {
		this.properties = properties;
		this.neo4j = neo4j;
		this.ledgerImport = ledgerImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demoData() || !ledgerIsEmpty()) {
			return;
		}
		logger.info("The store is empty: loading the demo district (tongxin.demo-data=false turns this off)");
		for (Map.Entry<String, String> file : DemoDistrict.csvFiles(DemoDistrict.SEED).entrySet()) {
			ImportReport report = this.ledgerImport.importFile(file.getKey(),
					file.getValue().getBytes(StandardCharsets.UTF_8), false);
			if (!report.rejected().isEmpty()) {
				// Only counts and line numbers: a message can quote a cell, and cells can be personal data.
				logger.warn("Demo " + file.getKey() + ": " + report.rejected().size() + " rows rejected, first at line "
						+ report.rejected().get(0).line());
			}
			logger.info("Demo " + file.getKey() + ": " + report.created() + " created");
		}
	}

	private boolean ledgerIsEmpty() {
		return this.neo4j.query(LEDGER_IS_EMPTY).fetchAs(Boolean.class).one().orElse(true);
	}

}
