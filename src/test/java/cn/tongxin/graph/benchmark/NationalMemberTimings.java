package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.tongxin.graph.member.MemberFilter;
import cn.tongxin.graph.member.MemberTier;
import cn.tongxin.graph.member.Members;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.system.CypherFile;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For {@code benchmarks/national-members.sh}: the member ledger's questions (issue 15, item 8) on a running service
 * over a store of the {@link NationalLedgers} with their members: one town's {@code workReport}, pages of
 * {@code members} with filters, and the country's {@code workReport}, each as a whole GraphQL request over HTTP
 * (one kept-alive connection, signed in with an API token made for the run) and as its Cypher alone through the
 * service's Bolt port. Arguments: the service's base URL, the administrator's password, the Bolt URI, the data
 * folder's {@code neo4j-password} file, and which questions ({@code town}, {@code pages}, {@code country} or
 * {@code all}). Prints a table in ms; checks answers (all 11 categories and 3 tiers adding up to the members, each
 * row of a page matching its filter), never times.
 */
public final class NationalMemberTimings {

	/** Warm-up passes, towns and filters a shape: {@code -Dtongxin.benchmark.warm-ups} etc., for a slow store. */
	static final int WARM_UP_PASSES = Integer.getInteger("tongxin.benchmark.warm-ups", 1);

	static final int SAMPLE = Integer.getInteger("tongxin.benchmark.towns", 50);

	/**
	 * Seconds of a town's questions over HTTP before any row ({@code -Dtongxin.benchmark.jit-warm-up-seconds}): a
	 * service just started answers a town's report in twice its steady time until the JIT has compiled its request
	 * path (measured: 46-88 ms at the median after a few requests, 24 ms after 500), and a service in use is warm.
	 */
	static final int JIT_WARM_UP_SECONDS = Integer.getInteger("tongxin.benchmark.jit-warm-up-seconds", 90);

	static final int PER_SHAPE = Integer.getInteger("tongxin.benchmark.per-shape", 20);

	/** Whether each page's Cypher is timed alone too (the town's and country's report always are). */
	static final boolean PAGE_CYPHER = !Boolean.getBoolean("tongxin.benchmark.pages-over-http-only");

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate TO = LocalDate.of(2025, 12, 31);

	static final String REPORT = """
			query($town: ID) { workReport(from: "2025-01-01", to: "2025-12-31", townCode: $town) { from to towns memberUnits
			  members membersByCategory { category members } membersByTier { tier members } representatives
			  befriendedRepresentatives friendships townCommissionerCoverage villageLiaisonCoverage villages pairedVillages
			  pairingCoverage projects } }""";

	static final String PAGE = """
			query($filter: MemberFilter) { members(filter: $filter, first: 50) { totalCount
			  edges { cursor node { id name category tier town { code } representative { id } joinedOn leftOn } }
			  pageInfo { endCursor hasNextPage } } }""";

	static final List<String> CATEGORIES = List.of("PRIVATE_ECONOMY", "NEW_SOCIAL_STRATA", "INTELLECTUAL", "NON_PARTISAN",
			"DEMOCRATIC_PARTY", "ETHNIC_MINORITY", "RETURNED_OVERSEAS_STUDENT", "RELIGIOUS", "OVERSEAS_CHINESE", "HK_MACAO",
			"TAIWAN");

	static final List<String> NAMES = List.of("王伟", "李芳", "张敏", "刘洋", "陈静", "杨磊", "黄军", "赵杰", "吴涛", "周明");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final Driver driver;

	private String authorization;

	private NationalMemberTimings(String base, Driver driver) {
		this.base = base;
		this.driver = driver;
	}

	public static void main(String[] args) throws IOException {
		String password = Files.readString(Path.of(args[3])).strip();
		var config = Config.builder().withLogging(Logging.none()).build();
		try (Driver driver = GraphDatabase.driver(args[2], AuthTokens.basic("neo4j", password), config)) {
			new NationalMemberTimings(args[0], driver).run(args[1], (args.length > 4) ? args[4] : "all");
		}
	}

	private void run(String adminPassword, String which) {
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
		JsonNode created = graphQl("mutation { createApiToken(input: {name: \"national-members benchmark\"}) { token } }",
				Map.of());
		this.authorization = "Bearer " + created.at("/createApiToken/token").asString();
		List<String> towns = new ArrayList<>();
		try (var session = session()) {
			session.executeRead(tx -> tx.run("""
					MATCH (t:Town) WITH t ORDER BY t.code WITH collect(t.code) AS codes
					UNWIND range(0, $sample - 1) AS i RETURN codes[i * size(codes) / $sample] AS code""",
					Map.of("sample", SAMPLE)).list()).forEach(row -> towns.add(row.get("code").asString()));
		}
		long members = count("MATCH (m:Member) RETURN count(m) AS n");
		System.out.printf("%,d members, %d towns sampled%n", members, towns.size());

		if (which.equals("profile")) {
			profile("one town's workReport", "report/work-report-of-towns", Map.of("from", FROM, "to", TO, "townCode", towns.get(7)));
			profile("members {category, townCode}", pageStatement(Map.of("category", "PRIVATE_ECONOMY", "townCode", towns.get(7))));
			profile("members {tier}", pageStatement(Map.of("tier", "DISTRICT")));
			profile("members {name}", pageStatement(Map.of("name", "王伟")));
			profile("members {name, tier}, one character", pageStatement(Map.of("name", "王", "tier", "TOWN")));
			profile("the country's workReport", "report/work-report", variables("from", FROM, "to", TO, "townCode", null));
			return;
		}
		warmUp(towns);
		var rows = new ArrayList<String>();
		if (which.equals("all") || which.equals("town")) {
			rows.add(row("one town's `workReport` (2025): Cypher", towns,
					town -> cypher("report/work-report-of-towns", Map.of("from", FROM, "to", TO, "townCode", town))));
			rows.add(row("one town's `workReport` (2025): GraphQL over HTTP", towns,
					town -> report(variables("town", town))));
			// a user bound to one town, asking no town: their first page with its count, from their town's members,
			// and (for comparison) the walk of the whole ledger in id order that answered it before 3af9cee
			for (String statement : List.of("member/members-page-in-town", "member/members-page")) {
				rows.add(row("a town-bound user's first `members` page with `totalCount`, no town asked (" + statement
						+ "): Cypher", towns, town -> cypher(statement, townBoundPage(town))));
			}
		}
		if (which.equals("all") || which.equals("pages")) {
			var shapes = new java.util.LinkedHashMap<String, List<Map<String, Object>>>();
			var categoryAndTown = new ArrayList<Map<String, Object>>();
			var tier = new ArrayList<Map<String, Object>>();
			var representative = new ArrayList<Map<String, Object>>();
			var notRepresentativeInTown = new ArrayList<Map<String, Object>>();
			var asOf = new ArrayList<Map<String, Object>>();
			var asOfInTown = new ArrayList<Map<String, Object>>();
			var name = new ArrayList<Map<String, Object>>();
			var nameStart = new ArrayList<Map<String, Object>>();
			var nameStartInTown = new ArrayList<Map<String, Object>>();
			for (int i = 0; i < PER_SHAPE; i++) {
				String town = towns.get(i * towns.size() / PER_SHAPE);
				categoryAndTown.add(Map.of("category", CATEGORIES.get(i % 2), "townCode", town));
				tier.add(Map.of("tier", List.of("DISTRICT", "TOWN", "VILLAGE").get(i % 3)));
				representative.add(Map.of("representative", true));
				notRepresentativeInTown.add(Map.of("representative", false, "townCode", town));
				asOf.add(Map.of("asOf", LocalDate.of(2016 + i % 8, 6, 30).toString(), "category", CATEGORIES.get(i % 11)));
				asOfInTown.add(Map.of("asOf", LocalDate.of(2016 + i % 8, 6, 30).toString(), "townCode", town));
				name.add(Map.of("name", NAMES.get(i % NAMES.size())));
				nameStart.add(Map.of("name", NAMES.get(i % NAMES.size()).substring(0, 1), "tier", "TOWN"));
				nameStartInTown.add(Map.of("name", NAMES.get(i % NAMES.size()).substring(0, 1), "townCode", town));
			}
			shapes.put("{category, townCode}", categoryAndTown);
			shapes.put("{tier}", tier);
			shapes.put("{representative: true}", representative);
			shapes.put("{representative: false, townCode}", notRepresentativeInTown);
			shapes.put("{asOf, category}", asOf);
			shapes.put("{asOf, townCode}", asOfInTown);
			shapes.put("{name} (two characters: the full-text index)", name);
			shapes.put("{name, tier} (one character: the name tallies, the member_id index)", nameStart);
			shapes.put("{name, townCode} (one character: the town's members)", nameStartInTown);
			shapes.forEach((shape, filters) -> {
				if (PAGE_CYPHER) {
					rows.add(row("`members(filter: " + shape + ", first: 50)`: Cypher", filters,
							filter -> cypher(pageStatement(filter))));
				}
				rows.add(row("`members(filter: " + shape + ", first: 50)`: GraphQL over HTTP", filters, this::page));
			});
		}
		if (which.equals("all") || which.equals("country")) {
			List<Integer> runs = List.of(0, 1, 2, 3, 4).subList(0, Math.min(5, PER_SHAPE));
			rows.add(row("the country's `workReport` (2025): Cypher", runs,
					run -> cypher("report/work-report", variables("from", FROM, "to", TO, "townCode", null))));
			rows.add(row("the country's `workReport` (2025): GraphQL over HTTP", runs, run -> report(variables("town", null))));
		}
		System.out.println("""
				| what | requests | mean | p50 | p95 | p99 | max |
				|---|---:|---:|---:|---:|---:|---:|""");
		rows.forEach(System.out::println);
	}

	/** A town's questions asked in turn for {@link #JIT_WARM_UP_SECONDS}, answers checked, times not kept. */
	private void warmUp(List<String> towns) {
		long end = System.nanoTime() + JIT_WARM_UP_SECONDS * 1_000_000_000L;
		int requests = 0;
		while (System.nanoTime() < end) {
			String town = towns.get(requests % towns.size());
			report(variables("town", town));
			page(Map.of("category", CATEGORIES.get(requests % 2), "townCode", town));
			page(Map.of("representative", false, "townCode", town));
			cypher("report/work-report-of-towns", Map.of("from", FROM, "to", TO, "townCode", town));
			requests += 3;
		}
		System.out.printf("warm-up: %d requests over HTTP in %d s%n", requests, JIT_WARM_UP_SECONDS);
	}

	/** A town's or the country's report, checked: 11 categories and 3 tiers, each adding up to the members. */
	private JsonNode report(Map<String, Object> variables) {
		JsonNode report = graphQl(REPORT, variables).get("workReport");
		long members = report.get("members").asLong();
		check(report.get("membersByCategory").size() == 11 && report.get("membersByTier").size() == 3, "report " + report);
		long byCategory = 0;
		for (JsonNode each : report.get("membersByCategory")) {
			byCategory += each.get("members").asLong();
		}
		long byTier = 0;
		for (JsonNode each : report.get("membersByTier")) {
			byTier += each.get("members").asLong();
		}
		check(byCategory == members && byTier == members && (variables.get("town") == null || report.get("towns").asInt() == 1),
				"report " + report);
		return report;
	}

	/** A page, checked: at most 50 rows, each matching its filter (its town, category, tier, representative). */
	private JsonNode page(Map<String, Object> filter) {
		JsonNode page = graphQl(PAGE, Map.of("filter", filter)).get("members");
		JsonNode edges = page.get("edges");
		check(edges.size() <= 50 && page.get("totalCount").asLong() >= edges.size(), "page " + filter);
		for (JsonNode edge : edges) {
			JsonNode node = edge.get("node");
			check(!filter.containsKey("townCode") || filter.get("townCode").equals(node.at("/town/code").asString()),
					"town of " + node + " for " + filter);
			check(!filter.containsKey("category") || filter.get("category").equals(node.get("category").asString()),
					"category of " + node + " for " + filter);
			check(!filter.containsKey("tier") || filter.get("tier").equals(node.get("tier").asString()),
					"tier of " + node + " for " + filter);
			check(!filter.containsKey("representative")
					|| (Boolean) filter.get("representative") == !node.get("representative").isNull(),
					"representative of " + node + " for " + filter);
		}
		return page;
	}

	/** The statement the service runs for this page, with the parameters it gives it (Members.pageStatement). */
	private static Members.PageStatement pageStatement(Map<String, Object> filter) {
		var asked = new MemberFilter(
				filter.containsKey("category") ? Category.valueOf((String) filter.get("category")) : null,
				filter.containsKey("tier") ? MemberTier.valueOf((String) filter.get("tier")) : null,
				(String) filter.get("townCode"), (String) filter.get("villageCode"), (String) filter.get("unitCode"),
				(Boolean) filter.get("representative"),
				filter.containsKey("asOf") ? LocalDate.parse((String) filter.get("asOf")) : null,
				(String) filter.get("name"));
		return Members.pageStatement(asked, null, 51, true, filter.containsKey("townCode"));
	}

	/** A first page with its count, as {@code Members.page} asks it for a user bound to the town who filters nothing. */
	private static Map<String, Object> townBoundPage(String town) {
		var parameters = new HashMap<String, Object>(pageStatement(Map.of()).parameters());
		parameters.put("userTowns", List.of(town));
		return parameters;
	}

	/**
	 * A row of the table, as {@link Timings#row} makes them, within a budget of time
	 * ({@code -Dtongxin.benchmark.row-seconds}, 120 by default, warm-up included): once it is spent no further request
	 * is asked (at least one is measured), so that a slow store holds the build machine for a bounded time. A request
	 * refused at the service's 30 s deadline is timed as it was refused and counted in the row's label.
	 */
	private static <T> String row(String what, List<T> inputs, Function<T, ?> request) {
		long end = System.nanoTime() + Long.getLong("tongxin.benchmark.row-seconds", 120) * 1_000_000_000L;
		int[] overDeadline = { 0 };
		Function<T, Double> timed = input -> {
			long start = System.nanoTime();
			try {
				request.apply(input);
			}
			catch (OverDeadline ex) {
				overDeadline[0]++;
			}
			return (System.nanoTime() - start) / 1e6;
		};
		for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
			for (T input : inputs) {
				if (System.nanoTime() > end) {
					break;
				}
				timed.apply(input);
			}
		}
		var millis = new ArrayList<Double>();
		for (T input : inputs) {
			if (!millis.isEmpty() && System.nanoTime() > end) {
				break;
			}
			millis.add(timed.apply(input));
		}
		millis.sort(Double::compare);
		String label = what + ((millis.size() < inputs.size()) ? " (" + millis.size() + " of " + inputs.size()
				+ " within the row's time budget)" : "")
				+ ((overDeadline[0] > 0) ? " (" + overDeadline[0] + " over the 30 s deadline, warm-up included)" : "");
		String row = "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(label, millis.size(),
				millis.stream().mapToDouble(Double::doubleValue).average().orElse(0), percentile(millis, 50),
				percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
		System.out.println(row);
		return row;
	}

	private static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	/** The service gave up on a request at its deadline. */
	static final class OverDeadline extends RuntimeException {

		OverDeadline(String message) {
			super(message);
		}

	}

	private JsonNode graphQl(String document, Map<String, Object> variables) {
		try {
			String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
			var request = HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", this.authorization)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode answer = json.readTree(response.body());
			if (answer.has("errors") && answer.get("errors").toString().matches("(?is).*(deadline|timeout|timed out|超时).*")) {
				throw new OverDeadline(answer.get("errors").toString());
			}
			check(response.statusCode() == 200 && !answer.has("errors"), document + " -> " + response.body());
			return answer.get("data");
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int cypher(String query, Map<String, Object> parameters) {
		return cypherText(CypherFile.load(query), parameters);
	}

	private int cypher(Members.PageStatement page) {
		return cypherText(page.cypher(), page.parameters());
	}

	private int cypherText(String cypher, Map<String, Object> parameters) {
		var all = new HashMap<String, Object>(parameters);
		if (!all.containsKey("userTowns")) {
			all.put("userTowns", null);
		}
		try (var session = session()) {
			return session.executeRead(tx -> tx.run(cypher, all).list()).size();
		}
	}

	/** Prints the PROFILE of a statement: its time, its db hits, and each operator's rows and db hits. */
	private void profile(String what, String query, Map<String, Object> parameters) {
		profileText(what, CypherFile.load(query), parameters);
	}

	private void profile(String what, Members.PageStatement page) {
		profileText(what, page.cypher(), page.parameters());
	}

	private void profileText(String what, String cypher, Map<String, Object> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.put("userTowns", null);
		try (var session = session()) {
			long start = System.nanoTime();
			var summary = session.executeRead(tx -> tx.run("PROFILE " + cypher, all).consume());
			System.out.printf("%n## %s: %.0f ms%n", what, (System.nanoTime() - start) / 1e6);
			print(summary.profile(), 0);
		}
	}

	private static void print(org.neo4j.driver.summary.ProfiledPlan plan, int depth) {
		System.out.printf("%s%s rows=%,d dbHits=%,d %s%n", "  ".repeat(depth), plan.operatorType(), plan.records(),
				plan.dbHits(), plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).toString()
					.replaceAll("\\s+", " ").substring(0, Math.min(160, plan.arguments().getOrDefault("Details",
							org.neo4j.driver.Values.NULL).toString().replaceAll("\\s+", " ").length())));
		plan.children().forEach(child -> print(child, depth + 1));
	}

	private long count(String cypher) {
		try (var session = session()) {
			return session.executeRead(tx -> tx.run(cypher).single().get("n").asLong());
		}
	}

	private org.neo4j.driver.Session session() {
		return this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
	}

	private static Map<String, Object> variables(Object... namesAndValues) {
		var variables = new HashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	private static void check(boolean holds, String what) {
		if (!holds) {
			throw new IllegalStateException("wrong answer: " + what);
		}
	}

}
