package cn.tongxin.graph.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinApplication;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * External mode with the server away: the service starts, says 503 and health DOWN, and once a Neo4j answers on
 * the configured address it sets up the schema and the administrator and serves, with no restart. A load balancer's
 * readiness probe says the same, while its liveness probe never asks for a restart.
 */
class UnreachableDatabaseTests {

	@Test
	void answersServiceUnavailableUntilTheDatabaseComesAndThenRecoversByItself() throws IOException {
		int bolt = freePort();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TongxinApplication.class).run(
				"--server.port=0", "--spring.neo4j.uri=bolt://127.0.0.1:" + bolt, "--spring.neo4j.connection-timeout=2s",
				"--tongxin.demo-data=false", "--tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD,
				"--tongxin.security.bcrypt-strength=4", "--tongxin.ledger.rehearse-at-start=false")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			var api = new TongxinHttp(port);
			var probe = new TongxinHttp(port, null, null);

			assertThat(probe.get("/actuator/health").statusCode()).isEqualTo(503);
			assertThat(probe.get("/actuator/health/readiness").statusCode()).as("a balancer sends nothing here")
				.isEqualTo(503);
			assertThat(probe.get("/actuator/health/liveness").statusCode()).as("nor restarts it").isEqualTo(200);
			HttpResponse<String> graphql = api.send(towns(api));
			assertThat(graphql.statusCode()).isEqualTo(503);
			assertThat(graphql.body()).contains("图数据库暂时无法连接");
			assertThat(api.postImport("towns", "text/csv", "code,name\n610322100,甲镇\n".getBytes(StandardCharsets.UTF_8))
				.statusCode()).isEqualTo(503);

			try (Neo4j database = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", bolt))
				.build()) {
				// nobody calls the API meanwhile: the service finds the database, and sets itself up, on its own
				await().atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(500))
					.untilAsserted(() -> assertThat(probe.get("/actuator/health").statusCode()).isEqualTo(200));
				assertThat(probe.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
				await().atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(500))
					.untilAsserted(() -> assertThat(api.send(towns(api)).statusCode()).isEqualTo(200));
				assertThat(api.importCsv("towns", "code,name\n610322100,甲镇\n").created()).isEqualTo(1);
				assertThat(values(api.graphQl().document("{ towns { code } }").executeSync(), "towns[*].code"))
					.containsExactly("610322100");
			}
		}
	}

	private static HttpRequest.Builder towns(TongxinHttp api) {
		return HttpRequest.newBuilder(URI.create(api.baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ towns { code } }\"}"));
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
