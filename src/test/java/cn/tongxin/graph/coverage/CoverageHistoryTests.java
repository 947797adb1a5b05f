package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.system.CypherFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static cn.tongxin.graph.QueryPlans.operators;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage on past days and as a series, today being 2026-11-25. Town A has three villages: V1 paired with E1
 * from 2025-01-01 to 2025-06-30 and with E2 since 2025-09-01; V2 paired with E1 since 2026-03-15; V3 never.
 * Town B has one village, paired with E2 since 2024-01-01. Some tests add villages established late.
 */
@GraphTest
class CoverageHistoryTests {

	static final String E1 = "91610322022725555J";

	static final String E2 = "91610322003046178X";

	static final String TREND = """
			query($townCode: ID, $from: Date!, $to: Date, $interval: TrendInterval) {
			  coverageTrend(townCode: $townCode, from: $from, to: $to, interval: $interval) { date villages pairedVillages ratio }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Driver driver;

	TongxinHttp admin;

	@BeforeEach
	void pairingsThatComeAndGo() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("villages", """
				code,name,town_code
				610322100001,一村,%s
				610322100002,二村,%s
				610322100003,三村,%s
				610322101001,乙一村,%s
				""".formatted(TOWN_A, TOWN_A, TOWN_A, TOWN_B));
		this.admin.importCsv("enterprises", "credit_code,name,town_code\n%s,甲企业,%s\n%s,乙企业,%s\n".formatted(E1, TOWN_A, E2, TOWN_B));
		this.admin.importCsv("pairings", """
				enterprise_credit_code,village_code,since,until
				%s,610322100001,2025-01-01,2025-06-30
				%s,610322100001,2025-09-01,
				%s,610322100002,2026-03-15,
				%s,610322101001,2024-01-01,
				""".formatted(E1, E2, E1, E2));
	}

	@Test
	void readsAnyPastDayFromTheStartsAndEndsOfPairings() {
		assertThat(pairedInTownA("2024-12-31")).isEqualTo(0);
		assertThat(pairedInTownA("2025-06-30")).as("the last day of a pairing counts").isEqualTo(1);
		assertThat(pairedInTownA("2025-07-01")).isEqualTo(0);
		assertThat(pairedInTownA("2026-03-14")).isEqualTo(1);
		assertThat(pairedInTownA("2026-03-15")).as("the first day counts").isEqualTo(2);
		assertThat(pairedInTownA(null)).as("today").isEqualTo(2);
		var district = this.admin.graphQl().document("{ coverage(asOf: \"2025-07-01\") { villages pairedVillages } }").executeSync();
		assertThat((Object) value(district, "coverage.pairedVillages")).isEqualTo(1);
		assertThat((Object) value(district, "coverage.villages")).isEqualTo(4);
	}

	@Test
	void givesASeriesAtTheEndOfEachPeriodEndingOnTheLastDayAskedFor() {
		var monthly = trend(Map.of("townCode", TOWN_A, "from", "2025-05-01", "to", "2025-10-15"));
		var quarterly = trend(Map.of("townCode", TOWN_A, "from", "2025-01-01", "interval", "QUARTER"));

		assertThat(values(monthly, "coverageTrend[*].date")).containsExactly("2025-05-31", "2025-06-30", "2025-07-31",
				"2025-08-31", "2025-09-30", "2025-10-15");
		assertThat(values(monthly, "coverageTrend[*].pairedVillages")).containsExactly(1, 1, 0, 0, 1, 1);
		assertThat(values(quarterly, "coverageTrend[*].date")).containsExactly("2025-03-31", "2025-06-30", "2025-09-30",
				"2025-12-31", "2026-03-31", "2026-06-30", "2026-09-30", "2026-11-25");
		assertThat(values(quarterly, "coverageTrend[*].pairedVillages")).containsExactly(1, 1, 1, 1, 2, 2, 2, 2);
		assertThat(values(trend(Map.of("from", "2025-01-01", "to", "2026-12-31", "interval", "YEAR")),
				"coverageTrend[*].pairedVillages")).containsExactly(2, 3);
	}

	@Test
	void countsTheLastPointsBackFromTheDistrictsToday() {
		var lastSix = this.admin.graphQl()
			.document("{ coverageTrend(townCode: \"%s\", points: 6) { date pairedVillages } }".formatted(TOWN_A))
			.executeSync();
		assertThat(values(lastSix, "coverageTrend[*].date")).containsExactly("2026-06-30", "2026-07-31", "2026-08-31",
				"2026-09-30", "2026-10-31", "2026-11-25");
		var quarters = this.admin.graphQl()
			.document("{ coverageTrend(townCode: \"%s\", points: 3, interval: QUARTER, to: \"2026-03-31\") { date } }"
				.formatted(TOWN_A))
			.executeSync();
		assertThat(values(quarters, "coverageTrend[*].date")).containsExactly("2025-09-30", "2025-12-31", "2026-03-31");

		for (String refused : List.of("points: 6, from: \"2026-01-01\"", "interval: MONTH", "points: 0", "points: 241")) {
			var response = this.admin.graphQl().document("{ coverageTrend(%s) { date } }".formatted(refused)).executeSync();
			assertThat(response.getErrors()).as(refused).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		}
	}

	@Test
	void keepsATownBoundUserToTheirTownsAndRefusesWhatItCannotAnswer() {
		var viewerOfB = viewerOf(this.admin, TOWN_B);

		var trend = viewerOfB.graphQl().document(TREND).variables(Map.of("from", "2026-01-01", "interval", "YEAR")).executeSync();
		assertThat(values(trend, "coverageTrend[*].villages")).containsExactly(1);

		for (var refused : List.of(Map.<String, Object>of("from", "2026-01-01", "to", "2025-01-01"),
				Map.<String, Object>of("from", "2000-01-01", "to", "2026-01-01"),
				Map.<String, Object>of("townCode", "610322999", "from", "2026-01-01"))) {
			var response = this.admin.graphQl().document(TREND).variables(refused).executeSync();
			assertThat(response.getErrors()).as(refused.toString()).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		}
	}

	/**
	 * Two villages established late: V4 of town A on 2025-08-01, paired with E1 since 2025-06-01 (before it was
	 * there), and V5 of town B on 2026-12-01, a day still to come.
	 */
	private void villagesEstablishedLate() {
		var villages = this.admin.importCsv("villages", """
				code,name,town_code,established_on
				610322100004,四村,%s,2025-08-01
				610322101002,乙二新社区,%s,2026-12-01
				""".formatted(TOWN_A, TOWN_B));
		assertThat(villages.rejected()).isEmpty();
		assertThat(villages.created()).isEqualTo(2);
		this.admin.importCsv("pairings", "enterprise_credit_code,village_code,since\n%s,610322100004,2025-06-01\n".formatted(E1));
	}

	@Test
	void countsAVillageOnlyFromTheDayItIsEstablished() {
		villagesEstablishedLate();

		assertThat(coverage(TOWN_A, "2025-07-31")).as("V4 not there yet, its pairing neither").containsExactly(3, 0);
		assertThat(coverage(TOWN_A, "2025-08-01")).as("its first day").containsExactly(4, 1);
		assertThat(coverage(null, null)).as("today, V5 still to come").containsExactly(5, 4);
		assertThat(coverage(null, "2026-12-01")).containsExactly(6, 4);
		var monthly = trend(Map.of("townCode", TOWN_A, "from", "2025-06-01", "to", "2025-09-30"));
		assertThat(values(monthly, "coverageTrend[*].villages")).containsExactly(3, 3, 4, 4);
		assertThat(values(monthly, "coverageTrend[*].pairedVillages")).as("V1 on 06-30, V4 from 08-01, V1 again from 09-01")
			.containsExactly(1, 0, 1, 2);
		var yearly = trend(Map.of("from", "2025-01-01", "to", "2026-12-31", "interval", "YEAR"));
		assertThat(values(yearly, "coverageTrend[*].villages")).containsExactly(5, 6);
		assertThat(values(yearly, "coverageTrend[*].pairedVillages")).containsExactly(3, 4);
		var ofB = viewerOf(this.admin, TOWN_B).graphQl().document(TREND)
			.variables(Map.of("from", "2026-01-01", "to", "2026-12-31", "interval", "YEAR")).executeSync();
		assertThat(values(ofB, "coverageTrend[*].villages")).containsExactly(2);

		var lists = this.admin.graphQl().document("""
				{ ofB: unpairedVillages(townCode: "%s") { totalCount }
				  all: unpairedVillages { edges { node { code } } }
				  byKind: coverageByKind(townCode: "%s", asOf: "2025-07-31") { villages pairedVillages }
				  v5: village(code: "610322101002") { establishedOn } }""".formatted(TOWN_B, TOWN_A)).executeSync();
		assertThat((Object) value(lists, "ofB.totalCount")).as("V5 is not unpaired: it is not there yet").isEqualTo(0);
		assertThat(values(lists, "all.edges[*].node.code")).containsExactly("610322100003");
		assertThat(values(lists, "byKind[*].villages")).containsExactly(3);
		assertThat((Object) value(lists, "v5.establishedOn")).isEqualTo("2026-12-01");

		// the same file again changes nothing; one without the column keeps the day; an empty cell: since always
		assertThat(this.admin.importCsv("villages", "code,name,town_code,established_on\n610322100004,四村,%s,2025-08-01\n"
			.formatted(TOWN_A)).unchanged()).isEqualTo(1);
		assertThat(this.admin.importCsv("villages", "code,name,town_code\n610322100004,四新村,%s\n".formatted(TOWN_A))
			.updated()).isEqualTo(1);
		assertThat(coverage(TOWN_A, "2025-07-31")).containsExactly(3, 0);
		this.admin.importCsv("villages", "code,name,town_code,established_on\n610322100004,四新村,%s,\n".formatted(TOWN_A));
		assertThat(coverage(TOWN_A, "2025-07-31")).as("V4 since always, paired since 06-01").containsExactly(4, 1);
	}

	@Test
	void findsTheVillagesNotYetEstablishedThroughTheirIndexAndPagesInIndexOrderStill() {
		var parameters = new java.util.HashMap<String, Object>(Map.of("asOf", LocalDate.of(2026, 11, 25), "first",
				LocalDate.of(2025, 1, 1), "last", LocalDate.of(2026, 11, 25)));
		parameters.put("townCode", null);
		parameters.put("userTowns", null);
		for (String query : List.of("coverage/coverage-totals", "coverage/coverage-trend")) {
			try (var session = this.driver.session()) {
				Plan plan = session.run("EXPLAIN " + CypherFile.load(query), parameters).consume().plan();
				assertThat(operators(plan)).as(query)
					.anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange")
							&& operator.contains("RANGE INDEX v:Village(establishedOn)"));
			}
		}
		// and a page of unpaired villages, which only checks the day, still walks the code index in order
		parameters.putAll(Map.of("countAll", false, "limit", 21, "today", LocalDate.of(2026, 11, 25)));
		for (String name : List.of("after", "kind", "minHouseholds")) {
			parameters.put(name, null);
		}
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + CypherFile.load("coverage/unpaired-villages-in-district"), parameters)
				.consume()
				.plan();
			assertThat(operators(plan)).anyMatch(operator -> operator.contains("UNIQUE v:Village(code)"))
				.noneMatch(operator -> operator.startsWith("Sort") || operator.startsWith("Top@"));
		}
	}

	@Test
	void givesOnEachPointOfATrendWhatCoverageGivesOnThatDay() {
		villagesEstablishedLate();
		String e3 = "916103220168474769";
		this.admin.importCsv("enterprises", "credit_code,name,town_code\n%s,丙企业,%s\n".formatted(e3, TOWN_A));
		// a second pairing of V2 that overlaps its first, one of V1 within its ended one, and a pairing of V3 by an
		// enterprise that is then deleted: neither may count a village twice, nor the deleted enterprise at all
		this.admin.importCsv("pairings", """
				enterprise_credit_code,village_code,since,until
				%s,610322100002,2026-01-10,2026-05-01
				%s,610322100001,2025-02-01,2025-03-31
				%s,610322100003,2025-02-01,
				""".formatted(E2, E2, e3));
		var deleted = this.admin.graphQl()
			.document("mutation($key: ID!) { deleteEnterprise(creditCode: $key) { deleted } }")
			.variable("key", e3)
			.executeSync();
		assertThat((Object) value(deleted, "deleteEnterprise.deleted")).isEqualTo(true);
		var viewerOfB = viewerOf(this.admin, TOWN_B);

		for (var client : List.of(this.admin, viewerOfB)) {
			for (String townCode : (client == this.admin) ? new String[] { null, TOWN_A } : new String[] { null, TOWN_B }) {
				var variables = new java.util.HashMap<String, Object>(Map.of("from", "2023-12-01"));
				variables.put("townCode", townCode);
				var trend = client.graphQl().document(TREND).variables(variables).executeSync();
				List<String> days = values(trend, "coverageTrend[*].date");
				assertThat(days).hasSize(36);
				for (int i = 0; i < days.size(); i++) {
					var asOf = client.graphQl()
						.document("query($townCode: ID, $asOf: Date) { coverage(townCode: $townCode, asOf: $asOf) { villages pairedVillages } }")
						.variables(variables)
						.variable("asOf", days.get(i))
						.executeSync();
					String point = "coverageTrend[" + i + "].";
					assertThat((Object) value(trend, point + "villages")).as(townCode + " " + days.get(i))
						.isEqualTo(value(asOf, "coverage.villages"));
					assertThat((Object) value(trend, point + "pairedVillages")).as(townCode + " " + days.get(i))
						.isEqualTo(value(asOf, "coverage.pairedVillages"));
				}
			}
		}
		assertThat(values(trend(Map.of("townCode", TOWN_A, "from", "2025-01-01", "to", "2025-04-30")),
				"coverageTrend[*].pairedVillages")).as("V1 twice in February and March, V3 by a deleted enterprise")
			.containsExactly(1, 1, 1, 1);
	}

	/** villages, pairedVillages of the town (or the district) on the day (or today) */
	private List<Object> coverage(String townCode, String asOf) {
		var variables = new java.util.HashMap<String, Object>();
		variables.put("townCode", townCode);
		variables.put("asOf", asOf);
		var coverage = this.admin.graphQl()
			.document("query($townCode: ID, $asOf: Date) { coverage(townCode: $townCode, asOf: $asOf) { villages pairedVillages } }")
			.variables(variables)
			.executeSync();
		return List.of(value(coverage, "coverage.villages"), value(coverage, "coverage.pairedVillages"));
	}

	private int pairedInTownA(String asOf) {
		var request = this.admin.graphQl()
			.document("query($asOf: Date) { coverage(townCode: \"%s\", asOf: $asOf) { pairedVillages } }".formatted(TOWN_A));
		if (asOf != null) {
			request = request.variable("asOf", asOf);
		}
		return value(request.executeSync(), "coverage.pairedVillages");
	}

	private ClientGraphQlResponse trend(Map<String, Object> variables) {
		return this.admin.graphQl().document(TREND).variables(variables).executeSync();
	}

}
