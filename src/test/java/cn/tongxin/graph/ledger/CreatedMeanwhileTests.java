package cn.tongxin.graph.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row the stored look-up found absent is written by a statement that only creates; when another import created
 * the key in between, that statement leaves the record alone and the row is written as a change, under the
 * record's lock, reported and audited with what it replaced.
 */
@GraphTest
class CreatedMeanwhileTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Ledgers ledgers;

	@Autowired
	ApplicationContext application;

	@Autowired
	LedgerImport ledgerImport;

	@BeforeEach
	void emptyGraph() {
		TestGraph.empty(this.neo4j);
	}

	@Test
	void writesAKeyCreatedSinceTheLookUpAsAChange() {
		this.ledgerImport.importFile("towns", csv("code,name\n610322100,甲镇\n"), false);
		this.ledgerImport.importFile("villages", csv("code,name,town_code,households\n610322100001,一村,610322100,10\n"),
				false);
		// the look-up sees nothing stored, as when another import created the keys after it
		var seesNothing = new LedgerGraph(this.neo4j, this.ledgers) {

			@Override
			Map<List<Object>, Stored> stored(Sheet sheet, Collection<Map<String, Object>> keys, List<String> userTowns) {
				return sheet.kind().equals("villages") ? Map.of() : super.stored(sheet, keys, userTowns);
			}

		};
		var late = ImportOverGraph.of(this.application, seesNothing, 50);

		ImportReport report = late.importFile("villages",
				csv("code,name,town_code,households\n610322100001,一村,610322100,20\n610322100002,二村,610322100,30\n"),
				false);

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.rejected()).isEmpty();
		assertThat(this.neo4j.query("MATCH (v:Village)-[:IN_TOWN]->(:Town) RETURN v.code AS code, v.households AS households ORDER BY code")
			.fetch()
			.all()).containsExactly(Map.of("code", "610322100001", "households", 20L),
					Map.of("code", "610322100002", "households", 30L));
		String changes = this.neo4j
			.query("MATCH (a:AuditEntry {kind: 'villages'}) WITH a ORDER BY a.at DESC LIMIT 1 RETURN a.changes")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		assertThat(changes).contains("\"before\":\"10\"").contains("\"after\":\"20\"");
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
