package cn.tongxin.graph.staff;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's coverage on a day: each town's commissioner in post and its villages with a liaison, and the villages
 * without one, a page at a time; in the user's towns.
 */
@GraphTest
class StaffCoverageTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String BY_TOWN = """
			query($on: Date) { staffCoverage(on: $on) {
			  town { code } commissioners { id phone } villages villagesWithLiaison } }""";

	static final String GAPS = """
			query($on: Date, $first: Int, $after: String) { villagesWithoutLiaison(on: $on, first: $first, after: $after) {
			  totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsAndTheirStaff() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n610322100001,甲一村,%s\n610322100002,甲二村,%s\n610322101001,乙一村,%s\n"
			.formatted(A, A, B));
		ok("staff", """
				id,name,post,town_code,village_code,since,until,phone
				C1,甲委员,TOWN_COMMISSIONER,%s,,2024-01-01,2025-06-30,13800138000
				C2,甲新委员,TOWN_COMMISSIONER,%s,,2025-07-01,,
				S1,甲一联络员,VILLAGE_LIAISON,%s,610322100001,2024-01-01,,
				S2,乙一联络员,VILLAGE_LIAISON,%s,610322101001,2025-01-01,,
				""".formatted(A, A, A, B));
	}

	@Test
	void answerEachTownsCommissionerInPostAndItsVillagesWithALiaisonThatDay() {
		ClientGraphQlResponse mid2024 = this.admin.graphQl().document(BY_TOWN).variable("on", "2024-06-30").executeSync();
		ClientGraphQlResponse end2025 = this.admin.graphQl().document(BY_TOWN).variable("on", "2025-12-31").executeSync();

		assertThat(values(mid2024, "staffCoverage[*].commissioners[*].id")).containsExactly("C1");
		assertThat(values(mid2024, "staffCoverage[*].villagesWithLiaison")).containsExactly(1, 0);
		assertThat(values(end2025, "staffCoverage[0].commissioners[*].id")).containsExactly("C2");
		assertThat(values(end2025, "staffCoverage[1].commissioners")).isEmpty();
		assertThat(values(end2025, "staffCoverage[*].villagesWithLiaison")).containsExactly(1, 1);
		assertThat(values(end2025, "staffCoverage[*].villages")).containsExactly(2, 1);
	}

	@Test
	void pageTheVillagesWithoutALiaison() {
		ClientGraphQlResponse first = this.admin.graphQl().document(GAPS).variable("on", "2024-06-30").variable("first", 1)
			.executeSync();
		ClientGraphQlResponse second = this.admin.graphQl().document(GAPS).variable("on", "2024-06-30").variable("first", 1)
			.variable("after", value(first, "villagesWithoutLiaison.pageInfo.endCursor")).executeSync();

		assertThat(List.<Object>of(value(first, "villagesWithoutLiaison.totalCount"),
				value(first, "villagesWithoutLiaison.edges[0].node.code"),
				value(second, "villagesWithoutLiaison.edges[0].node.code"),
				value(second, "villagesWithoutLiaison.pageInfo.hasNextPage")))
			.containsExactly(2, "610322100002", "610322101001", false);
	}

	@Test
	void countAVillageOnlyFromTheDayItIsEstablished() {
		ok("villages", "code,name,town_code,established_on\n610322100003,甲新社区,%s,2025-01-01\n".formatted(A));

		ClientGraphQlResponse mid2024 = this.admin.graphQl().document(BY_TOWN).variable("on", "2024-06-30").executeSync();
		ClientGraphQlResponse end2025 = this.admin.graphQl().document(BY_TOWN).variable("on", "2025-12-31").executeSync();
		ClientGraphQlResponse gaps2024 = this.admin.graphQl().document(GAPS).variable("on", "2024-06-30").executeSync();
		ClientGraphQlResponse gaps2025 = this.admin.graphQl().document(GAPS).variable("on", "2025-12-31").executeSync();

		assertThat(values(mid2024, "staffCoverage[*].villages")).as("not there yet").containsExactly(2, 1);
		assertThat(values(end2025, "staffCoverage[*].villages")).containsExactly(3, 1);
		assertThat(values(gaps2024, "villagesWithoutLiaison.edges[*].node.code")).containsExactly("610322100002",
				"610322101001");
		assertThat(values(gaps2025, "villagesWithoutLiaison.edges[*].node.code")).containsExactly("610322100002",
				"610322100003");
	}

	@Test
	void showAUserBoundToATownTheirTownOnlyWithPhonesMasked() {
		TongxinHttp viewerOfB = TwoTowns.viewerOf(this.admin, B);
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		assertThat(values(viewerOfB.graphQl().document(BY_TOWN).variable("on", "2024-06-30").executeSync(),
				"staffCoverage[*].town.code")).containsExactly(B);
		assertThat(values(viewerOfB.graphQl().document(GAPS).variable("on", "2025-12-31").executeSync(),
				"villagesWithoutLiaison.edges[*].node.code")).isEmpty();
		assertThat((Object) value(viewerOfA.graphQl().document(BY_TOWN).variable("on", "2024-06-30").executeSync(),
				"staffCoverage[0].commissioners[0].phone")).isEqualTo("138******00");
		assertThat(viewerOfB.graphQl().document("{ staffCoverage(townCode: \"%s\") { town { code } } }".formatted(A))
			.executeSync()
			.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
