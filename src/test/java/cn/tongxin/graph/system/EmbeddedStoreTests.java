package cn.tongxin.graph.system;

import java.nio.file.Path;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinApplication;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default mode, as a user starts it: the application with its own Neo4j in a data folder, Bolt on a free
 * loopback port. Started twice on the same folder to show the data survives a restart.
 */
class EmbeddedStoreTests {

	@Test
	void keepsItsDataAcrossARestartAndListensOnLoopbackOnly(@TempDir Path dataDir) {
		try (ConfigurableApplicationContext first = start(dataDir, false)) {
			var api = http(first);
			assertThat(values(api.graphQl().document("{ towns { code } }").executeSync(), "towns")).isEmpty();
			assertThat(api.importCsv("towns", "code,name\n610322100,城关镇\n").created()).isEqualTo(1);

			Config config = database(first).getDependencyResolver().resolveDependency(Config.class);
			assertThat(config.get(BoltConnector.listen_address).getHostname()).isEqualTo("127.0.0.1");
			assertThat(database(first).getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort()).isPositive().isNotEqualTo(7687);
		}

		// demo data on, but the store is not empty: the demo district must not be loaded over the user's data
		try (ConfigurableApplicationContext second = start(dataDir, true)) {
			var towns = http(second).graphQl().document("{ towns { code name } }").executeSync();
			assertThat(values(towns, "towns[*].name")).containsExactly("城关镇");
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir, boolean demoData) {
		return new SpringApplicationBuilder(TongxinApplication.class).run("--server.port=0",
				"--tongxin.data-dir=" + dataDir, "--tongxin.embedded.bolt-port=0", "--tongxin.demo-data=" + demoData,
				"--tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD, "--tongxin.security.bcrypt-strength=4");
	}

	private static TongxinHttp http(ConfigurableApplicationContext context) {
		return new TongxinHttp(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	private static GraphDatabaseAPI database(ConfigurableApplicationContext context) {
		return (GraphDatabaseAPI) context.getBean(DatabaseManagementService.class)
			.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

}
