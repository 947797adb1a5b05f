package cn.tongxin.graph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.workbench.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import tools.jackson.databind.JsonNode;

/**
 * For {@code benchmarks/national-map.sh}: the planner's map (issue 17, item 4) on a running service over a store of
 * the {@link NationalLedgers}. Over HTTP (one kept-alive connection, an API token made for the run), the map's own
 * request, {@code mapView}, for the whole country, for boxes of 5° × 5° (a province: clustered past 2,000 villages)
 * and for towns (the box round a town's villages); then in Debian's Chromium, signed in as the administrator, the
 * page's first view of the whole country ({@code /map}, until {@code #map[data-loaded=true]}), a province's box
 * opened from a link ({@code /map?view=}) and zoomed to from the country's view, and a town picked from the
 * page's finder (the "click", until the map is drawn again). Arguments: the service's base URL, the administrator's password,
 * the Bolt URI and the data folder's {@code neo4j-password} file (to sample towns). Prints a table in ms;
 * checks answers (clusters adding up to the count, a town's view never clustered), never times.
 */
public final class NationalMapTimings {

	static final int SAMPLE = Integer.getInteger("tongxin.benchmark.towns", 20);

	static final int PASSES = Integer.getInteger("tongxin.benchmark.passes", 3);

	static final String VIEW = """
			query($box: MapBox!, $town: ID) { mapView(box: $box, townCode: $town) {
			  clustered counts { villages unpaired enterprises sites }
			  villages { code name kind households paired latitude longitude }
			  clusters { latitude longitude villages unpaired }
			  enterprises { creditCode name carries latitude longitude }
			  pairings { creditCode enterpriseName villageCode enterpriseLatitude enterpriseLongitude villageLatitude villageLongitude }
			  sites { id name kind latitude longitude } } }""";

	private final String base;

	private ServiceOverHttp service;

	private NationalMapTimings(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws IOException {
		String password = Files.readString(Path.of(args[3])).strip();
		List<Town> towns;
		var config = Config.builder().withLogging(Logging.none()).build();
		try (Driver driver = GraphDatabase.driver(args[2], AuthTokens.basic("neo4j", password), config);
				var session = driver.session()) {
			towns = session.executeRead(tx -> tx.run("""
					MATCH (t:Town) WITH t ORDER BY t.code WITH collect(t) AS towns
					UNWIND range(0, $sample - 1) AS i
					WITH towns[i * size(towns) / $sample] AS t
					MATCH (v:Village)-[:IN_TOWN]->(t)
					RETURN t.code AS code, min(v.longitude) AS west, min(v.latitude) AS south,
					       max(v.longitude) AS east, max(v.latitude) AS north""", Map.of("sample", SAMPLE))
				.list(row -> new Town(row.get("code").asString(), row.get("west").asDouble(), row.get("south").asDouble(),
						row.get("east").asDouble(), row.get("north").asDouble())));
		}
		new NationalMapTimings(args[0]).run(args[1], towns);
	}

	record Town(String code, double west, double south, double east, double north) {

		/** The box round the town's villages, a little wider, as the page fits it. */
		Map<String, Object> box() {
			double margin = 0.02;
			return Map.of("west", this.west - margin, "south", this.south - margin, "east", this.east + margin, "north",
					this.north + margin);
		}

	}

	private void run(String adminPassword, List<Town> towns) {
		this.service = ServiceOverHttp.withToken(this.base, adminPassword, "national-map benchmark");
		JsonNode country = view(Map.of("west", 73.0, "south", 18.0, "east", 135.0, "north", 54.0), null);
		System.out.printf("the country: %,d villages, %,d unpaired, %,d enterprises; %d towns sampled%n",
				country.at("/counts/villages").asInt(), country.at("/counts/unpaired").asInt(),
				country.at("/counts/enterprises").asInt(), towns.size());

		var provinces = new ArrayList<Map<String, Object>>();
		for (double west = 80; west < 125; west += 9) {
			for (double south = 21; south < 45; south += 8) {
				provinces.add(Map.of("west", west, "south", south, "east", west + 5, "north", south + 5));
			}
		}
		var rows = new ArrayList<String>();
		rows.add(Timings.row("`mapView` of the whole country (clustered), GraphQL over HTTP", List.of(0), 1, PASSES * 2,
				pass -> view(Map.of("west", 73.0, "south", 18.0, "east", 135.0, "north", 54.0), null)));
		rows.add(Timings.row("`mapView` of a 5° × 5° box (a province), GraphQL over HTTP", provinces, 1, PASSES,
				box -> view(box, null)));
		rows.add(Timings.row("`mapView` of a town's box, GraphQL over HTTP", towns, 1, PASSES, town -> {
			JsonNode view = view(town.box(), town.code());
			check(!view.get("clustered").asBoolean() && view.at("/counts/villages").asInt() > 0, "town " + town);
		}));
		// what the page's first view asks besides mapView: the areas to shade
		rows.add(Timings.row("`townAreas` (the page's bottom layer), GraphQL over HTTP", List.of(0), 1, PASSES,
				pass -> graphQl("{ townAreas { town { code } approximate } }", Map.of())));
		if (Chromium.installed()) {
			browser(adminPassword, provinces, towns, rows);
		}
		else {
			System.out.println(Chromium.MISSING + ": the browser's rows are left out");
		}
		System.out.println("""
				| what | requests | mean | p50 | p95 | p99 | max |
				|---|---:|---:|---:|---:|---:|---:|""");
		rows.forEach(System.out::println);
	}

	/**
	 * The page as a planner uses it: its first view of the whole country, a province's view opened from a link (the
	 * page, its scripts and its one view of the box) and zoomed to from the country's view, then a town picked from
	 * the finder.
	 */
	private void browser(String adminPassword, List<Map<String, Object>> provinces, List<Town> towns,
			List<String> rows) {
		try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
			Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage();
			page.setDefaultTimeout(120_000);
			page.navigate(this.base + "/login");
			page.fill("input[name=username]", "admin");
			page.fill("input[name=password]", adminPassword);
			page.click("button[type=submit]");
			page.waitForLoadState();
			rows.add(Timings.row("the page `/map` (the whole country) until drawn, Chromium", List.of(0), 1, PASSES,
					pass -> {
						page.navigate(this.base + "/map");
						page.waitForSelector("#map[data-loaded=true]");
					}));
			rows.add(Timings.row("a 5° × 5° box (a province) opened as `/map?view=W,S,E,N` until drawn, Chromium",
					provinces, 1, 1, box -> {
						page.navigate(this.base + "/map?view=" + box.get("west") + "," + box.get("south") + ","
								+ box.get("east") + "," + box.get("north"));
						page.waitForSelector("#map[data-loaded=true]");
					}));
			rows.add(Timings.row("a 5° × 5° box (a province) zoomed to from the country's view until drawn (the page "
					+ "waits 350 ms for the hand to rest), Chromium", zoomedTo(page, provinces)));
			page.navigate(this.base + "/map");
			page.waitForSelector("#map[data-loaded=true]");
			page.waitForSelector("#town[data-loaded=true]");
			rows.add(Timings.row("a town found (查找, by its code) and picked on `/map` until drawn again, Chromium",
					picked(page, towns)));
		}
	}

	/**
	 * For each box, the country's view opened (not timed) and the map zoomed to the box as a wheel or a pinch does
	 * (ECharts' dataZoom action, which the page hears as it hears a hand): the time from the zoom until the box is
	 * drawn, in ms. A warm-up zoom first.
	 */
	private List<Double> zoomedTo(Page page, List<Map<String, Object>> boxes) {
		var millis = new ArrayList<Double>();
		for (int i = -1; i < boxes.size(); i++) {
			Map<String, Object> box = boxes.get(Math.max(i, 0));
			page.navigate(this.base + "/map");
			page.waitForSelector("#map[data-loaded=true]");
			// the list of towns is asked after the first view: not the zoom's answer
			page.waitForSelector("#town[data-loaded=true]");
			long start = System.nanoTime();
			page.waitForResponse(response -> response.url().endsWith("/graphql")
					&& response.request().postData().contains("query View"), () -> page.evaluate("""
					box => document.getElementById('map').chart.dispatchAction({ type: 'dataZoom', batch: [
					  { dataZoomIndex: 0, startValue: box.west, endValue: box.east },
					  { dataZoomIndex: 1, startValue: box.south, endValue: box.north }] })""", box));
			page.waitForSelector("#map[data-loaded=true]");
			if (i >= 0) {
				millis.add((System.nanoTime() - start) / 1e6);
			}
			String asked = page.locator("#export-xlsx").getAttribute("href");
			double west = Double.parseDouble(asked.replaceAll(".*[?&]west=([-0-9.]+).*", "$1"));
			check(Math.abs(west - ((Number) box.get("west")).doubleValue()) < 0.5, "zoomed to " + box + ": " + asked);
		}
		return millis;
	}

	/**
	 * Each town looked for by its code in the page's finder (not timed: the finder waits for the typing to rest) and
	 * picked from what it found (the "click"): the time from the pick until the town is drawn, in ms. The list of
	 * towns holds only the town in sight at this scale, as the page lists them past a thousand.
	 */
	private List<Double> picked(Page page, List<Town> towns) {
		var millis = new ArrayList<Double>();
		for (Town town : towns) {
			page.fill("#find", town.code());
			String option = page.locator("#found option[data-id='" + town.code() + "']").getAttribute("value");
			long start = System.nanoTime();
			page.fill("#find", option);
			// the pick asks for the town's view at once (the finder's hit names a town), so the map is not drawn yet
			page.waitForSelector("#map[data-loaded=true]");
			millis.add((System.nanoTime() - start) / 1e6);
			check(page.locator("#town").inputValue().equals(town.code())
					&& Integer.parseInt(page.locator("#map").getAttribute("data-villages")) > 0, "town " + town);
		}
		return millis;
	}

	/** One view, checked: clusters, when there are any, add up to the villages counted. */
	private JsonNode view(Map<String, Object> box, String town) {
		var variables = new java.util.HashMap<String, Object>();
		variables.put("box", box);
		variables.put("town", town);
		JsonNode view = graphQl(VIEW, variables).get("mapView");
		if (view.get("clustered").asBoolean()) {
			int inClusters = 0;
			for (JsonNode cluster : view.get("clusters")) {
				inClusters += cluster.get("villages").asInt();
			}
			check(inClusters == view.at("/counts/villages").asInt(), "clusters of " + box + ": " + inClusters);
		}
		return view;
	}

	private JsonNode graphQl(String document, Map<String, Object> variables) {
		return this.service.graphQl(document, variables);
	}

	private static void check(boolean holds, String what) {
		ServiceOverHttp.check(holds, what);
	}

}
