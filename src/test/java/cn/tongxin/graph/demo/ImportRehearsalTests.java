package cn.tongxin.graph.demo;

import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.LedgerImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import rehearsed at start runs every ledger's statements, creating and then changing each made-up record,
 * and leaves nothing behind: no record, no tie, no audit entry.
 */
@GraphTest
class ImportRehearsalTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@BeforeEach
	void emptyGraph() {
		TestGraph.empty(this.neo4j);
	}

	@Test
	void writesEveryLedgerAndStoresNothing() throws Exception {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		var rehearsal = new ImportRehearsal(this.ledgerImport);

		rehearsal.rehearse();

		Map<String, ImportReport> reports = rehearsal.done().get();
		assertThat(reports.keySet()).containsExactlyElementsOf(this.ledgerImport.kinds());
		// the second pass changed every name, note and pairing's start: each ledger's write ran again
		assertThat(reports.values()).allSatisfy(report -> {
			assertThat(report.rejected()).as(report.kind()).isEmpty();
			assertThat(report.created()).as(report.kind()).isZero();
		});
		for (String kind : new String[] { "towns", "villages", "enterprises", "leaders", "representatives", "contacts",
				"pairings", "projects", "units", "members", "staff", "sites", "site_activities", "duties", "duty_checks",
				"problems", "meetings" }) {
			assertThat(reports.get(kind).updated()).as(kind).isPositive();
		}
		assertThat(reports.get("friendships").unchanged()).isPositive();
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(count("MATCH (a:AuditEntry) RETURN count(a)")).isZero();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
