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

/**
 * The demo district goes through the real import, whole, and only into an empty store; one load serves every check,
 * since the district's 22,176 members take a while.
 */
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
	void loadsEveryRowOfTheDemoDistrictIntoAnEmptyStoreOnceAndFinishesACutOffLoadFromWhereItStopped() {
		TestGraph.empty(this.neo4j);
		var loader = new DemoDistrictLoader(withDemoData(), this.neo4j, this.ledgerImport, this.transactions, this.availability);

		loader.loadIfWanted();

		// the members' adjustments are what they changed, so only the joining file is left as it was
		for (DemoDistrict.LedgerFile file : DemoDistrict.files(DemoDistrict.SEED)) {
			if (file.name().equals("members")) {
				continue;
			}
			ImportReport again = this.ledgerImport.importFile(file.kind(), file.csv().getBytes(StandardCharsets.UTF_8),
					true);
			assertThat(again.rejected()).as(file.name()).isEmpty();
			assertThat(again.created() + again.updated()).as(file.name()).isZero();
		}
		assertThat(count("MATCH (t:Town) RETURN count(t)")).isEqualTo(12);
		assertThat(count("MATCH (r:Representative) RETURN count(r)")).isEqualTo(865);
		assertThat(count("MATCH (p:Project) RETURN count(p)")).isEqualTo(189);
		assertThat(count("MATCH (r:Representative)<-[:IS_REPRESENTATIVE]-(:Member) RETURN count(r)")).isEqualTo(865);
		assertThat(count("MATCH (:Member)-[:CHANGED]->(c:MemberChange) RETURN count(c)")).isGreaterThan(3000);

		// the figures the README shows, on the day the tests' server believes it is
		var coverage = new TongxinHttp(this.port).graphQl().documentName("coverage/coverage").executeSync();
		assertThat(coverage.field("coverage.villages").toEntity(Integer.class)).isEqualTo(150);
		assertThat(coverage.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(142);
		assertThat(coverage.field("coverage.unpairedVillages").toEntity(Integer.class)).isEqualTo(8);

		// the district's report for 2025, drawn from the graph: what its annual report counts
		var report = new TongxinHttp(this.port).graphQl().document("""
				{ workReport(from: "2025-01-01", to: "2025-12-31") {
				    towns memberUnits members representatives villages pairedVillages pairingCoverage projects
				    townCommissionerCoverage villageLiaisonCoverage
				    membersByCategory { category members } membersByTier { tier members }
				    dutyHolders problemsResolved meetings sitesByKind { kind sites } } }""").executeSync();
		assertThat(report.field("workReport.towns").toEntity(Integer.class)).isEqualTo(12);
		assertThat(report.field("workReport.memberUnits").toEntity(Integer.class)).isEqualTo(92);
		assertThat(report.field("workReport.members").toEntity(Integer.class)).isEqualTo(22_176);
		assertThat(report.field("workReport.membersByCategory").toEntityList(Map.class)).hasSize(11)
			.allMatch((category) -> ((Number) category.get("members")).intValue() > 0);
		assertThat(report.field("workReport.membersByTier").toEntityList(Map.class)).hasSize(3)
			.allMatch((tier) -> ((Number) tier.get("members")).intValue() > 0);
		assertThat(report.field("workReport.representatives").toEntity(Integer.class)).isEqualTo(865);
		assertThat(report.field("workReport.villages").toEntity(Integer.class)).isEqualTo(146);
		assertThat(report.field("workReport.pairedVillages").toEntity(Integer.class)).isEqualTo(146);
		assertThat(report.field("workReport.pairingCoverage").toEntity(Double.class)).isEqualTo(1.0);
		assertThat(report.field("workReport.townCommissionerCoverage").toEntity(Double.class)).isEqualTo(1.0);
		assertThat(report.field("workReport.villageLiaisonCoverage").toEntity(Double.class)).isEqualTo(1.0);
		assertThat(report.field("workReport.projects").toEntity(Integer.class)).isEqualTo(189);
		// and the report's work: every town and unit with a duty list, 65 problems solved, 6 meetings, the sites
		assertThat(report.field("workReport.dutyHolders").toEntity(Integer.class)).isEqualTo(12 + 92);
		assertThat(report.field("workReport.problemsResolved").toEntity(Integer.class)).isEqualTo(65);
		assertThat(report.field("workReport.meetings").toEntity(Integer.class)).isEqualTo(6);
		assertThat(report.field("workReport.sitesByKind").toEntityList(Map.class))
			.extracting((kind) -> kind.get("kind") + " " + kind.get("sites"))
			.containsExactly("SECRETARY_DEMONSTRATION_POINT 29", "NEW_STRATA_INNOVATION_BASE 4", "QINCHUANGYUAN_BASE 3",
					"VILLAGE_ENTERPRISE_PILOT 5", "RELIGIOUS_DEMONSTRATION_SITE 7", "PRACTICE_CENTRE 13",
					"PRACTICE_STATION 16", "BRAND_ROOM 3");

		this.neo4j.query("MATCH (t:Town {code: '610322100'}) SET t.name = 'renamed by a clerk'").run();
		loader.loadIfWanted();
		assertThat(count("MATCH (t:Town {name: 'renamed by a clerk'}) RETURN count(t)")).isEqualTo(1);

		// as if the first load had died in its last file, with the instance loading it killed two minutes ago: the
		// load is taken over, and the files before it are not loaded again
		long staff = count("MATCH (s:Staff) RETURN count(s)");
		this.neo4j.query("MATCH (s:Staff) DETACH DELETE s").run();
		this.neo4j.query("""
				MATCH (d:DemoDistrict)
				SET d.complete = false, d.files = $files, d.loadingBy = 'a killed instance',
				    d.aliveAt = datetime() - duration('PT2M')""")
			.bind(DemoDistrict.files(DemoDistrict.SEED)
				.stream()
				.map(DemoDistrict.LedgerFile::name)
				.filter((name) -> !name.equals("staff"))
				.toList())
			.to("files")
			.run();
		loader.loadIfWanted();
		assertThat(count("MATCH (s:Staff) RETURN count(s)")).isEqualTo(staff);
		assertThat(count("MATCH (t:Town {name: 'renamed by a clerk'}) RETURN count(t)")).isEqualTo(1);
		assertThat(count("MATCH (d:DemoDistrict {complete: true}) WHERE d.loadingBy IS NULL RETURN count(d)")).isEqualTo(1);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private static TongxinProperties withDemoData() {
		return TestSettings.with(true, 1000);
	}

}
