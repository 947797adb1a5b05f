package cn.tongxin.graph.duty;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.CypherCounter;
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
 * Duty lists over GraphQL: a holder's list with each item's latest check, the year's ranking with what is
 * outstanding, and checkDuty through the duty_checks ledger; town scope beside the district's view.
 */
@GraphTest
class DutyListTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String LIST = """
			query($holder: ID!, $year: Int!) {
			  dutyList(holderCode: $holder, year: $year) {
			    holder { kind code name } year items weight score rate
			    duties { id kind weight latestCheck { checkedOn result score action } } } }""";

	static final String RANKING = """
			query($year: Int!, $kind: DutyHolderKind!) {
			  dutyRanking(year: $year, kind: $kind) {
			    rank holder { code } items weight score rate remindersOutstanding rectificationsOutstanding } }""";

	static final String CHECK = """
			mutation($input: CheckDutyInput!) {
			  checkDuty(input: $input) { duty { id latestCheck { checkedOn result score action note } }
			    problems { field message } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	/**
	 * 2025: town A holds A1 (10 points) and A2 (20), town B holds B1 (10), unit U1 holds U1a (30) and unit U2 U2a
	 * (10); A also has a duty of 2024. A1 was reminded in June and done in December (the reminder settled), A2 is
	 * under rectification, B1 commended, U1a reminded, U2a not yet checked.
	 */
	@BeforeEach
	void dutiesOfTwoTownsAndTwoUnits() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("units", "code,name,domain,town_code\nU1,统战部,DEPARTMENT,\nU2,甲镇中学,SCHOOL,%s\n".formatted(A));
		ok("duties", ("id,holder_code,kind,title,year,due_on,weight\nA1,%s,COMMON,责任制,2025,,\nA2,%s,SPECIFIC,同心工程,2025,,20\n"
				+ "A0,%s,COMMON,旧,2024,,\nB1,%s,COMMON,责任制,2025,,\nU1a,U1,COMMON,责任制,2025,,30\nU2a,U2,COMMON,责任制,2025,,\n")
			.formatted(A, A, A, B));
		ok("duty_checks", "duty_id,checked_on,result,score,action\nA1,2025-06-30,PARTLY,5,REMINDER\n"
				+ "A1,2025-12-20,DONE,10,\nA2,2025-12-20,PARTLY,8,RECTIFICATION\nB1,2025-12-20,DONE,9,COMMENDATION\n"
				+ "U1a,2025-12-01,NOT_DONE,0,REMINDER\nA0,2024-12-20,DONE,10,\n");
	}

	@Test
	void giveAHoldersListForAYearWithEachItemsLatestCheck() {
		ClientGraphQlResponse list = list(this.admin, A, 2025);

		assertThat(List.<Object>of(value(list, "dutyList.holder.kind"), value(list, "dutyList.holder.name"),
				value(list, "dutyList.items"), value(list, "dutyList.weight"), value(list, "dutyList.score"),
				value(list, "dutyList.rate")))
			.containsExactly("TOWN", "甲镇", 2, 30, 18, 0.6);
		List<Map<String, Object>> duties = values(list, "dutyList.duties");
		assertThat(duties).extracting(duty -> duty.get("id") + " " + duty.get("kind") + " " + duty.get("weight") + " "
				+ duty.get("latestCheck"))
			.containsExactly("A1 COMMON 10 {checkedOn=2025-12-20, result=DONE, score=10, action=NONE}",
					"A2 SPECIFIC 20 {checkedOn=2025-12-20, result=PARTLY, score=8, action=RECTIFICATION}");
		ClientGraphQlResponse unit = list(this.admin, "U2", 2025);
		assertThat(List.<Object>of(value(unit, "dutyList.holder.kind"), value(unit, "dutyList.items")))
			.containsExactly("UNIT", 1);
		assertThat((Object) value(unit, "dutyList.duties[0].latestCheck")).isNull();
		assertThat((Object) value(list(this.admin, "NOPE", 2025), "dutyList")).isNull();
	}

	@Test
	void rankTheHoldersByScoreOverWeightWithWhatIsOutstanding() {
		List<Map<String, Object>> towns = values(ranking(this.admin, "TOWN"), "dutyRanking");
		List<Map<String, Object>> units = values(ranking(this.admin, "UNIT"), "dutyRanking");

		assertThat(towns).extracting(Standings::standing)
			.containsExactly("1 " + B + " 1 10 9 0.9 0 0", "2 " + A + " 2 30 18 0.6 0 1");
		assertThat(units).extracting(Standings::standing)
			.containsExactly("1 U1 1 30 0 0.0 1 0", "1 U2 1 10 0 0.0 0 0");
	}

	@Test
	void showATownsUserTheirTownsListAndStandingOnly() {
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		assertThat((Object) value(list(viewerOfA, A, 2025), "dutyList.items")).isEqualTo(2);
		assertThat((Object) value(list(viewerOfA, B, 2025), "dutyList")).isNull();
		assertThat((Object) value(list(viewerOfA, "U2", 2025), "dutyList")).as("a unit in town A is the district's")
			.isNull();
		assertThat(values(ranking(viewerOfA, "TOWN"), "dutyRanking[*].holder.code")).containsExactly(A);
		assertThat(values(ranking(viewerOfA, "UNIT"), "dutyRanking")).isEmpty();
	}

	@Test
	void readAListInOneStatementWhateverItsLength() {
		this.cypher.reset();
		list(this.admin, A, 2025);
		int twoItems = this.cypher.statements();
		ok("duties", "id,holder_code,kind,title,year\nA3,%s,SPECIFIC,三,2025\nA4,%s,SPECIFIC,四,2025\n".formatted(A, A));
		this.cypher.reset();
		ClientGraphQlResponse four = list(this.admin, A, 2025);

		assertThat((Object) value(four, "dutyList.items")).isEqualTo(4);
		assertThat(this.cypher.statements()).isEqualTo(twoItems);
	}

	@Test
	void checkADutyThroughTheLedgersRulesWithItsAudit() {
		ClientGraphQlResponse checked = check(this.admin,
				Map.of("dutyId", "U2a", "checkedOn", "2025-12-21", "result", "DONE", "score", 10, "note", "按期完成"));
		ClientGraphQlResponse tooMany = check(this.admin,
				Map.of("dutyId", "A1", "checkedOn", "2025-12-22", "result", "DONE", "score", 11));

		assertThat(values(checked, "checkDuty.problems")).isEmpty();
		assertThat((Object) value(checked, "checkDuty.duty.latestCheck")).isEqualTo(Map.of("checkedOn", "2025-12-21",
				"result", "DONE", "score", 10, "action", "NONE", "note", "按期完成"));
		assertThat(values(tooMany, "checkDuty.problems"))
			.containsExactly(Map.of("field", "score", "message", "score 11：不能大于该职责的分值（weight 10）"));
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {operation: 'checkDuty'}) RETURN count(a)")
			.fetchAs(Long.class)
			.one()).contains(1L);
		assertThat(values(ranking(this.admin, "UNIT"), "dutyRanking[*].holder.code")).containsExactly("U2", "U1");
	}

	@Test
	void letATownsEditorCheckTheirTownsDutiesButNotAUnitsAndAViewerNone() {
		TongxinHttp editorOfA = TwoTowns.editorOf(this.admin, A);
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);
		Map<String, Object> a2 = Map.of("dutyId", "A2", "checkedOn", "2026-01-10", "result", "DONE", "score", 20);

		ClientGraphQlResponse own = check(editorOfA, a2);
		ClientGraphQlResponse unit = check(editorOfA,
				Map.of("dutyId", "U2a", "checkedOn", "2026-01-10", "result", "DONE", "score", 10));
		ClientGraphQlResponse otherTown = check(editorOfA,
				Map.of("dutyId", "B1", "checkedOn", "2026-01-10", "result", "DONE", "score", 10));
		ClientGraphQlResponse viewer = check(viewerOfA, a2);

		assertThat((Object) value(own, "checkDuty.duty.latestCheck.action")).isEqualTo("NONE");
		assertThat(values(list(this.admin, A, 2025), "dutyList.duties[*].latestCheck.action"))
			.as("the rectification settled").containsExactly("NONE", "NONE");
		assertThat(values(unit, "checkDuty.problems"))
			.containsExactly(Map.of("field", "dutyId", "message", "duty_id U2a：没有这个职责，或不在您负责的镇"));
		assertThat(values(otherTown, "checkDuty.problems[*].field")).containsExactly("dutyId");
		assertThat(viewer.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(this.neo4j.query("MATCH (c:DutyCheck {dutyId: 'U2a'}) RETURN count(c)").fetchAs(Long.class).one())
			.contains(0L);
	}

	private static ClientGraphQlResponse list(TongxinHttp client, String holder, int year) {
		return client.graphQl().document(LIST).variable("holder", holder).variable("year", year).executeSync();
	}

	private static ClientGraphQlResponse ranking(TongxinHttp client, String kind) {
		return client.graphQl().document(RANKING).variable("year", 2025).variable("kind", kind).executeSync();
	}

	private static ClientGraphQlResponse check(TongxinHttp client, Map<String, Object> input) {
		return client.graphQl().document(CHECK).variable("input", input).executeSync();
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

	/** A standing as one line: rank, holder, items, weight, score, rate, reminders and rectifications outstanding. */
	private static final class Standings {

		@SuppressWarnings("unchecked")
		static String standing(Map<String, Object> row) {
			return row.get("rank") + " " + ((Map<String, Object>) row.get("holder")).get("code") + " " + row.get("items")
					+ " " + row.get("weight") + " " + row.get("score") + " " + row.get("rate") + " "
					+ row.get("remindersOutstanding") + " " + row.get("rectificationsOutstanding");
		}

	}

}
