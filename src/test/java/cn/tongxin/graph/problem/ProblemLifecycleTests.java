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

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * raiseProblem, assignProblem, resolveProblem and closeProblem: each a one-row import through the problems ledger's
 * rules, town scope and audit, and no step back; on the tests' fixed day, 2026-11-25.
 */
@GraphTest
class ProblemLifecycleTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String E_A = ProblemImportTests.E_A;

	static final String E_B = ProblemImportTests.E_B;

	static final String PAYLOAD = "{ problem { id state overdue leadCode assignedOn dueOn resolvedOn satisfaction } problems { field message } }";

	static final String RAISE = "mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) " + PAYLOAD + " }";

	static final String ASSIGN = "mutation($id: ID!, $leadCode: ID!, $dueOn: Date, $on: Date) { "
			+ "assignProblem(id: $id, leadCode: $leadCode, dueOn: $dueOn, on: $on) " + PAYLOAD + " }";

	static final String RESOLVE = "mutation($id: ID!, $on: Date) { resolveProblem(id: $id, on: $on) " + PAYLOAD + " }";

	static final String CLOSE = "mutation($id: ID!, $satisfaction: Int!) { closeProblem(id: $id, satisfaction: $satisfaction) "
			+ PAYLOAD + " }";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoEnterprisesAndAUnit() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		assertThat(this.admin.importCsv("enterprises", "credit_code,name,town_code\n%s,甲企业,%s\n%s,乙企业,%s\n"
			.formatted(E_A, A, E_B, B)).rejected()).isEmpty();
		assertThat(this.admin.importCsv("units", "code,name,domain\nGSL,工商联,DEPARTMENT\n").rejected()).isEmpty();
	}

	@Test
	void takeAProblemFromReceivedToClosedWithAnAuditEntryEachStep() {
		ClientGraphQlResponse raised = raise(this.admin, "P1", E_A, "2026-10-01");
		ClientGraphQlResponse assigned = send(this.admin, ASSIGN,
				Map.of("id", "P1", "leadCode", "GSL", "dueOn", "2026-11-01", "on", "2026-10-02"));
		ClientGraphQlResponse resolved = send(this.admin, RESOLVE, Map.of("id", "P1"));
		ClientGraphQlResponse closed = send(this.admin, CLOSE, Map.of("id", "P1", "satisfaction", 4));

		assertThat(List.<Object>of(value(raised, "raiseProblem.problem.state"), value(assigned, "assignProblem.problem.state"),
				value(assigned, "assignProblem.problem.overdue"), value(resolved, "resolveProblem.problem.state"),
				value(resolved, "resolveProblem.problem.resolvedOn"), value(resolved, "resolveProblem.problem.overdue"),
				value(closed, "closeProblem.problem.state"), value(closed, "closeProblem.problem.satisfaction")))
			.containsExactly("RECEIVED", "ASSIGNED", true, "RESOLVED", TODAY.toString(), false, "CLOSED", 4);
		assertThat(this.neo4j.query("""
				MATCH (a:AuditEntry {kind: 'problems'})
				RETURN a.operation AS operation ORDER BY a.at""").fetchAs(String.class).all())
			.containsExactly("raiseProblem", "assignProblem", "resolveProblem", "closeProblem");
	}

	@Test
	void refuseWhatTheLedgerRefusesNamingTheField() {
		raise(this.admin, "P1", E_A, "2026-10-01");

		assertThat(problems(raise(this.admin, "P1", E_A, "2026-10-01"), "raiseProblem"))
			.containsExactly("id id P1：已有这个问题，请换一个编号");
		assertThat(problems(raise(this.admin, "P2", "91350100M000100Y43", "2026-10-01"), "raiseProblem"))
			.containsExactly("creditCode credit_code 91350100M000100Y43：没有这个企业，请先导入 enterprises 台账");
		assertThat(problems(send(this.admin, ASSIGN, Map.of("id", "P1", "leadCode", "GSL", "on", "2026-09-30")),
				"assignProblem"))
			.containsExactly("on assigned_on 2026-09-30：不能早于 raised_on 2026-10-01");
		assertThat(problems(send(this.admin, ASSIGN, Map.of("id", "P1", "leadCode", "GSL", "on", "2026-10-05",
				"dueOn", "2026-10-04")), "assignProblem"))
			.containsExactly("dueOn due_on 2026-10-04：不能早于 assigned_on 2026-10-05");
		assertThat(problems(send(this.admin, ASSIGN, Map.of("id", "P1", "leadCode", "TZB")), "assignProblem"))
			.containsExactly("leadCode lead_code TZB：没有这个成员单位或镇，请先导入 units 或 towns 台账");
		assertThat(problems(send(this.admin, RESOLVE, Map.of("id", "P1", "on", "2026-09-01")), "resolveProblem"))
			.containsExactly("on resolved_on 2026-09-01：不能早于 raised_on 2026-10-01");
		assertThat(problems(send(this.admin, CLOSE, Map.of("id", "P1", "satisfaction", 5)), "closeProblem"))
			.containsExactly("id id P1：问题尚未解决，解决后才能回访办结");
		assertThat(state("P1")).isEqualTo("RECEIVED - -");
	}

	@Test
	void neverGoBack() {
		raise(this.admin, "P1", E_A, "2026-10-01");
		send(this.admin, ASSIGN, Map.of("id", "P1", "leadCode", "GSL", "on", "2026-10-02"));
		ClientGraphQlResponse reassigned = send(this.admin, ASSIGN, Map.of("id", "P1", "leadCode", A, "on", "2026-10-03"));
		send(this.admin, RESOLVE, Map.of("id", "P1", "on", "2026-10-20"));

		assertThat((Object) value(reassigned, "assignProblem.problem.leadCode")).isEqualTo(A);
		assertThat(problems(send(this.admin, ASSIGN, Map.of("id", "P1", "leadCode", "GSL")), "assignProblem"))
			.containsExactly("id id P1：问题已于 2026-10-20 解决，不能再交办");
		assertThat(problems(send(this.admin, RESOLVE, Map.of("id", "P1")), "resolveProblem"))
			.containsExactly("id id P1：问题已于 2026-10-20 解决");
		assertThat(problems(send(this.admin, CLOSE, Map.of("id", "P1", "satisfaction", 6)), "closeProblem"))
			.containsExactly("satisfaction satisfaction 6：应在 1 到 5 之间");
		send(this.admin, CLOSE, Map.of("id", "P1", "satisfaction", 3));
		assertThat(problems(send(this.admin, CLOSE, Map.of("id", "P1", "satisfaction", 5)), "closeProblem"))
			.containsExactly("id id P1：问题已回访办结（满意度 3）");
		assertThat(state("P1")).isEqualTo("CLOSED 2026-10-20 3");
	}

	@Test
	void letATownsEditorChangeTheirTownsProblemsOnlyAndAViewerNone() {
		raise(this.admin, "P1", E_A, "2026-10-01");
		TongxinHttp editorOfA = TwoTowns.editorOf(this.admin, A);
		TongxinHttp editorOfB = TwoTowns.editorOf(this.admin, B);
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		ClientGraphQlResponse own = send(editorOfA, ASSIGN, Map.of("id", "P1", "leadCode", A, "on", "2026-10-02"));
		ClientGraphQlResponse otherTown = send(editorOfB, RESOLVE, Map.of("id", "P1"));
		ClientGraphQlResponse otherLead = send(editorOfA, ASSIGN, Map.of("id", "P1", "leadCode", B));
		ClientGraphQlResponse otherEnterprise = raise(editorOfB, "P2", E_A, "2026-10-01");
		ClientGraphQlResponse viewer = send(viewerOfA, RESOLVE, Map.of("id", "P1"));

		assertThat((Object) value(own, "assignProblem.problem.state")).isEqualTo("ASSIGNED");
		assertThat(problems(otherTown, "resolveProblem")).containsExactly("id id P1：没有这个问题，或不在您负责的镇");
		assertThat(problems(otherLead, "assignProblem"))
			.containsExactly("leadCode lead_code " + B + "：不在您负责的镇（属地）范围内");
		assertThat(problems(otherEnterprise, "raiseProblem"))
			.containsExactly("creditCode credit_code " + E_A + "：该企业不在您负责的镇（属地）范围内");
		assertThat(viewer.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(state("P1")).isEqualTo("ASSIGNED - -");
	}

	private String state(String id) {
		ClientGraphQlResponse response = this.admin.graphQl()
			.document("{ problem(id: \"" + id + "\") { state resolvedOn satisfaction } }")
			.executeSync();
		String state = value(response, "problem.state");
		Object resolvedOn = value(response, "problem.resolvedOn");
		Object satisfaction = value(response, "problem.satisfaction");
		return state + " " + ((resolvedOn != null) ? resolvedOn : "-") + " " + ((satisfaction != null) ? satisfaction : "-");
	}

	private static List<String> problems(ClientGraphQlResponse response, String mutation) {
		List<Map<String, Object>> problems = values(response, mutation + ".problems");
		return problems.stream().map(problem -> problem.get("field") + " " + problem.get("message")).toList();
	}

	private static ClientGraphQlResponse raise(TongxinHttp client, String id, String creditCode, String raisedOn) {
		var input = new HashMap<String, Object>(
				Map.of("id", id, "creditCode", creditCode, "category", "FINANCING", "title", "贷款难"));
		input.put("raisedOn", raisedOn);
		return client.graphQl().document(RAISE).variable("input", input).executeSync();
	}

	private static ClientGraphQlResponse send(TongxinHttp client, String document, Map<String, Object> variables) {
		return client.graphQl().document(document).variables(variables).executeSync();
	}

}
