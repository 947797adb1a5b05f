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

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** The member ledger over GraphQL: a member with their history and ties, pages of the ledger, and town scope. */
@GraphTest
class MemberReadTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String VILLAGE_A = "610322100200";

	static final String HEADER = "id,name,category,tier,town_code,village_code,unit_code,representative_id,joined_on,"
			+ "left_on,changed_on,phone,birth_year\n";

	static final String PAGE = """
			query($filter: MemberFilter, $first: Int, $after: String) {
			  members(filter: $filter, first: $first, after: $after) {
			    totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void aSmallLedger() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n%s,甲一村,%s\n".formatted(VILLAGE_A, A));
		ok("units", "code,name,domain,town_code\nJZ,甲镇中学,SCHOOL,%s\n".formatted(A));
		ok("representatives", "id,name,category,level,town_code\nR1,李娜,PRIVATE_ECONOMY,DISTRICT,%s\n".formatted(A));
		ok("members", HEADER + """
				M1,王芳芳,PRIVATE_ECONOMY,VILLAGE,%s,%s,JZ,R1,2020-01-01,,,13800138000,1980
				M2,王小明,INTELLECTUAL,TOWN,%s,,,,2021-03-01,2024-06-30,,,
				M3,赵敏,INTELLECTUAL,TOWN,%s,,,,2022-01-01,,,,
				M4,钱多,RELIGIOUS,DISTRICT,,,,,2019-01-01,,,,
				""".formatted(A, VILLAGE_A, A, B));
	}

	@Test
	void answerAMemberWithTheirPlaceUnitRepresentativeAndHistoryNewestFirst() {
		ok("members", HEADER + "M1,王芳芳,NEW_SOCIAL_STRATA,TOWN,%s,,JZ,R1,2020-01-01,,2023-05-01,13800138000,1980\n"
			.formatted(A));
		ok("members", HEADER + "M1,王芳芳,NEW_SOCIAL_STRATA,DISTRICT,%s,,JZ,R1,2020-01-01,,2024-02-01,13800138000,1980\n"
			.formatted(A));

		ClientGraphQlResponse member = this.admin.graphQl().document("""
				{ member(id: "M1") { name category tier town { code } village { code } unit { code name }
				    representative { id member { id } } joinedOn phone birthYear
				    changes { on field before after } } }""").executeSync();

		assertThat(List.<Object>of(value(member, "member.category"), value(member, "member.tier"),
				value(member, "member.town.code"), value(member, "member.unit.name"),
				value(member, "member.representative.member.id"), value(member, "member.phone")))
			.containsExactly("NEW_SOCIAL_STRATA", "DISTRICT", A, "甲镇中学", "M1", "13800138000");
		assertThat((Object) value(member, "member.village")).isNull();
		List<Map<String, Object>> changes = values(member, "member.changes");
		assertThat(changes).extracting(change -> change.get("on") + " " + change.get("field") + " " + change.get("before")
				+ "→" + change.get("after"))
			.containsExactly("2024-02-01 TIER TOWN→DISTRICT", "2023-05-01 CATEGORY PRIVATE_ECONOMY→NEW_SOCIAL_STRATA",
					"2023-05-01 TIER VILLAGE→TOWN", "2023-05-01 VILLAGE " + VILLAGE_A + "→null");
	}

	@Test
	void pageTheLedgerByIdWithItsFilters() {
		assertThat(ids(Map.of())).containsExactly("M1", "M2", "M3", "M4");
		assertThat(ids(Map.of("category", "INTELLECTUAL"))).containsExactly("M2", "M3");
		assertThat(ids(Map.of("tier", "TOWN", "townCode", A))).containsExactly("M2");
		assertThat(ids(Map.of("villageCode", VILLAGE_A))).containsExactly("M1");
		assertThat(ids(Map.of("unitCode", "JZ"))).containsExactly("M1");
		assertThat(ids(Map.of("representative", true))).containsExactly("M1");
		assertThat(ids(Map.of("representative", false))).containsExactly("M2", "M3", "M4");
		// M2 left on 2024-06-30, M3 joined in 2022
		assertThat(ids(Map.of("asOf", "2021-12-31"))).containsExactly("M1", "M2", "M4");
		assertThat(ids(Map.of("asOf", "2024-06-30"))).containsExactly("M1", "M3", "M4");
		assertThat(ids(Map.of("name", "芳芳"))).containsExactly("M1");
		assertThat(ids(Map.of("name", "王"))).containsExactly("M1", "M2");

		ClientGraphQlResponse first = page(Map.of(), 3, null);
		ClientGraphQlResponse second = page(Map.of(), 3, value(first, "members.pageInfo.endCursor"));
		assertThat(List.<Object>of(value(first, "members.totalCount"), value(first, "members.pageInfo.hasNextPage"),
				value(second, "members.pageInfo.hasNextPage")))
			.containsExactly(4, true, false);
		assertThat(values(second, "members.edges[*].node.id")).containsExactly("M4");
	}

	@Test
	void showAUserBoundToATownTheirTownsMembersWithPersonalDataMasked() {
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		assertThat(values(viewerOfA.graphQl().document(PAGE).variable("first", 20).executeSync(),
				"members.edges[*].node.id")).containsExactly("M1", "M2");
		assertThat((Object) value(viewerOfA.graphQl().document("{ member(id: \"M3\") { id } }").executeSync(), "member"))
			.isNull();
		ClientGraphQlResponse own = viewerOfA.graphQl().document("{ member(id: \"M1\") { phone birthYear } }").executeSync();
		assertThat(List.<Object>of(value(own, "member.phone"), value(own, "member.birthYear")))
			.containsExactly("138******00", "19**");
	}

	private List<String> ids(Map<String, Object> filter) {
		return values(page(filter, 20, null), "members.edges[*].node.id");
	}

	private ClientGraphQlResponse page(Map<String, Object> filter, int first, String after) {
		var request = this.admin.graphQl().document(PAGE).variable("filter", filter).variable("first", first);
		return ((after != null) ? request.variable("after", after) : request).executeSync();
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
