package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

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
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:neo4j/migrations")
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.withResourceScanner(GraphSchema::filesUnder)
			.build();
		new Migrations(config, driver).apply()
			.ifPresent(version -> logger.info("Graph schema is at version " + version.getValue()));
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
