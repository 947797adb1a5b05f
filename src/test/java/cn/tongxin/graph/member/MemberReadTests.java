package cn.tongxin.graph.member;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

	@Test
	void downloadTheFilteredRosterAsASpreadsheetInTheAuditTrail() throws Exception {
		var intellectuals = this.admin.download("/api/export/members?category=INTELLECTUAL&format=xlsx");
		var whole = this.admin.download("/api/export/members?townCode=" + A + "&format=xlsx");

		assertThat(intellectuals.statusCode()).isEqualTo(200);
		assertThat(intellectuals.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
				assertThat(disposition).contains("filename=\"members-2026-11-25.xlsx\"").contains("filename*=UTF-8''"));
		assertThat(rows(intellectuals.body())).containsExactly(
				List.of("编号", "姓名", "性别", "出生年份", "民族", "类别", "分级", "镇（街道）", "村（社区）", "成员单位", "代表人士",
						"加入日期", "退出日期", "联系电话", "工作单位"),
				List.of("M2", "王小明", "", "", "", "党外知识分子", "镇管", "甲镇", "", "", "否", "2021-03-01", "2024-06-30", "", ""),
				List.of("M3", "赵敏", "", "", "", "党外知识分子", "镇管", "乙镇", "", "", "否", "2022-01-01", "", "", ""));
		assertThat(rows(whole.body()).get(1)).as("the administrator may see personal data").containsExactly("M1", "王芳芳",
				"", "1980", "", "非公有制经济人士", "村（社区）管", "甲镇", "甲一村", "甲镇中学", "是", "2020-01-01", "", "13800138000", "");
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {operation: 'export', kind: 'members'}) RETURN a.keys AS keys")
			.fetchAs(Object.class).mappedBy((types, row) -> row.get("keys").asList()).all())
			.containsExactlyInAnyOrder(List.of("category=INTELLECTUAL", "rows=2"), List.of("townCode=" + A, "rows=2"));
	}

	@Test
	void downloadAViewersTownsRosterWithPersonalDataMaskedAndRefuseAnotherTown() throws Exception {
		ok("members", "id,name,category,tier,town_code,joined_on,workplace\nM5,孙立,RELIGIOUS,TOWN,%s,2020-01-01,=1+2\n"
			.formatted(A));
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		var own = viewerOfA.download("/api/export/members?format=xlsx");
		var csv = viewerOfA.get("/api/export/members?representative=false&format=csv");
		var otherTown = viewerOfA.get("/api/export/members?townCode=" + B);

		assertThat(rows(own.body())).extracting(row -> row.get(0)).containsExactly("编号", "M1", "M2", "M5");
		List<String> m1 = rows(own.body()).get(1);
		assertThat(m1.get(3) + " " + m1.get(13)).isEqualTo("19** 138******00");
		assertThat(csv.body().lines().toList()).as("a cell that would run as a formula is written as text")
			.contains("M5,孙立,,,,宗教界人士,镇管,甲镇,,,否,2020-01-01,,,'=1+2");
		assertThat(otherTown.statusCode()).isEqualTo(400);
		assertThat(otherTown.body()).contains("townCode " + B + "：没有这个镇");
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {operation: 'export', kind: 'members', username: 'a.viewer'}) "
				+ "RETURN count(a)").fetchAs(Long.class).one()).as("the refused download took nothing away").contains(2L);
	}

	/** Every row of the spreadsheet's one sheet, each cell as text ("" for none). */
	private static List<List<String>> rows(byte[] xlsx) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var formatter = new DataFormatter();
			var rows = new ArrayList<List<String>>();
			for (var row : workbook.getSheetAt(0)) {
				var cells = new ArrayList<String>();
				for (int column = 0; column < 15; column++) {
					cells.add(formatter.formatCellValue(row.getCell(column)));
				}
				rows.add(cells);
			}
			return rows;
		}
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
