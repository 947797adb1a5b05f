package cn.tongxin.graph.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TestSettings;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.LedgerImport;
import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.TongxinProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo district goes through the real import, whole, and only into an empty store. */
@GraphTest
class DemoDistrictLoaderTests {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	GraphAvailability availability;

	@Test
	void loadsEveryRowOfTheDemoDistrictIntoAnEmptyStoreOnce() {
		TestGraph.empty(this.neo4j);
		var loader = new DemoDistrictLoader(withDemoData(), this.neo4j, this.ledgerImport, this.transactions, this.availability);

		loader.loadIfWanted();

		for (Map.Entry<String, String> file : DemoDistrict.coreFiles(DemoDistrict.SEED).entrySet()) {
			ImportReport again = this.ledgerImport.importFile(file.getKey(),
					file.getValue().getBytes(StandardCharsets.UTF_8), true);
			assertThat(again.rejected()).as(file.getKey()).isEmpty();
			assertThat(again.created() + again.updated()).as(file.getKey()).isZero();
		}
		assertThat(count("MATCH (t:Town) RETURN count(t)")).isEqualTo(12);
		assertThat(count("MATCH (r:Representative) RETURN count(r)")).isEqualTo(865);
		assertThat(count("MATCH (p:Project) RETURN count(p)")).isEqualTo(189);

		// the figures the README shows, on the day the tests' server believes it is
		var coverage = new TongxinHttp(this.port).graphQl().documentName("coverage/coverage").executeSync();
		assertThat(coverage.field("coverage.villages").toEntity(Integer.class)).isEqualTo(150);
		assertThat(coverage.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(142);
		assertThat(coverage.field("coverage.unpairedVillages").toEntity(Integer.class)).isEqualTo(8);

		this.neo4j.query("MATCH (t:Town {code: '610322100'}) SET t.name = 'renamed by a clerk'").run();
		loader.loadIfWanted();
		assertThat(count("MATCH (t:Town {name: 'renamed by a clerk'}) RETURN count(t)")).isEqualTo(1);
	}

	@Test
	void finishesAFirstLoadThatWasCutOff() {
		TestGraph.empty(this.neo4j);
		var loader = new DemoDistrictLoader(withDemoData(), this.neo4j, this.ledgerImport, this.transactions, this.availability);
		loader.loadIfWanted();
		// as if the process had died after the pairings: no projects yet, and the load not marked complete
		this.neo4j.query("MATCH (p:Project) DETACH DELETE p").run();
		this.neo4j.query("MATCH (d:DemoDistrict) SET d.complete = false").run();

		loader.loadIfWanted();

		assertThat(count("MATCH (p:Project) RETURN count(p)")).isEqualTo(189);
		assertThat(count("MATCH (d:DemoDistrict {complete: true}) RETURN count(d)")).isEqualTo(1);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static TongxinProperties withDemoData() {
		return TestSettings.with(true, 1000);
	}

}
