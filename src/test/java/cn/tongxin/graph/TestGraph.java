package cn.tongxin.graph;

import java.nio.charset.StandardCharsets;

import cn.tongxin.graph.demo.DemoDistrict;
import cn.tongxin.graph.ledger.LedgerImport;
import org.neo4j.driver.Driver;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Each test starts from an empty ledger with no users but the administrator; the schema stays. */
public final class TestGraph {

	private TestGraph() {
	}

	private static final String EMPTY = """
			MATCH (n)
			WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
			  AND NOT (n:User AND n.username = 'admin')
			DETACH DELETE n
			""";

	public static void empty(Neo4jClient neo4j) {
		neo4j.query(EMPTY).run();
	}

	/** The same, through a driver of the test's own, with no application at hand. */
	public static void empty(Driver driver) {
		try (var session = driver.session()) {
			session.run(EMPTY).consume();
		}
	}

	/** An empty store, then the demo district through the ordinary import, as a clerk's files would come. */
	public static void demoDistrict(Neo4jClient neo4j, LedgerImport ledgerImport) {
		empty(neo4j);
		DemoDistrict.coreFiles(DemoDistrict.SEED)
			.forEach((kind, csv) -> ledgerImport.importFile(kind, csv.getBytes(StandardCharsets.UTF_8), false));
	}

}
