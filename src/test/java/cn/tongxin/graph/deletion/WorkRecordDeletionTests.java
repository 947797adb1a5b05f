package cn.tongxin.graph.deletion;

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

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.editorOf;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work ledgers' records (sites, enterprise problems, duties, meetings) are soft-deleted as the core ledgers' are:
 * they leave every query and the work report, stay as history until an administrator purges them, and only an
 * editor who answers for them may delete them.
 */
@GraphTest
class WorkRecordDeletionTests {

	static final String REPORT = """
			{ workReport(from: "2025-01-01", to: "2025-12-31") {
			  dutyHolders problemsRaised meetings sitesByKind { kind sites } } }""";

	static final String DELETE_SITE = "mutation($id: ID!) { deleteSite(id: $id) { deleted problems { message } } }";

	static final String DELETE_PROBLEM = "mutation($id: ID!) { deleteProblem(id: $id) { deleted problems { message } } }";

	static final String DELETE_DUTY = "mutation($id: ID!) { deleteDuty(id: $id) { deleted problems { message } } }";

	static final String DELETE_MEETING = """
			mutation($date: Date!, $body: MeetingBody!) { deleteMeeting(date: $date, body: $body) {
			  deleted problems { message } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	TongxinHttp editorOfA;

	TongxinHttp editorOfB;

	TongxinHttp viewerOfA;

	/** In town A: a practice station with an activity, a problem of its enterprise, a duty; a unit's duty; a meeting. */
	@BeforeEach
	void workOfTownA() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("enterprises", "credit_code,name,town_code\n91610322022725555J,建材有限公司,%s\n".formatted(TOWN_A));
		ok("units", "code,name,domain\nTZB,区委统战部,DEPARTMENT\n");
		ok("sites", "id,name,kind,level,domain,town_code,established_on\nZ1,甲镇同心实践站,PRACTICE_STATION,TOWN,TOWN,%s,2025-03-01\n"
			.formatted(TOWN_A));
		ok("site_activities", "site_id,date,title,participants\nZ1,2025-05-01,政策宣讲,30\n");
		ok("problems", "id,credit_code,raised_on,category,title\nW1,91610322022725555J,2025-04-01,FINANCING,贷款难\n");
		ok("duties", "id,holder_code,kind,title,year\nD1,%s,COMMON,建立统战工作台账,2025\nD2,TZB,COMMON,召开联席会议,2025\n"
			.formatted(TOWN_A));
		ok("meetings", "date,body,topic\n2025-06-01,LEADING_GROUP,研究部署统战工作\n");
		this.editorOfA = editorOf(this.admin, TOWN_A);
		this.editorOfB = editorOf(this.admin, TOWN_B);
		this.viewerOfA = viewerOf(this.admin, TOWN_A);
	}

	@Test
	void takesEachDeletedRecordOutOfItsListsAndTheReportButKeepsItAsHistory() {
		var before = this.admin.graphQl().document(REPORT).executeSync();
		assertThat(figure(before, "dutyHolders")).isEqualTo(2);
		assertThat(figure(before, "problemsRaised")).isEqualTo(1);
		assertThat(figure(before, "meetings")).isEqualTo(1);
		assertThat(stations(before)).isEqualTo(1);

		assertThat(deleted(this.editorOfA, DELETE_SITE, Map.of("id", "Z1"), "deleteSite")).isTrue();
		assertThat(deleted(this.editorOfA, DELETE_PROBLEM, Map.of("id", "W1"), "deleteProblem")).isTrue();
		assertThat(deleted(this.editorOfA, DELETE_DUTY, Map.of("id", "D1"), "deleteDuty")).isTrue();
		assertThat(deleted(this.admin, DELETE_MEETING, Map.of("date", "2025-06-01", "body", "LEADING_GROUP"),
				"deleteMeeting")).isTrue();

		var after = this.admin.graphQl().document(REPORT).executeSync();
		assertThat(figure(after, "dutyHolders")).as("the unit's list is left").isEqualTo(1);
		assertThat(figure(after, "problemsRaised")).isZero();
		assertThat(figure(after, "meetings")).isZero();
		assertThat(stations(after)).isZero();
		var lists = this.admin.graphQl().document("""
				{ site(id: "Z1") { id } problem(id: "W1") { id } meetings(from: "2025-01-01") { totalCount }
				  dutyList(holderCode: "%s", year: 2025) { items } }""".formatted(TOWN_A)).executeSync();
		assertThat((Object) lists.field("site").getValue()).isNull();
		assertThat((Object) lists.field("problem").getValue()).isNull();
		assertThat(lists.field("meetings.totalCount").toEntity(Integer.class)).isZero();
		Integer items = lists.field("dutyList.items").getValue();
		assertThat(items == null || items == 0).as("town A's list after its one duty was deleted: %s", items).isTrue();

		assertThat(count("MATCH (s:DeletedSite {id: 'Z1'})<-[:AT_SITE]-(:SiteActivity) RETURN count(s)")).isEqualTo(1);
		assertThat(count("MATCH (p:DeletedProblem {id: 'W1'})-[:CONCERNS]->(:Enterprise) RETURN count(p)")).isEqualTo(1);
		assertThat(count("MATCH (d:DeletedDuty {id: 'D1'}) RETURN count(d)")).isEqualTo(1);
		assertThat(count("MATCH (m:DeletedMeeting {body: 'LEADING_GROUP'}) RETURN count(m)")).isEqualTo(1);
		var audit = this.admin.graphQl()
			.document("{ auditLog(filter: {operation: \"delete\"}) { edges { node { kind keys } } } }")
			.executeSync();
		assertThat(values(audit, "auditLog.edges[*].node.kind")).containsExactlyInAnyOrder("sites", "problems",
				"duties", "meetings");
		assertThat(values(audit, "auditLog.edges[*].node.keys[0]")).containsExactlyInAnyOrder("Z1", "W1", "D1",
				"2025-06-01 LEADING_GROUP");
	}

	@Test
	void letsOnlyAnEditorWhoAnswersForTheRecordDeleteIt() {
		var viewer = this.viewerOfA.graphQl().document(DELETE_SITE).variable("id", "Z1").executeSync();
		assertThat(viewer.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));

		assertThat(deleted(this.editorOfB, DELETE_SITE, Map.of("id", "Z1"), "deleteSite")).isFalse();
		assertThat(deleted(this.editorOfB, DELETE_PROBLEM, Map.of("id", "W1"), "deleteProblem")).isFalse();
		assertThat(deleted(this.editorOfB, DELETE_DUTY, Map.of("id", "D1"), "deleteDuty")).isFalse();
		assertThat(deleted(this.editorOfA, DELETE_DUTY, Map.of("id", "D2"), "deleteDuty")).as("a unit's duty")
			.isFalse();
		var meeting = this.editorOfA.graphQl().document(DELETE_MEETING).variable("date", "2025-06-01")
			.variable("body", "LEADING_GROUP").executeSync();
		assertThat(meeting.field("deleteMeeting.deleted").toEntity(Boolean.class)).isFalse();
		assertThat(meeting.field("deleteMeeting.problems[0].message").toEntity(String.class))
			.isEqualTo("没有 2025-06-01 的区委统一战线工作领导小组会，或会议只能由负责全区的用户删除");
		var site = this.editorOfB.graphQl().document(DELETE_SITE).variable("id", "Z1").executeSync();
		assertThat(site.field("deleteSite.problems[0].message").toEntity(String.class))
			.isEqualTo("没有这个阵地「Z1」，或它不在您负责的镇");

		assertThat(count("MATCH (s:Site {id: 'Z1'}) RETURN count(s)")).isEqualTo(1);
		assertThat(count("MATCH (p:Problem {id: 'W1'}) RETURN count(p)")).isEqualTo(1);
		assertThat(count("MATCH (d:Duty) RETURN count(d)")).isEqualTo(2);
		assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(1);
	}

	@Test
	void purgesADeletedSiteWithItsActivitiesAndADeletedDutyWithItsChecks() {
		ok("duty_checks", "duty_id,checked_on,result,score\nD1,2025-09-01,DONE,8\n");
		deleted(this.admin, DELETE_SITE, Map.of("id", "Z1"), "deleteSite");
		deleted(this.admin, DELETE_DUTY, Map.of("id", "D1"), "deleteDuty");

		var purged = this.admin.graphQl().document("mutation { purgeDeleted { purged } }").executeSync();

		assertThat(purged.field("purgeDeleted.purged").toEntity(Integer.class)).isEqualTo(2);
		assertThat(count("MATCH (n) WHERE n:DeletedSite OR n:SiteActivity OR n:DeletedDuty OR n:DutyCheck RETURN count(n)"))
			.isZero();
		assertThat(count("MATCH (d:Duty {id: 'D2'}) RETURN count(d)")).isEqualTo(1);
	}

	private static boolean deleted(TongxinHttp user, String document, Map<String, Object> variables, String field) {
		var request = user.graphQl().document(document);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.executeSync().field(field + ".deleted").toEntity(Boolean.class);
	}

	private static int figure(ClientGraphQlResponse report, String name) {
		return report.field("workReport." + name).toEntity(Integer.class);
	}

	private static int stations(ClientGraphQlResponse report) {
		List<Map<String, Object>> byKind = values(report, "workReport.sitesByKind");
		return byKind.stream()
			.filter(kind -> "PRACTICE_STATION".equals(kind.get("kind")))
			.mapToInt(kind -> ((Number) kind.get("sites")).intValue())
			.sum();
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
