package cn.tongxin.graph.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinApplication;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.ledger.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service in a process of its own, killed (SIGKILL) in the middle of a large import, then started again on
 * the same embedded store: it starts cleanly, every batch is wholly in or wholly out, and importing the same
 * file again stores the rest.
 */
class KilledImportTests {

	/**
	 * A hundred batches: enough that the import is still running when its first batch is seen committed, and
	 * small ones, since all that is left is imported again after the restart.
	 */
	static final int VILLAGES = 10_000;

	static final int BATCH = 100;

	@Test
	void startsCleanlyAfterBeingKilledMidImportWithEveryBatchWhole(@TempDir Path dataDir) throws Exception {
		String file = villages();
		int port = freePort();

		Process first = start(dataDir, port);
		try {
			var api = ready(port);
			api.importCsv("towns", "code,name\n610322100,甲镇\n");
			var importing = HttpClient.newHttpClient()
				.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/import/villages"))
					.header("Authorization", basicAdmin())
					.header("Content-Type", "text/csv")
					.POST(HttpRequest.BodyPublishers.ofString(file))
					.build(), HttpResponse.BodyHandlers.ofString());
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> importing.isDone() || villageBatchesAudited(api) > 0);
			assertThat(importing.isDone()).as("the import was still running when the process was killed").isFalse();
		}
		finally {
			first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		Process second = start(dataDir, port);
		try {
			var api = ready(port);
			long stored = count(api, "{ coverage { villages } }");
			long batches = villageBatchesAudited(api);
			assertThat(stored).isLessThan(VILLAGES).isEqualTo(batches * BATCH);

			ImportReport again = api.importCsv("villages", file);

			assertThat(again.unchanged()).isEqualTo(stored);
			assertThat(again.created()).isEqualTo(VILLAGES - stored);
			assertThat(count(api, "{ coverage { villages } }")).isEqualTo(VILLAGES);
		}
		finally {
			// nothing is asked of this stop: killed too, rather than waiting for the embedded Bolt server's quiet
			// period (about ten seconds)
			second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Process start(Path dataDir, int port) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// the quick compiler only: a start of the service, not its long run, is what the test waits for
				"-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				TongxinApplication.class.getName(),
				"--server.port=" + port, "--tongxin.data-dir=" + dataDir, "--tongxin.embedded.bolt-port=0",
				"--tongxin.demo-data=false", "--tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD,
				"--tongxin.security.bcrypt-strength=4", "--tongxin.ledger.batch-size=" + BATCH,
				// no import rehearsed in the background, competing with the one under test for the machine's cores
				"--tongxin.ledger.rehearse-at-start=false", "--logging.level.root=WARN"));
		return new ProcessBuilder(command).inheritIO().start();
	}

	private static TongxinHttp ready(int port) {
		var api = new TongxinHttp(port);
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> api.get("/actuator/health").statusCode() == 200);
		return api;
	}

	private static long villageBatchesAudited(TongxinHttp api) {
		return count(api, "{ auditLog(filter: {kind: \"villages\"}, first: 0) { totalCount } }");
	}

	private static long count(TongxinHttp api, String query) {
		var response = api.graphQl().document(query).executeSync();
		Object value = (query.contains("auditLog")) ? response.field("auditLog.totalCount").getValue()
				: response.field("coverage.villages").getValue();
		return ((Number) value).longValue();
	}

	private static String villages() {
		var csv = new StringBuilder("code,name,town_code,households\n");
		for (int i = 0; i < VILLAGES; i++) {
			csv.append("610322%06d,第%d村,610322100,%d\n".formatted(i, i, i % 3000));
		}
		return csv.toString();
	}

	private static String basicAdmin() {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString(("admin:" + GraphTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
