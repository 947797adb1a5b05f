package cn.tongxin.graph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator sees where time goes without a profiler; nobody else sees the service's insides. */
@GraphTest
class MetricsTests {

	@LocalServerPort
	int port;

	@Test
	void showsGraphQlRequestsToAdministratorsOnly() throws Exception {
		var admin = new TongxinHttp(this.port);
		admin.graphQl().document("{ towns { code } }").executeSync();
		admin.createUser("metrics.viewer", "VIEWER", false, List.of());

		HttpResponse<String> asAdmin = get("admin", GraphTest.ADMIN_PASSWORD);
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains("graphql_request_seconds_count").contains("graphql_datafetcher_seconds_count");
		assertThat(get("metrics.viewer", TongxinHttp.USER_PASSWORD).statusCode()).isEqualTo(403);
		assertThat(get(null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void showsTheNeo4jDriversPoolAndTimingsToAdministratorsOnly() throws Exception {
		var admin = new TongxinHttp(this.port);
		admin.graphQl().document("{ towns { code } }").executeSync();
		admin.createUser("driver.metrics.viewer", "VIEWER", false, List.of());

		HttpResponse<String> asAdmin = get("admin", GraphTest.ADMIN_PASSWORD);
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		// the pool: connections in use and idle, its size, requests waiting, acquisitions that timed out
		assertThat(asAdmin.body()).contains("db_client_connection_count{")
			.contains("db_client_connection_max{")
			.contains("db_client_connection_pending_requests{")
			.contains("db_client_connection_timeouts_total{")
			// the timings: waiting for a connection, each transaction's commit, each Bolt exchange
			.contains("db_client_connection_wait_time_seconds_count{")
			.contains("neo4j_db_client_transaction_commit_duration_seconds_count{")
			.contains("neo4j_bolt_client_exchange_duration_seconds_count{");
		assertThat(get("driver.metrics.viewer", TongxinHttp.USER_PASSWORD).statusCode()).isEqualTo(403);
		assertThat(get(null, null).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String username, String password) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"));
		if (username != null) {
			String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + basic);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
