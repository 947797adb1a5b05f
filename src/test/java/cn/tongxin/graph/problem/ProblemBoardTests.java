package cn.tongxin.graph.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The problem board over GraphQL on the tests' fixed day, 2026-11-25: overdue ones first, filters, paging, the
 * figures per lead worked out by hand, an enterprise's problems, and town scope.
 */
@GraphTest
class ProblemBoardTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String E_A = ProblemImportTests.E_A;

	static final String E_B = ProblemImportTests.E_B;

	static final String BOARD = """
			query($filter: ProblemFilter, $first: Int, $after: String) {
			  problems(filter: $filter, first: $first, after: $after) {
			    totalCount edges { node { id state overdue } } pageInfo { hasNextPage endCursor } } }""";

	static final String STATS = """
			query($from: Date, $to: Date) {
			  problemStatsByLead(from: $from, to: $to) {
			    leadCode unit { name } town { code } taken resolved averageDaysToResolve overdue } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	/**
	 * P1 closed, P2 overdue since March, P3 led by town B and due in December, P4 just received, P5 raised in 2025
	 * and resolved in 2026, P6 due yesterday (overdue), P7 due today (not yet).
	 */
	@BeforeEach
	void sevenProblems() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("enterprises", "credit_code,name,town_code\n%s,甲企业,%s\n%s,乙企业,%s\n".formatted(E_A, A, E_B, B));
		ok("units", "code,name,domain\nGSL,工商联,DEPARTMENT\n");
		ok("problems", ProblemImportTests.HEADER
				+ "P1,%s,2026-01-10,FINANCING,贷款难,GSL,2026-01-12,2026-02-10,2026-02-01,5,\n".formatted(E_A)
				+ "P2,%s,2026-02-01,LAND,用地,GSL,2026-02-03,2026-03-01,,,\n".formatted(E_A)
				+ "P3,%s,2026-01-05,PERMITS,审批,%s,2026-01-06,2026-12-31,,,\n".formatted(E_B, B)
				+ "P4,%s,2026-03-01,OTHER,刚受理,,,,,,\n".formatted(E_B)
				+ "P5,%s,2025-11-01,ARREARS,欠款,GSL,2025-11-02,2025-12-01,2026-01-31,,\n".formatted(E_A)
				+ "P6,%s,2026-04-01,LABOUR,用工,GSL,2026-04-02,2026-11-24,,,\n".formatted(E_B)
				+ "P7,%s,2026-05-01,DISPUTE,纠纷,GSL,2026-05-02,2026-11-25,,,\n".formatted(E_B));
	}

	@Test
	void listOverdueProblemsFirstThenByTheDayRaisedPageByPage() {
		ClientGraphQlResponse first = board(this.admin, null, 3, null);
		ClientGraphQlResponse second = board(this.admin, null, 3, value(first, "problems.pageInfo.endCursor"));
		ClientGraphQlResponse third = board(this.admin, null, 3, value(second, "problems.pageInfo.endCursor"));

		assertThat((Object) value(first, "problems.totalCount")).isEqualTo(7);
		assertThat(values(first, "problems.edges[*].node.id")).containsExactly("P2", "P6", "P5");
		assertThat(values(first, "problems.edges[*].node.overdue")).containsExactly(true, true, false);
		assertThat(values(second, "problems.edges[*].node.id")).containsExactly("P3", "P1", "P4");
		assertThat(values(third, "problems.edges[*].node.id")).containsExactly("P7");
		assertThat((Object) value(third, "problems.pageInfo.hasNextPage")).isEqualTo(false);
		assertThat(values(second, "problems.edges[*].node.state")).containsExactly("ASSIGNED", "CLOSED", "RECEIVED");
		assertThat((Object) value(board(this.admin, Map.of("state", "RESOLVED"), 20, null), "problems.edges[0].node.id"))
			.isEqualTo("P5");
	}

	@Test
	void filterByStateOverdueEnterpriseLeadAndTown() {
		assertThat(ids(Map.of("state", "ASSIGNED"))).containsExactly("P2", "P6", "P3", "P7");
		assertThat(ids(Map.of("overdue", true))).containsExactly("P2", "P6");
		assertThat(ids(Map.of("overdue", false))).containsExactly("P5", "P3", "P1", "P4", "P7");
		assertThat(ids(Map.of("leadCode", "GSL"))).containsExactly("P2", "P6", "P5", "P1", "P7");
		assertThat(ids(Map.of("townCode", B))).containsExactly("P6", "P3", "P4", "P7");
		assertThat(ids(Map.of("creditCode", E_A, "state", "CLOSED"))).containsExactly("P1");
	}

	@Test
	void showAProblemWithItsEnterpriseAndLead() {
		ClientGraphQlResponse response = this.admin.graphQl().document("""
				{ p1: problem(id: "P1") { state overdue satisfaction enterprise { name } town { code } leadUnit { name }
				                          leadTown { code } }
				  p3: problem(id: "P3") { leadCode leadUnit { name } leadTown { code } } }""").executeSync();

		assertThat(List.<Object>of(value(response, "p1.state"), value(response, "p1.overdue"),
				value(response, "p1.satisfaction"), value(response, "p1.enterprise.name"), value(response, "p1.town.code"),
				value(response, "p1.leadUnit.name"))).containsExactly("CLOSED", false, 5, "甲企业", A, "工商联");
		assertThat((Object) value(response, "p1.leadTown")).isNull();
		assertThat((Object) value(response, "p3.leadUnit")).isNull();
		assertThat((Object) value(response, "p3.leadTown.code")).isEqualTo(B);
	}

	@Test
	void countPerLeadWhatItTookResolvedAndLetsRunOverdue() {
		List<Map<String, Object>> year = values(stats(this.admin, null, null), "problemStatsByLead");
		List<Map<String, Object>> lastYear = values(stats(this.admin, "2025-01-01", "2025-12-31"), "problemStatsByLead");

		// GSL in 2026: assigned P1, P2, P6, P7; resolved P1 (22 days) and P5 (91 days); overdue P2, P6
		assertThat(year).extracting(lead -> lead.get("leadCode") + " " + lead.get("taken") + " " + lead.get("resolved")
				+ " " + lead.get("averageDaysToResolve") + " " + lead.get("overdue"))
			.containsExactly(B + " 1 0 null 0", "GSL 4 2 56.5 2");
		assertThat(year.get(1).get("unit")).isEqualTo(Map.of("name", "工商联"));
		assertThat(year.get(0).get("town")).isEqualTo(Map.of("code", B));
		assertThat(lastYear).extracting(lead -> lead.get("leadCode") + " " + lead.get("taken") + " "
				+ lead.get("resolved") + " " + lead.get("overdue"))
			.containsExactly("GSL 1 0 2");
	}

	@Test
	void showATownBoundUserTheirTownsEnterprisesProblemsOnly() {
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);
		TongxinHttp viewerOfB = TwoTowns.viewerOf(this.admin, B);

		assertThat(values(board(viewerOfA, null, 20, null), "problems.edges[*].node.id")).containsExactly("P2", "P5", "P1");
		assertThat((Object) value(board(viewerOfA, Map.of("townCode", B), 20, null), "problems.totalCount")).isEqualTo(0);
		assertThat((Object) value(viewerOfA.graphQl().document("{ problem(id: \"P3\") { id } }").executeSync(), "problem"))
			.isNull();
		List<Map<String, Object>> scoped = values(stats(viewerOfA, null, null), "problemStatsByLead");
		assertThat(scoped).extracting(lead -> lead.get("leadCode") + " " + lead.get("taken") + " " + lead.get("resolved") + " "
					+ lead.get("averageDaysToResolve") + " " + lead.get("overdue"))
			.containsExactly("GSL 2 2 56.5 1");
		String enterpriseA = "{ enterprise(creditCode: \"" + E_A + "\") { problems { id state } } }";
		assertThat(values(this.admin.graphQl().document(enterpriseA).executeSync(), "enterprise.problems[*].id"))
			.containsExactly("P2", "P1", "P5");
		// B's user sees A's enterprise once it is paired with a village of B, but not its problems
		ok("villages", "code,name,town_code\n610322101001,乙一村,%s\n".formatted(B));
		ok("pairings", "enterprise_credit_code,village_code,since\n%s,610322101001,2025-01-01\n".formatted(E_A));
		assertThat(values(viewerOfB.graphQl().document(enterpriseA).executeSync(), "enterprise.problems")).isEmpty();
	}

	@Test
	void refuseAForeignCursorAndABackwardPeriod() {
		ClientGraphQlResponse cursor = board(this.admin, null, 3, "bm90LWEtY3Vyc29y");
		ClientGraphQlResponse period = stats(this.admin, "2026-12-01", "2026-01-01");

		assertThat(cursor.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).startsWith("after："));
		assertThat(period.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("from 2026-12-01：不能晚于 to 2026-01-01"));
	}

	private List<Object> ids(Map<String, Object> filter) {
		return values(board(this.admin, filter, 20, null), "problems.edges[*].node.id");
	}

	private static ClientGraphQlResponse board(TongxinHttp client, Map<String, Object> filter, int first, String after) {
		var variables = new HashMap<String, Object>();
		variables.put("filter", filter);
		variables.put("first", first);
		variables.put("after", after);
		return client.graphQl().document(BOARD).variables(variables).executeSync();
	}

	private static ClientGraphQlResponse stats(TongxinHttp client, String from, String to) {
		var variables = new HashMap<String, Object>();
		variables.put("from", from);
		variables.put("to", to);
		return client.graphQl().document(STATS).variables(variables).executeSync();
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
