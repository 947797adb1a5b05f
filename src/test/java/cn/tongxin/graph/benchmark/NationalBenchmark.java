package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
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
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.CypherFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the {@link NationalLedgers} (scale 1 unless {@code -Dtongxin.benchmark.scale=0.1}, say) over HTTP, timing
 * each ledger, then measures the planners' questions on that graph: one town's coverage, pages of 50 unpaired
 * villages, the district's coverage and pairing suggestions, each as its Cypher alone and as a whole GraphQL
 * request. The members ledger is left out (25 million rows at scale 1: a first load's work, see
 * {@code benchmarks/initial-load.sh}); the member units and staff are imported with the rest.
 * Run with {@code mvn -Pbenchmark test -Dtest=NationalBenchmark}; the table goes to
 * {@code target/benchmark/national.md} and the console. It checks answers, never times.
 */
@GraphTest
@Tag("benchmark")
// The production batch size: the tests' own is small, to make batches of their small files.
@TestPropertySource(properties = "tongxin.ledger.batch-size=1000")
class NationalBenchmark {

	static final int SAMPLE = 50;

	static final int WARM_UP_PASSES = 1;

	static final int MEASURED_PASSES = 3;

	static final String TOWN_COVERAGE = "query($town: ID) { coverage(townCode: $town) { villages pairedVillages ratio } }";

	static final String TOWN_UNPAIRED = """
			query($town: ID) { unpairedVillages(townCode: $town, first: 50) { totalCount edges { node { code name households
			  nearestEnterprises(first: 3) { enterprise { creditCode name } distanceKm } } } } }""";

	static final String TOWN_UNPAIRED_BY_DISTANCE = """
			query($town: ID) { unpairedVillages(townCode: $town, orderBy: DISTANCE, first: 50) { totalCount
			  edges { cursor node { code name } } } }""";

	static final String DISTRICT_UNPAIRED = """
			query($after: String) { unpairedVillages(first: 50, after: $after) { edges { node { code name households }
			  } pageInfo { endCursor hasNextPage } } }""";

	static final String DISTRICT_COVERAGE = "{ coverage { villages pairedVillages unpairedVillages ratio } }";

	static final String DISTRICT_COVERAGE_BY_TOWN = "{ coverage { villages pairedVillages byTown { town { code } villages pairedVillages } } }";

	static final String SUGGESTIONS = """
			query($village: ID!) { pairingSuggestions(villageCode: $village, first: 5) { enterprise { creditCode name }
			  score distanceKm reason introduction { leaderName } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@Autowired
	Driver driver;

	@Test
	void measuresImportAndPlanningAtNationalScale() throws IOException {
		double scale = Double.parseDouble(System.getProperty("tongxin.benchmark.scale", "1"));
		Path directory = Path.of("target/national-" + scale);
		NationalLedgers.write(directory, scale, false);
		TestGraph.empty(this.neo4j);
		var admin = new TongxinHttp(this.port);

		var imports = new ArrayList<String>();
		long allRows = 0;
		double allSeconds = 0;
		for (String kind : this.ledgerImport.kinds()) {
			Path file = directory.resolve(kind + ".csv");
			if (!Files.exists(file)) {
				continue;
			}
			byte[] csv = Files.readAllBytes(file);
			long start = System.nanoTime();
			HttpResponse<String> response = admin.postImport(kind, "text/csv; charset=utf-8", csv);
			double seconds = (System.nanoTime() - start) / 1e9;
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).as(kind).contains("\"rejected\":[]");
			long rows = Files.readAllLines(file).size() - 1L;
			allRows += rows;
			allSeconds += seconds;
			imports.add("| %s | %,d | %.1f | %,.0f |".formatted(kind, rows, seconds, rows / seconds));
		}
		imports.add("| **all** | %,d | %.1f | %,.0f |".formatted(allRows, allSeconds, allRows / allSeconds));

		List<String> towns = strings("""
				MATCH (t:Town) WITH t ORDER BY t.code
				WITH collect(t.code) AS codes
				UNWIND range(0, $sample - 1) AS i
				RETURN codes[i * size(codes) / $sample] AS code""");
		List<String> unpaired = strings("""
				MATCH (v:Village)
				WHERE NOT EXISTS { (:Enterprise)-[:PAIRED_WITH]->(v) }
				WITH v ORDER BY v.code
				WITH collect(v.code) AS codes
				UNWIND range(0, $sample - 1) AS i
				RETURN codes[i * size(codes) / $sample] AS code""");
		List<String> districtPages = new ArrayList<>();
		districtPages.add(null);
		for (int page = 1; page < SAMPLE; page++) {
			String endCursor = TongxinHttp.value(admin.graphQl().document(DISTRICT_UNPAIRED)
				.variable("after", districtPages.get(page - 1))
				.executeSync(), "unpairedVillages.pageInfo.endCursor");
			districtPages.add(endCursor);
		}
		var today = GraphTestConfiguration.TODAY;
		var rows = new ArrayList<String>();
		rows.add(measure("one town's `coverage`: Cypher", towns,
				town -> cypher("coverage/coverage-of-towns", Map.of("townCodes", List.of(town), "asOf", today))));
		rows.add(measure("one town's `coverage`: GraphQL over HTTP", towns,
				town -> graphQl(admin, TOWN_COVERAGE, Map.of("town", town))));
		rows.add(measure("a town's `unpairedVillages`, first 50, each with `nearestEnterprises(first: 3)`: GraphQL over HTTP",
				towns, town -> graphQl(admin, TOWN_UNPAIRED, Map.of("town", town))));
		rows.add(measure("a town's `unpairedVillages`, orderBy DISTANCE, first 50: GraphQL over HTTP", towns,
				town -> graphQl(admin, TOWN_UNPAIRED_BY_DISTANCE, Map.of("town", town))));
		rows.add(measure("the district's `unpairedVillages`, a page of 50 in code order: Cypher", districtPages,
				after -> cypher("coverage/unpaired-villages-in-district", parameters("countAll", false, "kind", null,
						"minHouseholds", null, "limit", 51, "after", Cursor.keyOf(after), "today", today))));
		rows.add(measure("the district's `unpairedVillages`, a page of 50 in code order: GraphQL over HTTP",
				districtPages, after -> graphQl(admin, DISTRICT_UNPAIRED, parameters("after", after))));
		rows.add(measure("`pairingSuggestions` first 5: Cypher (candidates)", unpaired,
				village -> cypher("planning/pairing-candidates", Map.of("villageCodes", List.of(village), "reachMetres",
						50_000.0, "today", today))));
		rows.add(measure("`pairingSuggestions` first 5: GraphQL over HTTP", unpaired,
				village -> graphQl(admin, SUGGESTIONS, Map.of("village", village))));
		List<Integer> five = List.of(1, 2, 3, 4, 5);
		rows.add(measure("the district's `coverage` (totals): Cypher", five,
				run -> cypher("coverage/coverage-totals", Map.of("asOf", today))));
		rows.add(measure("the district's `coverage` (totals): GraphQL over HTTP", five,
				run -> graphQl(admin, DISTRICT_COVERAGE, Map.of())));
		rows.add(measure("the district's `coverage` with `byTown` (every town): GraphQL over HTTP", five,
				run -> graphQl(admin, DISTRICT_COVERAGE_BY_TOWN, Map.of())));

		String report = """
				National ledgers at scale %s. Import, each ledger posted whole to /api/import/{kind} (batches of 1,000):

				| ledger | rows | seconds | rows/s |
				|---|---:|---:|---:|
				%s

				Questions: %d towns and %d unpaired villages spread over the codes, %d pages of the district's unpaired
				villages; %d warm-up pass, %d measured. Times in ms.

				| what | requests | mean | p50 | p95 | p99 | max |
				|---|---:|---:|---:|---:|---:|---:|
				%s
				""".formatted(scale, String.join("\n", imports), towns.size(), unpaired.size(), districtPages.size(),
				WARM_UP_PASSES, MEASURED_PASSES, String.join("\n", rows));
		Files.createDirectories(Path.of("target/benchmark"));
		Files.writeString(Path.of("target/benchmark/national.md"), report);
		System.out.println(report);
	}

	private <T> String measure(String what, List<T> inputs, Function<T, Integer> request) {
		return Timings.row(what, inputs, WARM_UP_PASSES, MEASURED_PASSES,
				input -> assertThat(request.apply(input)).as(what).isPositive());
	}

	/** A GraphQL request; fails on any error, answers 1. */
	private static int graphQl(TongxinHttp client, String document, Map<String, Object> variables) {
		var response = client.graphQl().document(document).variables(variables).executeSync();
		assertThat(response.getErrors()).as(document).isEmpty();
		return 1;
	}

	/** One statement of {@code queries/} in a read transaction, its whole result consumed; answers its rows. */
	private int cypher(String query, Map<String, Object> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.put("userTowns", null);
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(CypherFile.load(query), all).list()).size();
		}
	}

	private List<String> strings(String cypher) {
		return this.neo4j.query(cypher)
			.bind(SAMPLE)
			.to("sample")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("code").asString())
			.all()
			.stream()
			.toList();
	}

	private static Map<String, Object> parameters(Object... namesAndValues) {
		var parameters = new HashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

}
