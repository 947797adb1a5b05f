package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.graph.system.CypherFile;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.JsonNode;

/**
 * For {@code benchmarks/national-coverage.sh}: the coverage questions of the whole country (goal 4 of issue 13) on
 * a running service over a store of the {@link NationalLedgers}, each as a whole GraphQL request over HTTP (one
 * kept-alive connection, signed in with an API token made for the run) and, where there is one statement behind
 * it, as its Cypher alone through the service's Bolt port. Arguments: the service's base URL, the administrator's
 * password, the Bolt URI and the data folder's {@code neo4j-password} file. Prints a table in ms; checks answers
 * (a trend's points against {@code coverage(asOf:)} on the same days, pages that follow each other), never times.
 */
public final class NationalCoverageTimings {

	static final int WARM_UP_PASSES = 1;

	static final String TREND = "{ coverageTrend(points: 240) { date villages pairedVillages } }";

	static final String AS_OF = "query($day: Date) { coverage(asOf: $day) { villages pairedVillages } }";

	static final String TOTALS = "{ coverage { villages pairedVillages unpairedVillages ratio } }";

	static final String BY_TOWN = "{ coverage { villages pairedVillages byTown { town { code } villages pairedVillages } } }";

	static final String BY_TOWN_PAGE = """
			query($after: String) { coverage { towns(first: 100, after: $after) { totalCount
			  edges { node { town { code } villages pairedVillages } } pageInfo { endCursor hasNextPage } } } }""";

	static final String UNPAIRED = """
			query($order: UnpairedOrder, $after: String) { unpairedVillages(orderBy: $order, first: 50, after: $after) {
			  edges { cursor node { code name households } } pageInfo { endCursor hasNextPage } } }""";

	private final String base;

	private ServiceOverHttp service;

	private NationalCoverageTimings(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws IOException {
		var timings = new NationalCoverageTimings(args[0]);
		String password = Files.readString(Path.of(args[3])).strip();
		var config = Config.builder().withLogging(Logging.none()).build();
		try (Driver driver = GraphDatabase.driver(args[2], AuthTokens.basic("neo4j", password), config)) {
			timings.run(args[1], driver, (args.length > 4) ? args[4] : "all");
		}
	}

	private void run(String adminPassword, Driver driver, String which) {
		this.service = ServiceOverHttp.withToken(this.base, adminPassword, "national-coverage benchmark");
		LocalDate today = LocalDate.parse(graphQl("{ coverageTrend(points: 1) { date } }", Map.of()).at("/coverageTrend/0/date").asString());

		var rows = new ArrayList<String>();
		if (which.equals("all") || which.equals("trend")) {
			JsonNode trend = graphQl(TREND, Map.of()).get("coverageTrend");
			for (int i : List.of(0, 60, 120, 180, 238, 239)) {
				JsonNode point = trend.get(i);
				JsonNode asOf = graphQl(AS_OF, Map.of("day", point.get("date").asString())).get("coverage");
				check(point.get("villages").equals(asOf.get("villages"))
						&& point.get("pairedVillages").equals(asOf.get("pairedVillages")), "trend point " + point + " vs " + asOf);
			}
			rows.add(row("the country's `coverageTrend(points: 240)`, monthly: GraphQL over HTTP", 5,
					run -> graphQl(TREND, Map.of())));
		}
		if (which.equals("all") || which.equals("unpaired")) {
			for (String order : List.of("HOUSEHOLDS_DESC", "DISTANCE")) {
				List<String> pages = pages(order, 20);
				rows.add(row("the country's `unpairedVillages(orderBy: " + order + ", first: 50)`, 20 pages: GraphQL over HTTP",
						pages, after -> graphQl(UNPAIRED, variables("order", order, "after", after))));
			}
		}
		if (which.equals("all") || which.equals("coverage")) {
			rows.add(row("the country's `coverage` (totals): Cypher", 10, run -> cypher(driver,
					"coverage/coverage-totals", Map.of("asOf", today))));
			rows.add(row("the country's `coverage` (totals): GraphQL over HTTP", 10, run -> graphQl(TOTALS, Map.of())));
			rows.add(row("the country's `coverage { byTown }` (40,000 towns): GraphQL over HTTP", 5,
					run -> graphQl(BY_TOWN, Map.of())));
			if (!Boolean.getBoolean("tongxin.benchmark.unpaged")) {
				List<String> after = new ArrayList<>();
				after.add(null);
				for (int page = 1; page < 20; page++) {
					after.add(graphQl(BY_TOWN_PAGE, variables("after", after.get(page - 1)))
						.at("/coverage/towns/pageInfo/endCursor").asString());
				}
				rows.add(row("the country's `coverage { towns(first: 100) }`, 20 pages: GraphQL over HTTP", after,
						cursor -> graphQl(BY_TOWN_PAGE, variables("after", cursor))));
			}
		}
		System.out.println("""
				| what | requests | mean | p50 | p95 | p99 | max |
				|---|---:|---:|---:|---:|---:|---:|""");
		rows.forEach(System.out::println);
	}

	/** The after-cursors of the first {@code count} pages of the country's unpaired villages in this order. */
	private List<String> pages(String order, int count) {
		var cursors = new ArrayList<String>();
		cursors.add(null);
		var seen = new java.util.HashSet<String>();
		while (cursors.size() < count) {
			JsonNode page = graphQl(UNPAIRED, variables("order", order, "after", cursors.get(cursors.size() - 1)))
				.get("unpairedVillages");
			for (JsonNode edge : page.get("edges")) {
				check(seen.add(edge.at("/node/code").asString()), "a village twice in " + order);
			}
			check(page.get("edges").size() == 50, "a full page in " + order);
			cursors.add(page.at("/pageInfo/endCursor").asString());
		}
		return cursors;
	}

	private static <T> String row(String what, int runs, Function<Integer, ?> request) {
		var inputs = new ArrayList<Integer>();
		for (int i = 0; i < runs; i++) {
			inputs.add(i);
		}
		return row(what, inputs, request);
	}

	private static <T> String row(String what, List<T> inputs, Function<T, ?> request) {
		return Timings.row(what, inputs, WARM_UP_PASSES, 1, request::apply);
	}

	private JsonNode graphQl(String document, Map<String, Object> variables) {
		return this.service.graphQl(document, variables);
	}

	private static int cypher(Driver driver, String query, Map<String, Object> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.put("userTowns", null);
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead(tx -> tx.run(CypherFile.load(query), all).list()).size();
		}
	}

	private static Map<String, Object> variables(Object... namesAndValues) {
		var variables = new HashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	private static void check(boolean holds, String what) {
		ServiceOverHttp.check(holds, what);
	}

}
