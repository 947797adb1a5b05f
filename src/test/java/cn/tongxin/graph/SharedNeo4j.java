package cn.tongxin.graph;

import java.net.URI;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One real in-process Neo4j for the whole test JVM: a start costs seconds, so every test class shares it and
 * keeps its data apart by cleaning up, never by starting another database.
 */
public final class SharedNeo4j {

	private static Neo4j neo4j;

	private SharedNeo4j() {
	}

	public static synchronized URI boltUri() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "shared-neo4j-shutdown"));
		}
		return neo4j.boltURI();
	}

	/** The same server through a routing URI, as a cluster would be addressed. */
	public static String routingUri() {
		URI bolt = boltUri();
		return "neo4j://" + bolt.getHost() + ":" + bolt.getPort();
	}

}
