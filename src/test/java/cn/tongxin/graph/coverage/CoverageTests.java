package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Coverage and unpaired villages on small graphs whose answers are known by construction. */
@GraphTest
class CoverageTests {

	static final String TOWN_EMPTY = "610322102";

	static final String ENTERPRISE = "91610322022725555J";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp api;

	LocalDate today = GraphTestConfiguration.TODAY;

	@BeforeEach
	void townsAndAnEnterprise() {
		TestGraph.empty(this.neo4j);
		this.api = new TongxinHttp(this.port);
		this.api.importCsv("towns", "code,name\n%s,甲镇\n%s,乙镇\n%s,新设镇\n".formatted(TOWN_A, TOWN_B, TOWN_EMPTY));
		this.api.importCsv("enterprises", "credit_code,name,town_code\n%s,建材有限公司,%s\n".formatted(ENTERPRISE, TOWN_A));
	}

	@Test
	void countsAPairingThatEndsTodayButNotOneThatEndedYesterday() {
		villages(TOWN_A, 4);
		pairings("""
				%s,610322100001,2020-01-01,
				%s,610322100002,2020-01-01,%s
				%s,610322100003,2020-01-01,%s
				""".formatted(ENTERPRISE, ENTERPRISE, this.today, ENTERPRISE, this.today.minusDays(1)));

		var coverage = coverage(TOWN_A);

		assertThat(coverage.field("coverage.villages").toEntity(Integer.class)).isEqualTo(4);
		assertThat(coverage.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(coverage.field("coverage.unpairedVillages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(coverage.field("coverage.ratio").toEntity(Double.class)).isEqualTo(0.5);
	}

	@Test
	void keepsEndedPairingsAsHistory() {
		villages(TOWN_A, 1);
		pairings("%s,610322100001,2019-03-01,2021-03-01\n".formatted(ENTERPRISE));

		var village = this.api.graphQl().documentName("place/village").variable("code", "610322100001").executeSync();

		assertThat(village.field("village.paired").toEntity(Boolean.class)).isFalse();
		assertThat(village.field("village.pairings[0].ended").toEntity(Boolean.class)).isTrue();
		assertThat(village.field("village.pairings[0].since").toEntity(String.class)).isEqualTo("2019-03-01");
	}

	@Test
	void givesATownWithoutVillagesARatioOfZero() {
		var coverage = coverage(TOWN_EMPTY);

		assertThat(coverage.field("coverage.villages").toEntity(Integer.class)).isZero();
		assertThat(coverage.field("coverage.ratio").toEntity(Double.class)).isZero();
	}

	@Test
	void addsUpTheDistrictFromItsTowns() {
		villages(TOWN_A, 3);
		villages(TOWN_B, 2);
		pairings("%s,610322100001,2020-01-01,\n%s,610322101001,2020-01-01,\n".formatted(ENTERPRISE, ENTERPRISE));

		var coverage = this.api.graphQl().documentName("coverage/coverage").executeSync();

		assertThat(coverage.field("coverage.villages").toEntity(Integer.class)).isEqualTo(5);
		assertThat(coverage.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(values(coverage, "coverage.byTown[*].town.code"))
			.containsExactly(TOWN_A, TOWN_B, TOWN_EMPTY);
		assertThat(values(coverage, "coverage.byTown[*].unpairedVillages"))
			.containsExactly(2, 1, 0);
	}

	@Test
	void pagesThroughTheTownsFiguresAsByTownGivesThemAllAtOnce() {
		villages(TOWN_A, 3);
		villages(TOWN_B, 2);
		pairings("%s,610322100001,2020-01-01,\n%s,610322101001,2020-01-01,2021-01-01\n".formatted(ENTERPRISE, ENTERPRISE));
		String towns = """
				query($townCode: ID, $asOf: Date, $after: String) { coverage(townCode: $townCode, asOf: $asOf) {
				  towns(first: 2, after: $after) { totalCount edges { node { town { code } villages pairedVillages } }
				    pageInfo { hasNextPage endCursor } } } }""";
		String byTown = "query($asOf: Date) { coverage(asOf: $asOf) { byTown { town { code } villages pairedVillages } } }";

		for (String asOf : List.of("2020-06-30", this.today.toString())) {
			var all = this.api.graphQl().document(byTown).variable("asOf", asOf).executeSync();
			var paged = new ArrayList<Object>();
			String after = null;
			boolean more = true;
			while (more) {
				var page = this.api.graphQl().document(towns).variable("asOf", asOf).variable("after", after).executeSync();
				assertThat(page.field("coverage.towns.totalCount").toEntity(Integer.class)).isEqualTo(3);
				paged.addAll(values(page, "coverage.towns.edges[*].node"));
				more = page.field("coverage.towns.pageInfo.hasNextPage").toEntity(Boolean.class);
				after = page.field("coverage.towns.pageInfo.endCursor").toEntity(String.class);
			}
			assertThat(paged).as(asOf).isEqualTo(values(all, "coverage.byTown[*]")).hasSize(3);
		}
		var pageAlone = this.api.graphQl().document("{ coverage { towns(first: 1) { edges { node { town { code } } } } } }")
			.executeSync();
		assertThat(values(pageAlone, "coverage.towns.edges[*].node.town.code")).containsExactly(TOWN_A);
		var ofTownB = this.api.graphQl().document(towns).variable("townCode", TOWN_B).executeSync();
		assertThat(values(ofTownB, "coverage.towns.edges[*].node.town.code")).containsExactly(TOWN_B);
		var ofTownBsViewer = viewerOf(this.api, TOWN_B).graphQl()
			.document(towns)
			.executeSync();
		assertThat(values(ofTownBsViewer, "coverage.towns.edges[*].node.town.code")).containsExactly(TOWN_B);
		assertThat(values(ofTownBsViewer, "coverage.towns.edges[*].node.pairedVillages")).containsExactly(0);
	}

	@Test
	void givesTheDistrictTotalsWithoutTheTownsAsTheTownsAddUp() {
		String second = "916103220168474769";
		this.api.importCsv("enterprises", "credit_code,name,town_code\n%s,食品有限公司,%s\n".formatted(second, TOWN_B));
		villages(TOWN_A, 3);
		villages(TOWN_B, 3);
		// 100001 twice over, 100002 until yesterday, 101001 and 101002 now
		pairings("""
				%1$s,610322100001,2020-01-01,
				%2$s,610322100001,2021-01-01,
				%1$s,610322100002,2020-01-01,%3$s
				%2$s,610322101001,2022-01-01,
				%2$s,610322101002,2022-01-01,
				""".formatted(ENTERPRISE, second, this.today.minusDays(1)));
		var deleted = this.api.graphQl()
			.document("mutation { deleteVillage(code: \"610322101002\") { deleted } }")
			.executeSync();
		assertThat(deleted.field("deleteVillage.deleted").toEntity(Boolean.class)).isTrue();
		// an enterprise, then deleted, that was the only one paired with 100003 and the third with 100001
		String third = "91610322557257081K";
		this.api.importCsv("enterprises", "credit_code,name,town_code\n%s,建材有限公司,%s\n".formatted(third, TOWN_A));
		pairings("%1$s,610322100003,2020-01-01,\n%1$s,610322100001,2020-01-01,\n".formatted(third));
		var deletedEnterprise = this.api.graphQl()
			.document("mutation { deleteEnterprise(creditCode: \"%s\") { deleted } }".formatted(third))
			.executeSync();
		assertThat(deletedEnterprise.field("deleteEnterprise.deleted").toEntity(Boolean.class)).isTrue();
		String totals = "query($asOf: Date) { coverage(asOf: $asOf) { villages pairedVillages unpairedVillages ratio } }";

		var today = this.api.graphQl().document(totals).executeSync();
		var yesterday = this.api.graphQl().document(totals).variable("asOf", this.today.minusDays(1)).executeSync();
		var byTown = this.api.graphQl().documentName("coverage/coverage").executeSync();
		var ofTownB = viewerOf(this.api, TOWN_B).graphQl().document(totals).executeSync();

		assertThat(today.field("coverage.villages").toEntity(Integer.class)).isEqualTo(5);
		assertThat(today.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(today.field("coverage.unpairedVillages").toEntity(Integer.class)).isEqualTo(3);
		assertThat(today.field("coverage.ratio").toEntity(Double.class)).isEqualTo(0.4);
		assertThat(yesterday.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(3);
		assertThat(byTown.field("coverage.villages").toEntity(Integer.class)).isEqualTo(5);
		assertThat(byTown.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(ofTownB.field("coverage.villages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(ofTownB.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(1);
	}

	@Test
	void pagesThroughTheDistrictsUnpairedVillagesWithoutCountingThem() {
		villages(TOWN_A, 4);
		villages(TOWN_B, 2);
		pairings("%s,610322100002,2020-01-01,\n".formatted(ENTERPRISE));
		var seen = new ArrayList<String>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.api.graphQl()
				.document("""
						query($after: String) { unpairedVillages(first: 2, after: $after) {
						  edges { node { code } } pageInfo { hasNextPage endCursor } } }""")
				.variable("after", after)
				.executeSync();
			seen.addAll(values(page, "unpairedVillages.edges[*].node.code"));
			more = page.field("unpairedVillages.pageInfo.hasNextPage").toEntity(Boolean.class);
			after = page.field("unpairedVillages.pageInfo.endCursor").toEntity(String.class);
		}

		assertThat(seen).containsExactly("610322100001", "610322100003", "610322100004", "610322101001",
				"610322101002");
	}

	@Test
	void pagesThroughUnpairedVillagesWithoutRepeatsOrGaps() {
		villages(TOWN_A, 7);
		villages(TOWN_B, 4);
		pairings("%s,610322100004,2020-01-01,\n".formatted(ENTERPRISE));
		var seen = new ArrayList<String>();
		String after = null;
		int pages = 0;
		boolean more = true;
		while (more) {
			var page = this.api.graphQl()
				.documentName("coverage/unpaired-villages")
				.variable("first", 3)
				.variable("after", after)
				.executeSync();
			assertThat(page.field("unpairedVillages.totalCount").toEntity(Integer.class)).isEqualTo(10);
			seen.addAll(values(page, "unpairedVillages.edges[*].node.code"));
			more = page.field("unpairedVillages.pageInfo.hasNextPage").toEntity(Boolean.class);
			after = page.field("unpairedVillages.pageInfo.endCursor").toEntity(String.class);
			pages++;
		}

		assertThat(pages).isEqualTo(4);
		assertThat(seen).containsExactly("610322100001", "610322100002", "610322100003", "610322100005",
				"610322100006", "610322100007", "610322101001", "610322101002", "610322101003", "610322101004");
	}

	@Test
	void limitsUnpairedVillagesToOneTown() {
		villages(TOWN_A, 2);
		villages(TOWN_B, 3);

		var page = this.api.graphQl()
			.documentName("coverage/unpaired-villages")
			.variable("townCode", TOWN_B)
			.executeSync();

		assertThat(page.field("unpairedVillages.totalCount").toEntity(Integer.class)).isEqualTo(3);
		assertThat(values(page, "unpairedVillages.edges[*].node.town.code"))
			.containsOnly(TOWN_B);
	}

	@Test
	void refusesAPageLargerThanOneHundred() {
		var response = this.api.graphQl().document("{ unpairedVillages(first: 101) { totalCount } }").executeSync();

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("first").contains("100");
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		});
	}

	@Test
	void refusesACursorItDidNotIssue() {
		var response = this.api.graphQl()
			.document("{ unpairedVillages(after: \"not-a-cursor\") { totalCount } }")
			.executeSync();

		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("after").contains("endCursor");
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		});
	}

	@Test
	void refusesAnUnknownTown() {
		ClientGraphQlResponse coverage = this.api.graphQl()
			.document("{ coverage(townCode: \"999999999\") { villages } }")
			.executeSync();
		ClientGraphQlResponse unpaired = this.api.graphQl()
			.document("{ unpairedVillages(townCode: \"999999999\") { totalCount } }")
			.executeSync();

		for (ClientGraphQlResponse response : List.of(coverage, unpaired)) {
			assertThat(response.getErrors()).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).isEqualTo("townCode 999999999：没有这个镇");
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			});
		}
	}

	private void villages(String townCode, int count) {
		var csv = new StringBuilder("code,name,town_code\n");
		for (int i = 1; i <= count; i++) {
			csv.append("%s%03d,第%d村,%s\n".formatted(townCode, i, i, townCode));
		}
		this.api.importCsv("villages", csv.toString());
	}

	private void pairings(String rows) {
		var report = this.api.importCsv("pairings", "enterprise_credit_code,village_code,since,until\n" + rows);
		assertThat(report.rejected()).isEmpty();
	}

	private ClientGraphQlResponse coverage(String townCode) {
		return this.api.graphQl().documentName("coverage/coverage").variable("townCode", townCode).executeSync();
	}

}
