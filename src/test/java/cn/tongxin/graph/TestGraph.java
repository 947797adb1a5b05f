package cn.tongxin.graph;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Each test starts from an empty ledger with no users but the administrator; the schema stays. */
public final class TestGraph {

	private TestGraph() {
	}

	public static void empty(Neo4jClient neo4j) {
		neo4j.query("""
				MATCH (n)
				WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
				  AND NOT (n:User AND n.username = 'admin')
				DETACH DELETE n
				""").run();
	}

}
