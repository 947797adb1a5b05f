package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * For {@code benchmarks/initial-load.sh}, once the service has started: waits on the service's Neo4j
 * ({@code args[0]}, a Bolt URI, signing in with the password in the file {@code args[2]}, the data folder's
 * {@code neo4j-password}) until every index is online, the full-text index included, which fills after the
 * service has started; then prints the seconds since {@code args[1]} (epoch milliseconds).
 */
public final class IndexesOnline {

	private IndexesOnline() {
	}

	public static void main(String[] args) throws IOException {
		Instant start = Instant.ofEpochMilli(Long.parseLong(args[1]));
		var password = AuthTokens.basic("neo4j", Files.readString(Path.of(args[2])).strip());
		var config = Config.builder().withLogging(Logging.none()).build();
		try (var driver = GraphDatabase.driver(args[0], password, config); var session = driver.session()) {
			session.run("CALL db.awaitIndexes(1800)").consume();
			long indexes = session.run("SHOW INDEXES YIELD name RETURN count(*) AS n").single().get("n").asLong();
			System.out.printf("all %d indexes online after %.1f s%n", indexes,
					Duration.between(start, Instant.now()).toMillis() / 1000.0);
		}
	}

}
