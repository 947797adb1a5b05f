package cn.tongxin.graph.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.system.DemoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar, started as an operator starts it ({@code java -jar}) on a new folder: it restores the demo
 * district's store that {@code mvn package} made ({@link DemoStore}) and answers the district's report with the
 * whole demo; started again on that folder, it keeps what the folder holds. Run by failsafe after the jar is made.
 */
class DemoStoreFirstStartIT {

	@Test
	void aFirstStartRestoresTheBuildsDemoStoreAndALaterStartKeepsTheFolder(@TempDir Path folder) throws Exception {
		Path jar = Path.of(System.getProperty("tongxin.test.jar"));
		try (var zip = new ZipFile(jar.toFile())) {
			assumeThat(zip.getEntry("BOOT-INF/classes/" + DemoStore.RESOURCE))
				.as("the jar was built with -Dtongxin.demo-store.skip=true").isNotNull();
		}
		Path dataDir = folder.resolve("data");

		String firstLog = run(jar, dataDir, folder.resolve("first.log"), api -> {
			Map<String, Object> report = TongxinHttp.value(api.graphQl().document("""
					{ workReport(from: "2025-01-01", to: "2025-12-31") { towns memberUnits members representatives
					  pairingCoverage } }""").executeSync(), "workReport");
			assertThat(report).containsEntry("towns", 12).containsEntry("memberUnits", 92)
				.containsEntry("members", 22176).containsEntry("representatives", 865)
				.containsEntry("pairingCoverage", 1.0);
			// the administrator is the first start's own, from its setting: the store came with no user
			api.createUser("clerk", "EDITOR", false, List.of());
		});
		assertThat(firstLog).contains("Restored the demo district's store").doesNotContain("Initial load of");

		String secondLog = run(jar, dataDir, folder.resolve("second.log"), api -> {
			List<String> users = TongxinHttp.values(api.graphQl().document("{ users { username } }").executeSync(),
					"users[*].username");
			assertThat(users).contains("admin", "clerk");
		});
		assertThat(secondLog).doesNotContain("Restored the demo district's store");
	}

	private static String run(Path jar, Path dataDir, Path log, Check check) throws Exception {
		int port = freePort();
		Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toString(), "--server.port=" + port, "--tongxin.data-dir=" + dataDir,
				"--tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD, "--tongxin.security.bcrypt-strength=4",
				"--tongxin.ledger.rehearse-at-start=false")
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			var api = new TongxinHttp(port);
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
				.until(() -> !service.isAlive() || api.get("/actuator/health").statusCode() == 200);
			assertThat(service.isAlive()).as("the service started (%s)", log).isTrue();
			check.on(api);
		}
		finally {
			service.destroy();
			if (!service.waitFor(60, TimeUnit.SECONDS)) {
				service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		return Files.readString(log);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private interface Check {

		void on(TongxinHttp api) throws Exception;

	}

}
