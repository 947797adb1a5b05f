package cn.tongxin.graph.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

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
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The default mode, as a user starts it: the application with its own Neo4j in a data folder, Bolt on a free
 * loopback port, opened in the background from the start as {@code main} does. Started twice on the same folder to
 * show the data survives a restart, and tried as another process on the machine would.
 */
class EmbeddedStoreTests {

	/**
	 * No import rehearsed in the background (ImportRehearsalTests runs one by hand): it would take a core for up to
	 * 15 s after each start, while the test runs.
	 */
	static final String NO_REHEARSAL = "--tongxin.ledger.rehearse-at-start=false";

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

	@Test
	void fillsANewStoreWithTheDemoDistrictInBulkThenImportsItsMembersAdjustments(@TempDir Path dataDir) {
		try (ConfigurableApplicationContext service = start(dataDir, true)) {
			var graph = database(service);
			try (var transaction = graph.beginTx()) {
				Map<String, Object> loaded = transaction.execute("""
						MATCH (d:DemoDistrict)
						RETURN d.complete AS complete, d.files AS files,
						       COUNT { (:Member) } AS members, COUNT { (:MemberChange) } AS changes,
						       COUNT { (:AuditEntry {operation: 'initialLoad'}) } AS bulkLoads""").next();
				assertThat(loaded).containsEntry("complete", true).containsEntry("members", 23_796L)
					.containsEntry("bulkLoads", 1L);
				// the adjustments and the work went through the import after the bulk load: the members' history
				assertThat((String[]) loaded.get("files")).endsWith("staff", "member-adjustments", "sites",
						"site_activities", "duties", "duty_checks", "problems", "meetings")
					.contains("towns", "members");
				assertThat((Long) loaded.get("changes")).isGreaterThan(3_000L);
			}
			var report = http(service).graphQl()
				.document("{ workReport(from: \"2025-01-01\", to: \"2025-12-31\") { members villageLiaisonCoverage } }")
				.executeSync();
			assertThat(report.field("workReport.members").toEntity(Integer.class)).isEqualTo(22_176);
			assertThat(report.field("workReport.villageLiaisonCoverage").toEntity(Double.class)).isEqualTo(1.0);
		}
	}

	@Test
	void letsNoOneElseOnTheMachineIntoTheDatabase(@TempDir Path parent) throws Exception {
		Path dataDir = parent.resolve("data");
		try (ConfigurableApplicationContext service = TongxinApplication.application().run(
				"--server.port=0", "--tongxin.data-dir=" + dataDir, "--tongxin.demo-data=false",
				"--tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD, "--tongxin.security.bcrypt-strength=4",
				NO_REHEARSAL)) {
			var api = http(service);
			String bolt = "bolt://127.0.0.1:" + database(service).getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			Path passwordFile = dataDir.resolve("neo4j-password");
			String password = Files.readString(passwordFile);

			assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
			assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(password).hasSizeGreaterThanOrEqualTo(43);
			assertThat(database(service).getDependencyResolver().resolveDependency(Config.class)
				.get(GraphDatabaseSettings.udc_enabled)).as("usage data sent to Neo4j, Inc.").isFalse();
			for (AuthToken stranger : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
					AuthTokens.basic("neo4j", "x"), AuthTokens.basic("neo4j", "y"), AuthTokens.basic("neo4j", "z"),
					AuthTokens.basic("neo4j", "w"))) {
				try (Driver driver = GraphDatabase.driver(bolt, stranger)) {
					assertThatExceptionOfType(AuthenticationException.class).as(stranger.toString())
						.isThrownBy(driver::verifyConnectivity);
				}
			}

			// failed sign-ins lock nothing: the service and its password still get in
			assertThat(api.importCsv("towns", "code,name\n610322100,城关镇\n").created()).isEqualTo(1);
			Path secret = Files.writeString(dataDir.resolve("secret.csv"), "code\n610322100\n");
			try (Driver owner = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password));
					Session session = owner.session()) {
				assertThat(session.run("MATCH (t:Town) RETURN t.name AS name").single().get("name").asString())
					.isEqualTo("城关镇");
				var refusals = Map.of(secret.toUri().toString(), "allow_csv_import_from_file_urls' is false",
						"file:///etc/passwd", "allow_csv_import_from_file_urls' is false",
						"http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort()
								+ "/actuator/health", "is blocked");
				refusals.forEach((url, reason) -> assertThatExceptionOfType(ClientException.class).as(url)
					.isThrownBy(() -> session.run("LOAD CSV FROM $url AS row RETURN row", Map.of("url", url)).list())
					.withMessageContaining(reason));
			}
			assertThat(values(api.graphQl().document("{ towns { name } }").executeSync(), "towns[*].name"))
				.containsExactly("城关镇");
		}
	}

	@Test
	void showsTheEmbeddedDriversMetricsToAdministratorsOnly(@TempDir Path dataDir) {
		try (ConfigurableApplicationContext service = start(dataDir, false)) {
			var admin = http(service);
			admin.graphQl().document("{ towns { code } }").executeSync();
			var viewer = admin.createUser("metrics.viewer", "VIEWER", false, List.of());

			var metrics = admin.get("/actuator/prometheus");
			assertThat(metrics.statusCode()).isEqualTo(200);
			// the driver built here by hand reports its pool and timings as Boot's own driver does
			assertThat(metrics.body()).contains("db_client_connection_count{")
				.contains("neo4j_db_client_transaction_commit_duration_seconds_count{");
			assertThat(viewer.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir, boolean demoData) {
		return TongxinApplication.application().run("--server.port=0",
				"--tongxin.data-dir=" + dataDir, "--tongxin.demo-data=" + demoData,
				"--tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD, "--tongxin.security.bcrypt-strength=4",
				NO_REHEARSAL);
	}

	private static TongxinHttp http(ConfigurableApplicationContext context) {
		return new TongxinHttp(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	private static GraphDatabaseAPI database(ConfigurableApplicationContext context) {
		return (GraphDatabaseAPI) context.getBean(DatabaseManagementService.class)
			.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

}
