package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
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
import ac.simons.neo4j.migrations.core.ResourceContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
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
 * migrations are checksummed and never run twice.
 */
@Component
public class GraphSchema implements InitializingBean {

	private static final Log logger = LogFactory.getLog(GraphSchema.class);

	/** Where the build puts {@code graph-schema/}. */
	static final String MIGRATIONS = "neo4j/migrations";

	/** The label neo4j-migrations records an applied migration with. */
	private static final Label APPLIED = Label.label("__Neo4jMigration");

	private static final RelationshipType REPEATED = RelationshipType.withName("REPEATED");

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
		new Migrations(config(folder), driver).apply()
			.ifPresent(version -> logger.info("Graph schema is at version " + version.getValue()));
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
