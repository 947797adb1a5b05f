package cn.tongxin.graph.system;

import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: Neo4j inside the application, persisted under {@code tongxin.data-dir}, with Bolt on
 * 127.0.0.1 only. The driver reaches it over Bolt like any server, so nothing else knows the difference.
 * The driver bean depends on the database, so the database starts before and stops after everything that
 * uses the driver.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoServerConfigured.class)
class EmbeddedNeo4jConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(TongxinProperties properties,
			ObjectProvider<EmbeddedStorePreparation> preparations) {
		Path home = properties.dataDir().toAbsolutePath().normalize();
		preparations.orderedStream().forEach(preparation -> preparation.prepare(home));
		logger.info("Starting the embedded Neo4j in " + home);
		return new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.embedded().boltPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.embedded().pageCache()))
			.build();
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService embeddedNeo4j) {
		var database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		logger.info("Embedded Neo4j is listening for Bolt on " + bolt);
		return GraphDatabase.driver("bolt://" + bolt, AuthTokens.none());
	}

	/** Embedded unless a server is named: {@code spring.neo4j.uri} switches to that server. */
	static class NoServerConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.neo4j.uri");
		}

	}

}
