package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.demo.DemoDistrict;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures {@code network} (depth 2, limit 200), {@code connection} (maxHops 4) and {@code keyConnectors} on
 * the demo district: each as its one Cypher round trip alone, and as a whole GraphQL request over HTTP. Run with
 * {@code mvn -Pbenchmark test}; the table goes to {@code target/benchmark/network.md} and the console, and
 * {@code benchmarks/README.md} keeps the last results. It checks round trips, never times.
 */
@GraphTest
@Tag("benchmark")
class NetworkBenchmark {

	static final int WARM_UP_PASSES = 2;

	static final int MEASURED_PASSES = 3;

	static final String NETWORK = "query($id: ID!) { network(id: $id, depth: 2, limit: 200) { nodes { id kind label } edges { from to type } truncated } }";

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

	@Autowired
	CypherCounter cypher;

	@Test
	void measuresTheNetworkQueriesOnTheDemoDistrict() throws IOException {
		TestGraph.demoDistrict(this.neo4j, this.ledgerImport);
		var admin = new TongxinHttp(this.port);
		List<String> starts = ids("""
				MATCH (n) WHERE n:Leader OR n:Representative RETURN n.id AS id
				UNION ALL MATCH (v:Village) RETURN v.code AS id""");
		String network = CypherFile.load("network/network");
		String connection = CypherFile.load("network/connection");
		String keyConnectors = CypherFile.load("network/key-connectors");
		// Pairs 3 ties apart (a leader and their friend's enterprise's village, or a fellow leader's friend),
		// and pairs by a fixed stride, which are mostly not joined at all: a search that finds nothing is the
		// one that looks furthest.
		List<String[]> joined = pairs("""
				MATCH (l:Leader)-[:BEFRIENDS]->(:Representative)-[:RUNS]->(:Enterprise)-[p:PAIRED_WITH]->(v:Village)
				WHERE p.until IS NULL
				RETURN DISTINCT l.id AS from, v.code AS to ORDER BY from, to LIMIT 200
				UNION
				MATCH (l:Leader)-[:BEFRIENDS]->(:Representative)<-[:BEFRIENDS]-(m:Leader)-[:BEFRIENDS]->(r:Representative)
				WHERE l <> m AND NOT (l)-[:BEFRIENDS]->(r)
				RETURN DISTINCT l.id AS from, r.id AS to ORDER BY from, to LIMIT 200""");
		List<String> leaders = ids("MATCH (l:Leader) RETURN l.id AS id ORDER BY id");
		List<String> villages = ids("MATCH (v:Village) RETURN v.code AS id ORDER BY id");
		var unjoined = new ArrayList<String[]>();
		for (int i = 0; i < leaders.size(); i++) {
			String[] pair = { leaders.get(i), villages.get((i * 37) % villages.size()) };
			if (rows(connection, Map.of("fromId", pair[0], "toId", pair[1], "maxHops", 4)).isEmpty()) {
				unjoined.add(pair);
			}
		}
		assertThat(joined).allSatisfy(pair -> assertThat(rows(connection, Map.of("fromId", pair[0], "toId", pair[1], "maxHops", 4)))
			.isNotEmpty());

		var rows = new ArrayList<String>();
		rows.add(measure("`network` depth 2, limit 200: Cypher", starts,
				id -> run(network, Map.of("id", id, "depth", 2, "types", List.of("BEFRIENDS", "RUNS", "PAIRED_WITH", "IN_TOWN"),
						"limit", 200))));
		rows.add(measure("`network` depth 2, limit 200: GraphQL over HTTP", starts,
				id -> admin.graphQl().document(NETWORK).variable("id", id).executeSync().getErrors().size()));
		for (var pairs : List.of(Map.entry("joined", joined), Map.entry("not joined", unjoined))) {
			rows.add(measure("`connection` maxHops 4, " + pairs.getKey() + ": Cypher", pairs.getValue(),
					pair -> run(connection, Map.of("fromId", pair[0], "toId", pair[1], "maxHops", 4))));
			rows.add(measure("`connection` maxHops 4, " + pairs.getKey() + ": GraphQL over HTTP", pairs.getValue(),
					pair -> admin.graphQl().document(CONNECTION).variable("from", pair[0]).variable("to", pair[1]).executeSync()
						.getErrors().size()));
		}
		rows.add(measure("`keyConnectors` first 20: Cypher", List.of(1, 2, 3, 4, 5),
				run -> run(keyConnectors, Map.of("first", 20, "by", "BETWEENNESS", "sources", 500))));

		double meanNodes = starts.stream()
			.mapToInt(id -> rows(network, Map.of("id", id, "depth", 2, "types", List.of("BEFRIENDS", "RUNS", "PAIRED_WITH", "IN_TOWN"),
					"limit", 200)).get(0).get("network").get("nodes").size())
			.average()
			.orElse(0);

		this.cypher.reset();
		admin.graphQl().document(NETWORK).variable("id", starts.get(0)).executeSync();
		admin.graphQl().document(CONNECTION).variable("from", joined.get(0)[0]).variable("to", joined.get(0)[1]).executeSync();
		assertThat(this.cypher.statements()).as("each: its sign-in and one round trip").isEqualTo(4);

		String table = """
				| what | requests | mean | p50 | p95 | p99 | max |
				|---|---:|---:|---:|---:|---:|---:|
				""" + String.join("\n", rows) + "\n";
		String report = """
				Demo district (seed %d): %d network starts (%.0f nodes on average); connection pairs: %d joined within 4 ties,
				%d not joined; %d warm-up passes, %d measured. Times in ms.

				%s""".formatted(DemoDistrict.SEED, starts.size(), meanNodes, joined.size(), unjoined.size(), WARM_UP_PASSES,
				MEASURED_PASSES, table);
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/network.md"), report);
		System.out.println(report);
	}

	private <T> String measure(String what, List<T> inputs, Function<T, Integer> request) {
		return Timings.row(what, inputs, WARM_UP_PASSES, MEASURED_PASSES,
				input -> assertThat(request.apply(input)).as(what).isZero());
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

	private List<String[]> pairs(String cypher) {
		return this.neo4j.query(cypher)
			.fetchAs(String[].class)
			.mappedBy((types, row) -> new String[] { row.get("from").asString(), row.get("to").asString() })
			.all()
			.stream()
			.toList();
	}

	private List<String> ids(String cypher) {
		return this.neo4j.query(cypher).fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).all()
			.stream()
			.toList();
	}

}
