package cn.tongxin.graph;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

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
			// The harness's own page cache is 8 MiB, enough for the tests' small graphs; benchmarks of national size
			// set tongxin.test.page-cache (the benchmark profile does).
			neo4j = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(GraphDatabaseSettings.pagecache_memory,
						ByteUnit.parse(System.getProperty("tongxin.test.page-cache", "8m")))
				.build();
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
