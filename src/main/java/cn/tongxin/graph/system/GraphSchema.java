package cn.tongxin.graph.system;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Brings the database's constraints and indexes up to date from the versioned Cypher in {@code graph-schema/}
 * (on the classpath as {@code neo4j/migrations}). Runs while the context starts, before any request or the
 * demo loader can touch the graph, or, when a Neo4j server cannot be reached then, as soon as it can; applied
 * migrations are checksummed and never run twice.
 */
@Component
public class GraphSchema implements InitializingBean {

	private static final Log logger = LogFactory.getLog(GraphSchema.class);

	private final Driver driver;

	private final GraphAvailability availability;

	GraphSchema(Driver driver, GraphAvailability availability) {
		this.driver = driver;
		this.availability = availability;
	}

	@Override
	public void afterPropertiesSet() {
		this.availability.whenAvailable("the graph schema", this::apply);
	}

	private void apply() {
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:neo4j/migrations")
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.build();
		new Migrations(config, this.driver).apply()
			.ifPresent(version -> logger.info("Graph schema is at version " + version.getValue()));
	}

}
