package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.ledger.LedgerImport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link NationalLedgers} at a small scale pass the ordinary import whole, the wider ledger included: so the
 * national benchmarks load rows that every rule accepts, and the members' invariants hold (every representative
 * named by exactly one member, all 11 categories and 3 tiers, a commissioner in every town and a liaison in every
 * village on the report day). The class takes 45 to 65 s (application start included): tagged with the
 * benchmarks, out of the ordinary build; run it with
 * {@code mvn test -Dtest=NationalLedgersTests -DexcludedGroups=none} after changing the generator.
 */
@GraphTest
@Tag("benchmark")
@TestPropertySource(properties = "tongxin.ledger.batch-size=1000")
class NationalLedgersTests {

	/** 8 towns, 100 villages, 160 representatives, 3 units, 5,000 members, about 110 staff. */
	static final double SCALE = 0.0002;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@Test
	void importsWholeWithTheMembersInvariants(@TempDir Path directory) throws IOException {
		Map<String, Integer> counts = NationalLedgers.write(directory, SCALE);
		assertThat(counts).containsEntry("10 members", 5_000).containsKeys("9 units", "11 staff");
		TestGraph.empty(this.neo4j);
		for (String kind : this.ledgerImport.kinds()) {
			Path file = directory.resolve(kind + ".csv");
			if (Files.exists(file)) {
				var report = this.ledgerImport.importFile(kind, Files.readAllBytes(file), false);
				assertThat(report.rejected()).as(kind).isEmpty();
			}
		}
		assertThat(number("MATCH (m:Member) RETURN count(m) AS n")).isEqualTo(5_000);
		assertThat(number("MATCH (r:Representative) RETURN count(r) AS n")).isEqualTo(160);
		assertThat(number("""
				MATCH (r:Representative) WHERE COUNT { (:Member)-[:IS_REPRESENTATIVE]->(r) } <> 1 RETURN count(r) AS n"""))
			.isZero();
		assertThat(strings("MATCH (m:Member) RETURN DISTINCT m.category AS v")).hasSize(11);
		assertThat(strings("MATCH (m:Member) RETURN DISTINCT m.tier AS v"))
			.containsExactlyInAnyOrder("DISTRICT", "TOWN", "VILLAGE");
		assertThat(number("MATCH (m:Member) WHERE m.leftOn IS NOT NULL RETURN count(m) AS n")).isPositive();
		assertThat(number("MATCH (m:Member)-[:IN_UNIT]->(:Unit) RETURN count(m) AS n")).isPositive();
		String inPost = "s.since <= date('2025-12-31') AND (s.until IS NULL OR s.until >= date('2025-12-31'))";
		assertThat(number("MATCH (t:Town) WHERE NOT EXISTS { (s:Staff {post: 'TOWN_COMMISSIONER'})-[:IN_TOWN]->(t) WHERE "
				+ inPost + " } RETURN count(t) AS n")).isZero();
		assertThat(number("MATCH (v:Village) WHERE NOT EXISTS { (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v) WHERE "
				+ inPost + " } RETURN count(v) AS n")).isZero();
	}

	private long number(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
	}

	private List<String> strings(String cypher) {
		return List.copyOf(this.neo4j.query(cypher).fetchAs(String.class).mappedBy((types, row) -> row.get("v").asString()).all());
	}

}
