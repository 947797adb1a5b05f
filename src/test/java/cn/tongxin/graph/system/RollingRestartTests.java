package cn.tongxin.graph.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.tongxin.graph.RoundRobinProxy;
import cn.tongxin.graph.ServiceInstance;
import cn.tongxin.graph.SharedNeo4j;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances stopped and started one after the other behind a balancer that probes their readiness, as a rolling
 * restart does, while a program keeps asking: no request is lost. An instance asked to stop says it refuses traffic,
 * keeps answering for its drain time (longer than the balancer's check interval) and then finishes the requests
 * under way, an import included, before it closes the database.
 */
class RollingRestartTests {

	static final String DRAIN = "tongxin.shutdown.drain-time=600ms";

	static final String COVERAGE = "{\"query\":\"{ coverage { villages } }\"}";

	@Test
	void losesNoRequestWhileTheInstancesRestartOneAfterTheOther() throws Exception {
		var instances = new ArrayList<>(List.of(ServiceInstance.start(0, DRAIN), ServiceInstance.start(0, DRAIN)));
		int[] ports = { instances.get(0).port(), instances.get(1).port() };
		TestGraph.empty(instances.get(0).bean(Neo4jClient.class));
		try (var balancer = new RoundRobinProxy(ports)) {
			var program = new TongxinHttp(balancer.port());
			var asking = new AtomicBoolean(true);
			var answered = new AtomicInteger();
			List<String> lost = Collections.synchronizedList(new ArrayList<>());
			var asker = CompletableFuture.runAsync(() -> {
				while (asking.get()) {
					try {
						HttpResponse<String> answer = program.send(coverage(program));
						if (answer.statusCode() == 200 && answer.body().contains("\"villages\":0")) {
							answered.incrementAndGet();
						}
						else {
							lost.add(answer.statusCode() + " " + answer.body());
						}
					}
					catch (RuntimeException ex) {
						lost.add(ex.toString());
					}
				}
			});

			for (int i = 0; i < 2; i++) {
				int before = answered.get();
				instances.get(i).close();
				assertThat(balancer.ready(ports[i])).as("the stopped instance is taken out").isFalse();
				instances.set(i, ServiceInstance.start(ports[i], DRAIN));
				awaitReady(balancer, ports[i]);
				int servedBefore = balancer.served(ports[i]);
				awaitAnswers(answered, before + 20);
				awaitServed(balancer, ports[i], servedBefore + 5);
			}
			asking.set(false);
			asker.get(30, TimeUnit.SECONDS);

			assertThat(lost).as("requests lost while restarting").isEmpty();
			assertThat(answered.get()).isGreaterThan(40);
		}
		finally {
			instances.forEach(ServiceInstance::close);
		}
	}

	@Test
	void finishesAnImportUnderWayBeforeItStops() throws Exception {
		var instance = ServiceInstance.start(0);
		Neo4jClient neo4j = instance.bean(Neo4jClient.class);
		TestGraph.empty(neo4j);
		var clerk = new TongxinHttp(instance.port());
		clerk.importCsv("towns", "code,name\n610322100,甲镇\n");
		var csv = new StringBuilder("id,name,category,level,town_code\n");
		int rows = 20_000;
		for (int i = 1; i <= rows; i++) {
			csv.append("R").append(i).append(",代表").append(i).append(",PRIVATE_ECONOMY,DISTRICT,610322100\n");
		}
		var importing = CompletableFuture.supplyAsync(() -> clerk.postImport("representatives", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8)));
		long written = await().pollInterval(Duration.ofMillis(20))
			.atMost(Duration.ofSeconds(60))
			.until(() -> importing.isDone() ? -1 : representatives(neo4j), count -> count != 0);

		instance.close();
		HttpResponse<String> answer = importing.get(60, TimeUnit.SECONDS);

		assertThat(written).as("the import was under way when the instance was asked to stop")
			.isPositive()
			.isLessThan(rows);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		try (Driver driver = GraphDatabase.driver(SharedNeo4j.boltUri()); var session = driver.session()) {
			assertThat(session.run("MATCH (r:Representative) RETURN count(r) AS n").single().get("n").asLong())
				.as("every row written, the database closed only after")
				.isEqualTo(rows);
		}
	}

	private static long representatives(Neo4jClient neo4j) {
		return neo4j.query("MATCH (r:Representative) RETURN count(r)").fetchAs(Long.class).one().orElse(0L);
	}

	private static HttpRequest.Builder coverage(TongxinHttp program) {
		return HttpRequest.newBuilder(java.net.URI.create(program.baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(COVERAGE));
	}

	private static void awaitReady(RoundRobinProxy balancer, int port) {
		await().atMost(Duration.ofSeconds(30)).alias("the restarted instance is taken back").until(() -> balancer.ready(port));
	}

	private static void awaitAnswers(AtomicInteger answered, int count) {
		await().atMost(Duration.ofSeconds(30)).alias("answers while restarting").until(() -> answered.get() >= count);
	}

	private static void awaitServed(RoundRobinProxy balancer, int port, int count) {
		await().atMost(Duration.ofSeconds(30))
			.alias("requests the restarted instance answered")
			.until(() -> balancer.served(port) >= count);
	}

}
