package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import ac.simons.neo4j.migrations.core.ResourceContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the database's constraints and indexes up to date from the versioned Cypher in {@code graph-schema/}
 * (on the classpath as {@code neo4j/migrations}). Runs while the context starts, before any request or the
 * demo loader can touch the graph (for the embedded database, in the background as it opens: {@link
 * EmbeddedNeo4jStart}), or, when a Neo4j server cannot be reached then, as soon as it can; applied
 * migrations are checksummed and never run twice. Instances started together on one server take turns: the one
 * holding neo4j-migrations' lock applies the migrations, the others wait for it and find them applied.
 */
@Component
public class GraphSchema implements InitializingBean {

	private static final Log logger = LogFactory.getLog(GraphSchema.class);

	/** Where the build puts {@code graph-schema/}. */
	static final String MIGRATIONS = "neo4j/migrations";

	/** The label neo4j-migrations records an applied migration with. */
	private static final Label APPLIED = Label.label("__Neo4jMigration");

	private static final RelationshipType REPEATED = RelationshipType.withName("REPEATED");

	/** The node neo4j-migrations locks the database with, while it migrates. */
	private static final String LOCK = "__Neo4jMigrationsLock";

	/** What Neo4j says when a second lock node is created: the lock's name is unique. */
	private static final String LOCK_TAKEN = "Neo.ClientError.Schema.ConstraintValidationFailed";

	/**
	 * How long an instance waits for another's migrations: creating a constraint on a national store takes
	 * minutes, not ten.
	 */
	static final Duration LOCK_WAIT = Duration.ofMinutes(10);

	private static final Duration LOCK_RETRY = Duration.ofSeconds(1);

	private final Driver driver;

	private final GraphAvailability availability;

	private final ObjectProvider<EmbeddedNeo4jStart> early;

	GraphSchema(Driver driver, GraphAvailability availability, ObjectProvider<EmbeddedNeo4jStart> early) {
		this.driver = driver;
		this.availability = availability;
		this.early = early;
	}

	@Override
	public void afterPropertiesSet() {
		// the embedded database is being opened in the background, and the driver hands it out with its schema applied
		if (this.early.getIfAvailable() != null) {
			return;
		}
		this.availability.whenAvailable("the graph schema", () -> apply(this.driver));
	}

	static void apply(Driver driver) {
		apply(driver, MIGRATIONS);
	}

	static void apply(Driver driver, String folder) {
		apply(driver, folder, LOCK_WAIT);
	}

	/**
	 * Applies the migrations under neo4j-migrations' lock, waiting while another instance holds it. The lock is a
	 * {@code __Neo4jMigrationsLock} node of a unique name; neo4j-migrations does not wait for it, but refuses at
	 * once, so several instances started together on a new database would all fail but the first. Here the others
	 * try again every second until the first is done, and then find every migration applied. A lock still held
	 * after {@code wait} is taken for one a crashed instance left behind (neo4j-migrations removes its lock at any
	 * normal exit), and the start fails saying how to remove it.
	 */
	static void apply(Driver driver, String folder, Duration wait) {
		Instant giveUp = Instant.now().plus(wait);
		boolean waiting = false;
		while (true) {
			try {
				new Migrations(config(folder), driver).apply()
					.ifPresent(version -> logger.info("Graph schema is at version " + version.getValue()));
				return;
			}
			catch (MigrationsException ex) {
				// anything else, a deadlock included, is the caller's: GraphAvailability tries a passing failure again
				if (!lockedByAnother(ex)) {
					throw ex;
				}
				if (Instant.now().isAfter(giveUp)) {
					throw new MigrationsException("The graph schema's migrations are still locked after "
							+ wait.toSeconds() + " s. If no other instance of the service is starting, one that was killed left its lock: "
							+ "remove it with MATCH (l:__Neo4jMigrationsLock) DELETE l and start again", ex);
				}
				if (!waiting) {
					logger.info("Another instance is applying the graph schema's migrations; waiting for it (at most "
							+ wait.toSeconds() + " s)");
					waiting = true;
				}
				pause();
			}
		}
	}

	/** Whether neo4j-migrations could not take its lock because another holds it. */
	private static boolean lockedByAnother(MigrationsException failure) {
		return failure.getCause() instanceof Neo4jException cause
				&& LOCK_TAKEN.equals(cause.code()) && String.valueOf(cause.getMessage()).contains(LOCK);
	}

	private static void pause() {
		try {
			Thread.sleep(LOCK_RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the graph schema's migrations", ex);
		}
	}

	/**
	 * Brings an embedded database's schema up to date; the driver is made only when neo4j-migrations has work to do
	 * (and closed after). A store that records every migration file, with the checksum neo4j-migrations gives the
	 * file today, is left alone: on such a start neo4j-migrations would take its lock, read and validate the chain
	 * and release the lock, 3.7 s of the start, most of it the Cypher compiler's first use. Any difference (a file
	 * added or changed, one the store does not know, a repeatable migration or a callback) goes to neo4j-migrations,
	 * which applies or refuses it as ever.
	 */
	static void applyTo(GraphDatabaseService database, Supplier<Driver> driver, String folder) {
		TreeMap<String, String> recorded = recorded(database);
		if (!recorded.isEmpty() && files(folder).filter(recorded::equals).isPresent()) {
			logger.info("Graph schema is at version " + recorded.lastKey() + ": every migration is applied");
			return;
		}
		try (Driver connection = driver.get()) {
			apply(connection, folder);
		}
	}

	/**
	 * Each versioned migration in the folder by its version, with its checksum as neo4j-migrations computes it; empty
	 * when the folder holds anything else, which only neo4j-migrations may judge.
	 */
	private static Optional<Map<String, String>> files(String folder) {
		var config = config(folder);
		var files = new TreeMap<String, String>();
		for (URL url : filesUnder(List.of(folder))) {
			String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			if (!name.startsWith("V") || !name.endsWith(".cypher") || !MigrationVersion.canParse(name)) {
				return Optional.empty();
			}
			String version = MigrationVersion.parse(name).getValue();
			if (files.put(version, CypherResource.of(ResourceContext.of(url, config)).getChecksum()) != null) {
				return Optional.empty();
			}
		}
		return Optional.of(files);
	}

	/**
	 * The migrations the store records as applied, by version, with their checksums: read through the embedded
	 * database's own API, not Cypher. Anything recorded in a form this does not know (a migration target, a
	 * repetition) makes an entry no file matches.
	 */
	private static TreeMap<String, String> recorded(GraphDatabaseService database) {
		var recorded = new TreeMap<String, String>();
		try (var tx = database.beginTx(); var nodes = tx.findNodes(APPLIED)) {
			while (nodes.hasNext()) {
				Node node = nodes.next();
				String version = String.valueOf(node.getProperty("version", null));
				if (version.equals("BASELINE") && !node.hasProperty("migrationTarget")) {
					continue;
				}
				boolean plain = !node.hasProperty("migrationTarget") && "CYPHER".equals(node.getProperty("type", null))
						&& Boolean.FALSE.equals(node.getProperty("repeatable", null))
						&& !node.hasRelationship(REPEATED);
				if (recorded.put(version, plain ? Objects.toString(node.getProperty("checksum", null)) : "?") != null) {
					recorded.put(version, "?");
				}
			}
		}
		return recorded;
	}

	private static MigrationsConfig config(String folder) {
		return MigrationsConfig.builder()
			.withLocationsToScan("classpath:" + folder)
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.withResourceScanner(GraphSchema::filesUnder)
			.build();
	}

	/**
	 * The files in the given classpath folders. neo4j-migrations' own scanner reads every jar on the classpath,
	 * three times a start: 3 s of the packaged service's start-up; the class loader finds the folders directly.
	 */
	private static List<URL> filesUnder(List<String> folders) {
		var resolver = new PathMatchingResourcePatternResolver(GraphSchema.class.getClassLoader());
		var files = new ArrayList<URL>();
		try {
			for (String folder : folders) {
				for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
					URL url = resource.getURL();
					if (!url.getPath().endsWith("/")) {
						files.add(url);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations", ex);
		}
		return files;
	}

}
