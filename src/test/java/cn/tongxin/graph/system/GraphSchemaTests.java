package cn.tongxin.graph.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import ac.simons.neo4j.migrations.core.MigrationsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema at the embedded database's start ({@link GraphSchema#applyTo}): a store that has every migration is
 * left alone without asking neo4j-migrations, and anything else is still neo4j-migrations' to apply or refuse.
 * The migrations here ({@code graph-schema-specs/}) each leave a node behind, so a second run would show. An
 * instance that finds neo4j-migrations' lock held by another waits for it rather than failing.
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

	@Test
	void waitsWhileAnotherInstanceHoldsTheMigrationsLockAndAppliesThemOnceItIsReleased() throws Exception {
		start("applied");
		holdLockAsAnotherInstance();
		try (Driver driver = driver()) {
			var second = CompletableFuture
				.runAsync(() -> GraphSchema.apply(driver, "graph-schema-specs/added", Duration.ofMinutes(1)));
			assertThatExceptionOfType(TimeoutException.class).as("still waiting")
				.isThrownBy(() -> second.get(3, TimeUnit.SECONDS));
			assertThat(migrationsRun()).containsExactly(1L);

			database().executeTransactionally("MATCH (l:__Neo4jMigrationsLock {id: 'another instance'}) DELETE l");
			second.get(60, TimeUnit.SECONDS);
		}
		assertThat(migrationsRun()).containsExactly(1L, 2L);
	}

	@Test
	void refusesToStartWhenTheLockIsStillHeldAfterTheWaitAndSaysHowToRemoveIt() {
		start("applied");
		holdLockAsAnotherInstance();
		try (Driver driver = driver()) {
			assertThatExceptionOfType(MigrationsException.class)
				.isThrownBy(() -> GraphSchema.apply(driver, "graph-schema-specs/added", Duration.ofSeconds(2)))
				.withMessageContaining("still locked after 2 s")
				.withMessageContaining("MATCH (l:__Neo4jMigrationsLock) DELETE l");
		}
		assertThat(migrationsRun()).containsExactly(1L);
	}

	/** The lock as neo4j-migrations takes it (its constraints were made by the first start). */
	private static void holdLockAsAnotherInstance() {
		database().executeTransactionally("CREATE (:__Neo4jMigrationsLock {id: 'another instance', name: 'John Doe'})");
	}

	private static Driver driver() {
		return GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
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
