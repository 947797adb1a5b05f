package cn.tongxin.graph.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ac.simons.neo4j.migrations.core.MigrationsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema at the embedded database's start ({@link GraphSchema#applyTo}): a store that has every migration is
 * left alone without asking neo4j-migrations, and anything else is still neo4j-migrations' to apply or refuse.
 * The migrations here ({@code graph-schema-specs/}) each leave a node behind, so a second run would show.
 */
class GraphSchemaTests {

	private static Neo4j neo4j;

	private final AtomicInteger connections = new AtomicInteger();

	@BeforeAll
	static void startNeo4j() {
		neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.close();
	}

	@BeforeEach
	void emptyStore() {
		database().executeTransactionally("MATCH (n) DETACH DELETE n");
	}

	@Test
	void appliesEveryMigrationToANewStoreAndLeavesAStoreThatHasThemAlone() {
		start("applied");
		assertThat(migrationsRun()).containsExactly(1L);
		assertThat(this.connections).hasValue(1);

		start("applied");
		assertThat(migrationsRun()).containsExactly(1L);
		assertThat(this.connections).as("neo4j-migrations was not asked").hasValue(1);
	}

	@Test
	void appliesAMigrationAddedSinceTheLastStart() {
		start("applied");
		start("added");
		assertThat(migrationsRun()).containsExactly(1L, 2L);

		start("added");
		assertThat(migrationsRun()).containsExactly(1L, 2L);
		assertThat(this.connections).hasValue(2);
	}

	@Test
	void refusesToStartWithAMigrationChangedAfterItWasApplied() {
		start("applied");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> start("changed"))
			.withMessageContaining("Checksum of 0001 (\"First\") changed");
		assertThat(migrationsRun()).containsExactly(1L);
	}

	private void start(String folder) {
		GraphSchema.applyTo(database(), () -> {
			this.connections.incrementAndGet();
			return GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
		}, "graph-schema-specs/" + folder);
	}

	private static List<Long> migrationsRun() {
		return database().executeTransactionally("MATCH (s:SchemaSpec) RETURN s.migration AS m ORDER BY m", Map.of(),
				result -> result.stream().map(row -> (Long) row.get("m")).toList());
	}

	private static GraphDatabaseService database() {
		return neo4j.defaultDatabaseService();
	}

}
