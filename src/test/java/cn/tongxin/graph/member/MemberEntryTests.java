package cn.tongxin.graph.member;

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

/** updateMember: one adjustment through the members ledger's rules, town scope, audit and history. */
@GraphTest
class MemberEntryTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String VILLAGE_B = "610322101200";

	static final String UPDATE = """
			mutation($input: UpdateMemberInput!) {
			  updateMember(input: $input) {
			    member { id category tier town { code } leftOn changes { on field before after } }
			    problems { field message } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoMembers() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n%s,乙一村,%s\n".formatted(VILLAGE_B, B));
		ok("members", ("id,name,category,tier,town_code,joined_on\nM1,王芳,INTELLECTUAL,TOWN,%s,2020-01-01\n"
				+ "M2,赵敏,RELIGIOUS,DISTRICT,%s,2020-01-01\n").formatted(A, A));
	}

	@Test
	void adjustAMemberFromTheDayGivenKeepingWhatIsNotGiven() {
		ClientGraphQlResponse moved = update(this.admin,
				Map.of("id", "M1", "on", "2025-03-01", "category", "NEW_SOCIAL_STRATA", "townCode", B));
		ClientGraphQlResponse left = update(this.admin, Map.of("id", "M1", "leftOn", "2025-09-30"));

		assertThat(values(moved, "updateMember.problems")).isEmpty();
		assertThat(List.<Object>of(value(left, "updateMember.member.category"), value(left, "updateMember.member.tier"),
				value(left, "updateMember.member.town.code"), value(left, "updateMember.member.leftOn")))
			.containsExactly("NEW_SOCIAL_STRATA", "TOWN", B, "2025-09-30");
		List<Map<String, Object>> changes = values(left, "updateMember.member.changes");
		assertThat(changes).extracting(change -> change.get("on") + " " + change.get("field") + " " + change.get("after"))
			.containsExactly(TODAY + " LEFT_ON 2025-09-30", "2025-03-01 CATEGORY NEW_SOCIAL_STRATA", "2025-03-01 TOWN " + B);
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {operation: 'updateMember'}) RETURN count(a)")
			.fetchAs(Long.class)
			.one()).contains(2L);
	}

	@Test
	void refuseWhatTheLedgerRefusesNamingTheField() {
		ClientGraphQlResponse village = update(this.admin, Map.of("id", "M1", "villageCode", VILLAGE_B));
		ClientGraphQlResponse future = update(this.admin, Map.of("id", "M1", "on", TODAY.plusDays(1).toString(),
				"category", "RELIGIOUS"));

		assertThat(values(village, "updateMember.problems")).containsExactly(Map.of("field", "villageCode", "message",
				"village_code " + VILLAGE_B + "：不在 town_code " + A + " 所指的镇"));
		assertThat(values(future, "updateMember.problems[*].field")).containsExactly("on");
		assertThat(this.neo4j.query("MATCH (m:Member {id: 'M1'}) RETURN m.category").fetchAs(String.class).one())
			.contains("INTELLECTUAL");
	}

	@Test
	void letATownsEditorAdjustTheirTownsMembersOnlyAndAViewerNone() {
		TongxinHttp editorOfA = TwoTowns.editorOf(this.admin, A);
		TongxinHttp editorOfB = TwoTowns.editorOf(this.admin, B);
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		ClientGraphQlResponse own = update(editorOfA, Map.of("id", "M1", "category", "RELIGIOUS"));
		ClientGraphQlResponse district = update(editorOfA, Map.of("id", "M2", "category", "INTELLECTUAL"));
		ClientGraphQlResponse otherTown = update(editorOfB, Map.of("id", "M1", "category", "INTELLECTUAL"));
		ClientGraphQlResponse viewer = update(viewerOfA, Map.of("id", "M1", "category", "INTELLECTUAL"));

		assertThat((Object) value(own, "updateMember.member.category")).isEqualTo("RELIGIOUS");
		assertThat(values(district, "updateMember.problems[*].message"))
			.containsExactly("tier DISTRICT：区管成员只能由负责全区的用户导入或调整");
		assertThat(values(otherTown, "updateMember.problems")).containsExactly(
				Map.of("field", "id", "message", "id M1：没有这个成员，或不在您负责的镇"));
		assertThat(viewer.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

	private static ClientGraphQlResponse update(TongxinHttp client, Map<String, Object> input) {
		return client.graphQl().document(UPDATE).variable("input", input).executeSync();
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
