package cn.tongxin.graph.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.system.CypherFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.QueryPlans.operators;
import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's map over real HTTP. Town A: V1 (34.00°N 107.00°E, paired with E1 of town A and with E3 of town B),
 * V2 (34.20°N, a community of 800 households, unpaired), V3 (no location). Town B: B1 (107.50°E, paired with
 * E2). Sites: Z1 of town A, Z2 of town B. The box {@link #BOX} holds all of them but V3.
 */
@GraphTest
class MapViewTests {

	static final String V1 = "610322100001";

	static final String V2 = "610322100002";

	static final String B1 = "610322101001";

	static final String E1 = "91610322022725555J";

	static final String E2 = "91610322003046178X";

	static final String E3 = "916103220168474769";

	static final Map<String, Object> BOX = Map.of("west", 106.9, "south", 33.9, "east", 107.6, "north", 34.4);

	static final String VIEW = """
			query($box: MapBox!, $town: ID, $filter: MapFilter) { mapView(box: $box, townCode: $town, filter: $filter) {
			  clustered counts { villages unpaired enterprises sites }
			  villages { code name kind households paired townCode latitude longitude }
			  clusters { latitude longitude villages unpaired }
			  enterprises { creditCode name carries latitude longitude }
			  pairings { creditCode villageCode enterpriseLatitude villageLatitude }
			  sites { id name kind } } }
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	@Autowired
	Driver driver;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsOnTheMap() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", """
				code,name,town_code,kind,households,latitude,longitude
				%s,一村,%s,VILLAGE,300,34.00,107.00
				%s,二社区,%s,COMMUNITY,800,34.20,107.00
				610322100003,三村,%s,VILLAGE,1200,,
				%s,乙一村,%s,VILLAGE,500,34.00,107.50
				""".formatted(V1, TOWN_A, V2, TOWN_A, TOWN_A, B1, TOWN_B));
		ok("enterprises", """
				credit_code,name,town_code,industry,latitude,longitude
				%s,甲农业,%s,AGRICULTURE,34.10,107.00
				%s,乙物流,%s,LOGISTICS,34.05,107.50
				%s,乙食品,%s,FOOD,34.02,107.02
				""".formatted(E1, TOWN_A, E2, TOWN_B, E3, TOWN_B));
		ok("pairings", """
				enterprise_credit_code,village_code,since
				%s,%s,2024-01-01
				%s,%s,2024-01-01
				%s,%s,2024-01-01
				""".formatted(E1, V1, E3, V1, E2, B1));
		ok("sites", """
				id,name,kind,level,domain,town_code,established_on,latitude,longitude
				Z1,甲站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,2023-01-01,34.01,107.01
				Z2,乙站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,2023-01-01,34.01,107.51
				""".formatted(TOWN_A, TOWN_B));
	}

	@Test
	void drawsTheVillagesEnterprisesPairingsAndSitesOfABoxInOneRoundTrip() {
		this.cypher.reset();
		var view = view(this.admin, BOX, null, null);

		assertThat(this.cypher.statements()).as("sign-in, villages, enterprises, sites").isEqualTo(4);
		assertThat((Object) value(view, "mapView.clustered")).isEqualTo(false);
		assertThat(values(view, "mapView.counts.*")).containsExactly(3, 1, 3, 2);
		assertThat(values(view, "mapView.villages[*].code")).containsExactly(V1, V2, B1);
		assertThat(values(view, "mapView.villages[*].paired")).containsExactly(true, false, true);
		assertThat(values(view, "mapView.villages[1].*")).containsExactly(V2, "二社区", "COMMUNITY", 800, false, TOWN_A,
				34.2, 107.0);
		assertThat(values(view, "mapView.enterprises[*].creditCode")).containsExactly(E2, E3, E1);
		assertThat(values(view, "mapView.enterprises[*].carries")).containsExactly(1, 1, 1);
		assertThat(values(view, "mapView.pairings[*].creditCode")).containsExactly(E3, E1, E2);
		assertThat(values(view, "mapView.pairings[*].villageCode")).containsExactly(V1, V1, B1);
		assertThat(values(view, "mapView.pairings[0].*")).containsExactly(E3, V1, 34.02, 34.0);
		assertThat(values(view, "mapView.sites[*].id")).containsExactly("Z1", "Z2");
		assertThat(values(view, "mapView.clusters")).isEmpty();

		var west = view(this.admin, Map.of("west", 106.9, "south", 33.9, "east", 107.2, "north", 34.4), null, null);
		assertThat(values(west, "mapView.villages[*].code")).as("town A's side only").containsExactly(V1, V2);
		assertThat(values(west, "mapView.enterprises[*].creditCode")).containsExactly(E3, E1);
	}

	@Test
	void showsATownBoundUserTheirTownsVillagesAndTheEnterprisesTheyMaySee() {
		TongxinHttp viewerOfA = viewerOf(this.admin, TOWN_A);

		var view = view(viewerOfA, BOX, null, null);

		assertThat(values(view, "mapView.counts.*")).containsExactly(2, 1, 2, 1);
		assertThat(values(view, "mapView.villages[*].code")).containsExactly(V1, V2);
		assertThat(values(view, "mapView.enterprises[*].creditCode")).as("E3 of town B, paired with V1").containsExactly(E3, E1);
		assertThat(values(view, "mapView.pairings[*].villageCode")).containsExactly(V1, V1);
		assertThat(values(view, "mapView.sites[*].id")).containsExactly("Z1");
		assertThat(view.toMap().toString()).doesNotContain(B1, "乙一村", E2, "乙物流", "Z2", TOWN_B);

		var ownTown = view(viewerOfA, BOX, TOWN_A, null);
		assertThat(values(ownTown, "mapView.villages[*].code")).containsExactly(V1, V2);
		var otherTown = view(viewerOfA, BOX, TOWN_B, null);
		var noTown = view(viewerOfA, BOX, "610322199", null);
		assertThat(otherTown.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("townCode " + TOWN_B + "：没有这个镇"));
		assertThat(noTown.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("townCode 610322199：没有这个镇"));
		var townB = view(this.admin, BOX, TOWN_B, null);
		assertThat(values(townB, "mapView.villages[*].code")).as("the administrator's").containsExactly(B1);
		assertThat(values(townB, "mapView.enterprises[*].creditCode")).as("E3 is of town B").containsExactly(E2, E3);
	}

	@Test
	void filtersTheVillagesByKindHouseholdsAndPairing() {
		assertThat(codes(Map.of("paired", false))).containsExactly(V2);
		assertThat(codes(Map.of("paired", true))).containsExactly(V1, B1);
		assertThat(codes(Map.of("kind", "COMMUNITY"))).containsExactly(V2);
		assertThat(codes(Map.of("minHouseholds", 400, "maxHouseholds", 600))).containsExactly(B1);
		var unpaired = view(this.admin, BOX, null, Map.of("paired", false));
		assertThat(values(unpaired, "mapView.counts.*")).containsExactly(1, 1, 3, 2);
		assertThat(values(unpaired, "mapView.pairings")).isEmpty();
	}

	@Test
	void answersClustersInsteadOfVillagesPastTheBound() {
		// 2,100 more villages of town A on a 0.01° grid, every tenth one paired
		this.neo4j.query("""
				MATCH (t:Town {code: $town}), (e:Enterprise {creditCode: $enterprise})
				UNWIND range(0, 2099) AS i
				CREATE (v:Village {code: 'X' + i, name: '点' + i, kind: 'VILLAGE',
				                   latitude: 33.0 + (i / 50) * 0.01, longitude: 106.0 + (i % 50) * 0.01})
				SET v.location = point({latitude: v.latitude, longitude: v.longitude})
				CREATE (v)-[:IN_TOWN]->(t)
				FOREACH (_ IN CASE WHEN i % 10 = 0 THEN [1] ELSE [] END |
				  CREATE (e)-[:PAIRED_WITH {since: date('2024-01-01')}]->(v))
				""").bindAll(Map.of("town", TOWN_A, "enterprise", E1)).run();
		var province = Map.<String, Object>of("west", 105.0, "south", 32.0, "east", 108.0, "north", 35.0);

		var view = view(this.admin, province, null, null);

		assertThat((Object) value(view, "mapView.clustered")).isEqualTo(true);
		assertThat(values(view, "mapView.counts.*")).containsExactly(2103, 1891, 3, 2);
		assertThat(values(view, "mapView.villages")).isEmpty();
		assertThat(values(view, "mapView.pairings")).isEmpty();
		List<Integer> clustered = values(view, "mapView.clusters[*].villages");
		List<Integer> unpaired = values(view, "mapView.clusters[*].unpaired");
		assertThat(clustered.size()).isLessThanOrEqualTo(MapViews.GRID * MapViews.GRID);
		assertThat(clustered.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2103);
		assertThat(unpaired.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1891);
		var zoomedIn = view(this.admin, Map.of("west", 105.95, "south", 32.95, "east", 106.105, "north", 33.105), null, null);
		assertThat((Object) value(zoomedIn, "mapView.clustered")).isEqualTo(false);
		assertThat(values(zoomedIn, "mapView.villages")).hasSize(11 * 11);
	}

	/**
	 * A view of one town looks only where the town's records lie (its villages, its enterprises and those paired with
	 * its villages, its sites): asked about the whole world, as the page's first view asks, it answers what it
	 * answers for a box round the town, with one statement more that starts from the town.
	 */
	@Test
	void looksOnlyWhereATownsRecordsLieWhenTheViewIsOfOneTown() {
		var world = Map.<String, Object>of("west", -180.0, "south", -90.0, "east", 180.0, "north", 90.0);

		this.cypher.reset();
		var fromTheWorld = view(this.admin, world, TOWN_B, null);

		assertThat(this.cypher.statements()).as("sign-in, the town checked, its extents, villages, enterprises, sites")
			.isEqualTo(6);
		assertThat(fromTheWorld.toMap()).isEqualTo(view(this.admin, BOX, TOWN_B, null).toMap());
		assertThat(values(fromTheWorld, "mapView.enterprises[*].creditCode")).as("E3 lies among town A's villages")
			.containsExactly(E2, E3);
		var elsewhere = view(this.admin, Map.of("west", 100.0, "south", 30.0, "east", 101.0, "north", 31.0), TOWN_B, null);
		assertThat(values(elsewhere, "mapView.counts.*")).containsExactly(0, 0, 0, 0);
		var parameters = planParameters();
		parameters.put("townCode", TOWN_B);
		for (String query : List.of("map/town-extent", "map/enterprises-of-town")) {
			try (var session = this.driver.session()) {
				Plan plan = session.run("EXPLAIN " + CypherFile.load(query), parameters).consume().plan();
				assertThat(operators(plan)).as(query)
					.anyMatch(operator -> operator.contains("NodeUniqueIndexSeek"))
					.noneMatch(operator -> operator.startsWith("NodeByLabelScan") || operator.startsWith("AllNodesScan"));
			}
		}
	}

	/** What the map's statements are given, for a view of the test villages' box by a user who sees every town. */
	private static Map<String, Object> planParameters() {
		var parameters = new HashMap<String, Object>(Map.of("west", 106.9, "south", 33.9, "east", 107.6, "north", 34.4,
				"cellWidth", 0.1, "cellHeight", 0.1, "today", LocalDate.of(2026, 11, 25), "most", 2000));
		var filter = new HashMap<String, Object>();
		for (String key : List.of("kind", "minHouseholds", "maxHouseholds", "paired")) {
			filter.put(key, null);
		}
		parameters.put("filter", filter);
		parameters.put("userTowns", null);
		parameters.put("townCode", null);
		return parameters;
	}

	@Test
	void findsVillagesEnterprisesAndSitesThroughTheirPointIndexesWithoutALabelScan() {
		var parameters = planParameters();
		for (var query : Map.of("map/villages", "v:Village", "map/enterprises", "e:Enterprise", "map/sites", "s:Site")
			.entrySet()) {
			try (var session = this.driver.session()) {
				Plan plan = session.run("EXPLAIN " + CypherFile.load(query.getKey()), parameters).consume().plan();
				assertThat(operators(plan)).as(query.getKey())
					.anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange")
							&& operator.contains("POINT INDEX " + query.getValue() + "(location)"))
					.noneMatch(operator -> operator.startsWith("NodeByLabelScan") || operator.startsWith("AllNodesScan"));
			}
		}
	}

	@Test
	void refusesABoxUpsideDown() {
		var refused = view(this.admin, Map.of("west", 108.0, "south", 33.9, "east", 107.0, "north", 34.4), null, null);

		assertThat(refused.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).startsWith("box：west 须小于 east");
		});
	}

	@Test
	void exportsTheVillagesShownAsASpreadsheetWithinTheUsersTowns() throws Exception {
		String box = "west=106.9&south=33.9&east=107.6&north=34.4";
		var all = this.admin.download("/api/export/map-villages?" + box);
		var unpairedOfA = viewerOf(this.admin, TOWN_A).download("/api/export/map-villages?" + box + "&paired=false");

		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("filename=\"map-villages-2026-11-25.xlsx\""));
		assertThat(rows(all.body())).containsExactly("村（社区）代码 村（社区） 类型 户数 结对 镇（街道）代码 镇（街道） 纬度 经度",
				V1 + " 一村 行政村 300 已结对 " + TOWN_A + " 甲镇 34.0 107.0",
				V2 + " 二社区 社区 800 未结对 " + TOWN_A + " 甲镇 34.2 107.0",
				B1 + " 乙一村 行政村 500 已结对 " + TOWN_B + " 乙镇 34.0 107.5");
		assertThat(rows(unpairedOfA.body())).hasSize(2).last().asString().startsWith(V2);
		assertThat(viewerOf(this.admin, TOWN_B).download("/api/export/map-villages?" + box + "&townCode=" + TOWN_A)
			.statusCode()).as("another town's code, refused").isEqualTo(400);
		assertThat(this.admin.download("/api/export/map-villages?west=1&south=1&east=0&north=2").statusCode()).isEqualTo(400);
		// a name a spreadsheet would run as a formula reaches the CSV as text
		ok("villages", "code,name,town_code,kind,latitude,longitude\n%s,=1+2,%s,COMMUNITY,34.20,107.00\n".formatted(V2, TOWN_A));
		String csv = new String(this.admin.download("/api/export/map-villages?" + box + "&format=csv").body(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains(V2 + ",'=1+2,社区");
		var log = this.admin.graphQl()
			.document("{ auditLog(filter: {operation: \"export\"}) { edges { node { username kind } } } }")
			.executeSync();
		assertThat(values(log, "auditLog.edges[?(@.node.kind == 'map-villages')].node.username"))
			.containsExactlyInAnyOrder("admin", "a.viewer", "admin");
	}

	private List<String> codes(Map<String, Object> filter) {
		return values(view(this.admin, BOX, null, filter), "mapView.villages[*].code");
	}

	private static ClientGraphQlResponse view(TongxinHttp client, Map<String, Object> box, String town,
			Map<String, Object> filter) {
		var variables = new HashMap<String, Object>();
		variables.put("box", box);
		variables.put("town", town);
		variables.put("filter", filter);
		return client.graphQl().document(VIEW).variables(variables).executeSync();
	}

	/** Each row of the first sheet, its cells as text joined by spaces. */
	private static List<String> rows(byte[] file) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			var sheet = workbook.getSheetAt(0);
			var rows = new ArrayList<String>();
			for (var row : sheet) {
				var cells = new StringJoiner(" ");
				// households as a whole number, latitude and longitude (the last two columns) as decimals
				row.forEach(cell -> cells.add((cell.getCellType() != CellType.NUMERIC) ? cell.getStringCellValue()
						: (cell.getColumnIndex() < 7) ? String.valueOf((long) cell.getNumericCellValue())
								: String.valueOf(cell.getNumericCellValue())));
				rows.add(cells.toString());
			}
			return rows;
		}
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
