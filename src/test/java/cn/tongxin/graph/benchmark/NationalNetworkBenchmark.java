package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.ledger.LedgerImport;
import cn.tongxin.graph.system.CypherFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code network} and {@code connection} from dense starts at national scale, and {@code keyConnectors} computed
 * and kept: the {@link NationalLedgers} (scale 1 unless {@code -Dtongxin.benchmark.scale=0.1}, say; projects left
 * out, the network does not reach them) imported in process, then each question timed as its Cypher alone (one read
 * transaction through the driver, whole result consumed) and as a whole GraphQL request over HTTP. Dense starts:
 * the ledgers' district leaders with many friends, and towns with their villages, leaders, representatives and
 * enterprises. Run with {@code mvn -Pbenchmark test -Dtest=NationalNetworkBenchmark}; the table goes to
 * {@code target/benchmark/national-network.md} and the console. It checks answers, never times.
 */
@GraphTest
@Tag("benchmark")
@TestPropertySource(properties = "tongxin.ledger.batch-size=1000")
class NationalNetworkBenchmark {

	static final int TOWNS = 50;

	static final int WARM_UP_PASSES = 1;

	static final int MEASURED_PASSES = 5;

	static final List<String> ALL_TIES = List.of("BEFRIENDS", "RUNS", "PAIRED_WITH", "IN_TOWN");

	static final String NETWORK = "query($id: ID!, $depth: Int) { network(id: $id, depth: $depth, limit: 200) { nodes { id kind label } edges { from to type } truncated } }";

	static final String CONNECTION = "query($from: ID!, $to: ID!) { connection(fromId: $from, toId: $to, maxHops: 4) { length steps { sentence } } }";

	static final String KEY_CONNECTORS = "{ keyConnectors(first: 20) { id name degree betweenness } }";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Driver driver;

	@Autowired
	LedgerImport ledgerImport;

	@Test
	void measuresTheNetworkFromDenseStartsAtNationalScale() throws IOException {
		double scale = Double.parseDouble(System.getProperty("tongxin.benchmark.scale", "1"));
		Path directory = Path.of("target/national-" + scale);
		NationalLedgers.write(directory, scale, false);
		TestGraph.empty(this.neo4j);
		long loadStart = System.nanoTime();
		for (String kind : List.of("towns", "villages", "enterprises", "leaders", "representatives", "friendships",
				"pairings")) {
			var report = this.ledgerImport.importFile(kind, Files.readAllBytes(directory.resolve(kind + ".csv")), false);
			assertThat(report.rejected()).as(kind).isEmpty();
		}
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
		// signed in as a program is, with an API token (HTTP Basic would add a password check to every request)
		var basic = new TongxinHttp(this.port);
		var admin = basic.withToken(TongxinHttp.value(basic.graphQl()
			.document("mutation { createApiToken(input: {name: \"national-network benchmark\"}) { token } }")
			.executeSync(), "createApiToken.token"));

		List<String> leaders = new ArrayList<>();
		for (int d = 0; d < NationalLedgers.DENSE_LEADERS; d++) {
			leaders.add(NationalLedgers.denseLeader(d));
		}
		long friends = this.neo4j.query("MATCH (l:Leader)-[:BEFRIENDS]->() WHERE l.id IN $ids RETURN count(*) AS n")
			.bind(leaders).to("ids").fetchAs(Long.class).mappedBy((types, row) -> row.get("n").asLong()).one().orElseThrow();
		List<String> towns = strings("""
				MATCH (t:Town) WITH t ORDER BY t.code
				WITH collect(t.code) AS codes
				UNWIND range(0, $sample - 1) AS i
				RETURN codes[i * size(codes) / $sample] AS id""", Map.of("sample", TOWNS));
		// Joined: a dense leader and a village three ties away (friend, their enterprise, its pairing), and a dense
		// leader and a fellow leader's friend (friend, their other leader, that leader's friend). Not joined: each
		// dense leader with villages by a stride, none within 4 ties: the search that looks furthest.
		List<String[]> joined = pairs("""
				UNWIND $ids AS id
				CALL (id) {
				  MATCH (l:Leader {id: id})-[:BEFRIENDS]->(:Representative)-[:RUNS]->(:Enterprise)-[:PAIRED_WITH]->(v:Village)
				  RETURN DISTINCT l.id AS from, v.code AS to ORDER BY to LIMIT 5
				  UNION
				  MATCH (l:Leader {id: id})-[:BEFRIENDS]->(:Representative)<-[:BEFRIENDS]-(m:Leader)-[:BEFRIENDS]->(r:Representative)
				  WHERE l <> m AND NOT (l)-[:BEFRIENDS]->(r)
				  RETURN DISTINCT l.id AS from, r.id AS to ORDER BY to LIMIT 5
				}
				RETURN from, to""", Map.of("ids", leaders));
		String connection = CypherFile.load("network/connection");
		List<String> villages = strings("MATCH (v:Village) RETURN v.code AS id ORDER BY id", Map.of());
		var unjoined = new ArrayList<String[]>();
		for (int i = 0; unjoined.size() < 5 * leaders.size() && i < 20 * leaders.size(); i++) {
			String[] pair = { leaders.get(i % leaders.size()), villages.get((int) ((i * 7919L) % villages.size())) };
			if (rows(connection, Map.of("fromId", pair[0], "toId", pair[1], "maxHops", 4)).isEmpty()) {
				unjoined.add(pair);
			}
		}
		assertThat(joined).allSatisfy(pair -> assertThat(rows(connection, Map.of("fromId", pair[0], "toId", pair[1], "maxHops", 4)))
			.isNotEmpty());

		String former = System.getProperty("tongxin.benchmark.compare-connection");
		if (former != null) {
			sameConnections(Files.readString(Path.of(former)), connection, joined, unjoined);
		}
		String network = CypherFile.load("network/network");
		if (Boolean.getBoolean("tongxin.benchmark.profile")) {
			profile(network, networkParameters(leaders.get(0), 2));
			profile(network, networkParameters(towns.get(0), 2));
			profile(network, networkParameters(leaders.get(0), 3));
			profile(connection, Map.of("fromId", joined.get(0)[0], "toId", joined.get(0)[1], "maxHops", 4));
			profile(connection, Map.of("fromId", unjoined.get(0)[0], "toId", unjoined.get(0)[1], "maxHops", 4));
		}
		var rows = new ArrayList<String>();
		for (int depth : List.of(2, 3)) {
			rows.add(measure("`network` depth %d, limit 200, from a dense district leader: Cypher".formatted(depth), leaders,
					id -> run(network, networkParameters(id, depth))));
			rows.add(measure("`network` depth %d, limit 200, from a dense district leader: GraphQL over HTTP".formatted(depth),
					leaders, id -> graphQl(admin, NETWORK, Map.of("id", id, "depth", depth))));
			rows.add(measure("`network` depth %d, limit 200, from a town: Cypher".formatted(depth), towns,
					id -> run(network, networkParameters(id, depth))));
			rows.add(measure("`network` depth %d, limit 200, from a town: GraphQL over HTTP".formatted(depth), towns,
					id -> graphQl(admin, NETWORK, Map.of("id", id, "depth", depth))));
		}
		for (var pairs : List.of(Map.entry("joined", joined), Map.entry("not joined", unjoined))) {
			rows.add(measure("`connection` maxHops 4 from a dense district leader, " + pairs.getKey() + ": Cypher",
					pairs.getValue(), pair -> run(connection, Map.of("fromId", pair[0], "toId", pair[1], "maxHops", 4))));
			rows.add(measure("`connection` maxHops 4 from a dense district leader, " + pairs.getKey() + ": GraphQL over HTTP",
					pairs.getValue(), pair -> graphQl(admin, CONNECTION, Map.of("from", pair[0], "to", pair[1]))));
		}
		String keyConnectors = CypherFile.load("network/key-connectors");
		List<Integer> three = List.of(1, 2, 3);
		var keyRows = new ArrayList<String>();
		keyRows.add(Timings.row("`keyConnectors` first 20, computed: Cypher", three, 0, 1,
				run -> rows(keyConnectors, Map.of("first", 100, "by", "BETWEENNESS", "sources", 500))));
		keyRows.add(Timings.row("`keyConnectors` first 20, kept: GraphQL over HTTP", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
				1, 3, run -> graphQl(admin, KEY_CONNECTORS, Map.of())));

		String report = """
				National ledgers at scale %s, imported in process in %.0f s (projects left out). Dense starts: %d district
				leaders with %d friends in all, %d towns spread over the codes; connection pairs from the dense leaders:
				%d joined within 4 ties, %d not joined. %d warm-up pass, %d measured. Times in ms.

				| what | requests | mean | p50 | p95 | p99 | max |
				|---|---:|---:|---:|---:|---:|---:|
				%s
				%s
				""".formatted(scale, loadSeconds, leaders.size(), friends, towns.size(), joined.size(), unjoined.size(),
				WARM_UP_PASSES, MEASURED_PASSES, String.join("\n", rows), String.join("\n", keyRows));
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/national-network.md"), report);
		System.out.println(report);
	}

	private static Map<String, Object> networkParameters(String id, int depth) {
		return Map.of("id", id, "depth", depth, "types", ALL_TIES, "limit", 200);
	}

	private <T> String measure(String what, List<T> inputs, Function<T, Integer> request) {
		return Timings.row(what, inputs, WARM_UP_PASSES, MEASURED_PASSES,
				input -> assertThat(request.apply(input)).as(what).isZero());
	}

	/** A GraphQL request; fails on any error, answers 0. */
	private static int graphQl(TongxinHttp client, String document, Map<String, Object> variables) {
		var response = client.graphQl().document(document).variables(variables).executeSync();
		assertThat(response.getErrors()).as(document).isEmpty();
		return 0;
	}

	/** One statement in a read transaction, its whole result consumed; 0 errors, or it throws. */
	private int run(String cypher, Map<String, Object> parameters) {
		rows(cypher, parameters);
		return 0;
	}

	private List<Record> rows(String cypher, Map<String, Object> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.put("userTowns", null);
		all.put("today", GraphTestConfiguration.TODAY);
		all.putIfAbsent("since", null);
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(cypher, all).list());
		}
	}

	/**
	 * Checks that a former connection statement (a file) answers every pair as the current one does: the same
	 * paths, node by node, unless both found the most (10), when any 10 of the shortest will do.
	 */
	private void sameConnections(String former, String current, List<String[]> joined, List<String[]> unjoined) {
		for (var pairs : List.of(joined, unjoined)) {
			for (String[] pair : pairs) {
				var parameters = Map.<String, Object>of("fromId", pair[0], "toId", pair[1], "maxHops", 4);
				var before = paths(former, parameters);
				var after = paths(current, parameters);
				if (before.size() == 10 && after.size() == 10) {
					assertThat(after.stream().map(List::size).toList()).as(String.join(" → ", pair))
						.isEqualTo(before.stream().map(List::size).toList());
				}
				else {
					assertThat(after).as(String.join(" → ", pair)).containsExactlyInAnyOrderElementsOf(before);
				}
			}
		}
		System.out.println("connection: the same answers as " + System.getProperty("tongxin.benchmark.compare-connection")
				+ " for " + (joined.size() + unjoined.size()) + " pairs");
	}

	private List<List<String>> paths(String cypher, Map<String, Object> parameters) {
		return rows(cypher, parameters).stream()
			.map(row -> row.get("path").get("nodes").asList(node -> node.get("id").asString()))
			.toList();
	}

	/** Prints the statement's profile: each operator with its rows and database hits. */
	private void profile(String cypher, Map<String, Object> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.put("userTowns", null);
		all.put("today", GraphTestConfiguration.TODAY);
		all.putIfAbsent("since", null);
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			var summary = session.executeRead(tx -> tx.run("PROFILE " + cypher, all).consume());
			var out = new StringBuilder("PROFILE " + parameters + "\n");
			print(summary.profile(), 0, out);
			System.out.println(out);
		}
	}

	private static void print(org.neo4j.driver.summary.ProfiledPlan plan, int indent, StringBuilder out) {
		out.append("  ".repeat(indent)).append(plan.operatorType()).append(" rows=").append(plan.records())
			.append(" hits=").append(plan.dbHits()).append(" ").append(plan.arguments().getOrDefault("Details", null))
			.append("\n");
		plan.children().forEach(child -> print(child, indent + 1, out));
	}

	private List<String[]> pairs(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(String[].class)
			.mappedBy((types, row) -> new String[] { row.get("from").asString(), row.get("to").asString() })
			.all()
			.stream()
			.toList();
	}

	private List<String> strings(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all()
			.stream()
			.toList();
	}

}
