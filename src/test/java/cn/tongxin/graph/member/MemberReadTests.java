package cn.tongxin.graph.member;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.FullText;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.QueryPlans.operators;
import static org.assertj.core.api.Assertions.assertThat;

/** The member ledger over GraphQL: a member with their history and ties, pages of the ledger, and town scope. */
@GraphTest
class MemberReadTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String VILLAGE_A = "610322100200";

	static final String VILLAGE_B = "610322101200";

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

	@Autowired
	Driver driver;

	@Autowired
	CypherCounter cypher;

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

	/**
	 * M5 (孙新) was PRIVATE_ECONOMY, VILLAGE tier, in town A, 甲一村 and unit JZ until 2025-06-30; from 2025-07-01
	 * NEW_SOCIAL_STRATA, TOWN tier, in town B, 乙一村 and unit YZ. By hand, with M1 (the same values as M5's old
	 * ones, never changed), M2 (left 2024-06-30), M3 (INTELLECTUAL, TOWN, town B) and M4 (RELIGIOUS, DISTRICT):
	 * as of 2025-06-30 the old values match M5 and the new ones do not; as of 2025-07-01 the reverse; without asOf,
	 * today's values (and M2, who left, too).
	 */
	@Test
	void filterAsOfADayByTheValuesInForceThatDayFromTheHistory() {
		movedOn20250701();

		for (var filter : List.<Map<String, Object>>of(Map.of("category", "PRIVATE_ECONOMY"), Map.of("tier", "VILLAGE"),
				Map.of("townCode", A), Map.of("villageCode", VILLAGE_A), Map.of("unitCode", "JZ"),
				Map.of("category", "PRIVATE_ECONOMY", "tier", "VILLAGE", "townCode", A, "villageCode", VILLAGE_A,
						"unitCode", "JZ"))) {
			assertThat(ids(asOf("2025-06-30", filter))).as("old values on 2025-06-30: %s", filter)
				.containsExactly("M1", "M5");
			assertThat(ids(asOf("2025-07-01", filter))).as("old values on 2025-07-01: %s", filter)
				.containsExactly("M1");
		}
		for (var filter : List.<Map<String, Object>>of(Map.of("category", "NEW_SOCIAL_STRATA"),
				Map.of("villageCode", VILLAGE_B), Map.of("unitCode", "YZ"))) {
			assertThat(ids(asOf("2025-06-30", filter))).as("new values on 2025-06-30: %s", filter).isEmpty();
			assertThat(ids(asOf("2025-07-01", filter))).as("new values on 2025-07-01: %s", filter)
				.containsExactly("M5");
			assertThat(ids(filter)).as("new values today: %s", filter).containsExactly("M5");
		}
		assertThat(ids(asOf("2025-06-30", Map.of("tier", "TOWN")))).containsExactly("M3");
		assertThat(ids(asOf("2025-07-01", Map.of("tier", "TOWN")))).containsExactly("M3", "M5");
		assertThat(ids(asOf("2025-06-30", Map.of("townCode", B)))).containsExactly("M3");
		assertThat(ids(asOf("2025-07-01", Map.of("townCode", B)))).containsExactly("M3", "M5");
		assertThat(ids(Map.of("townCode", A))).containsExactly("M1", "M2");
		assertThat(ids(Map.of("townCode", B))).containsExactly("M3", "M5");
		assertThat(ids(Map.of("category", "PRIVATE_ECONOMY"))).containsExactly("M1");
		assertThat(ids(Map.of("tier", "TOWN"))).containsExactly("M2", "M3", "M5");
		assertThat((Object) value(page(asOf("2025-06-30", Map.of("townCode", A)), 1, null), "members.totalCount"))
			.isEqualTo(2);
	}

	@Test
	void showTheRowsOfAPageAsOfADayWithTheValuesInForceThenAndTheMemberCardWithTodays() {
		movedOn20250701();
		String fields = "id category tier town { code } village { code } unit { code }";

		ClientGraphQlResponse then = this.admin.graphQl()
			.document("query($filter: MemberFilter) { members(filter: $filter) { edges { node { %s } } } }"
				.formatted(fields))
			.variable("filter", Map.of("asOf", "2025-06-30", "unitCode", "JZ"))
			.executeSync();
		ClientGraphQlResponse card = this.admin.graphQl()
			.document("{ member(id: \"M5\") { %s } }".formatted(fields))
			.executeSync();

		assertThat(row(then, "members.edges[1].node")).containsExactly("M5", "PRIVATE_ECONOMY", "VILLAGE", A,
				VILLAGE_A, "JZ");
		assertThat(row(card, "member")).containsExactly("M5", "NEW_SOCIAL_STRATA", "TOWN", B, VILLAGE_B, "YZ");
	}

	/**
	 * M6 (INTELLECTUAL) was entered as RELIGIOUS from 2025-07-01, then corrected to TAIWAN from the same day: on
	 * 2025-06-30 they were INTELLECTUAL, whichever of the two changes is read first.
	 */
	@Test
	void readACorrectionOnTheSameDayBackToTheValueBeforeIt() {
		ok("members", HEADER + "M6,周正,INTELLECTUAL,TOWN,%s,,,,2020-01-01,,,,\n".formatted(A));
		ok("members", HEADER + "M6,周正,RELIGIOUS,TOWN,%s,,,,2020-01-01,,2025-07-01,,\n".formatted(A));
		ok("members", HEADER + "M6,周正,TAIWAN,TOWN,%s,,,,2020-01-01,,2025-07-01,,\n".formatted(A));

		assertThat(ids(asOf("2025-06-30", Map.of("category", "INTELLECTUAL")))).containsExactly("M3", "M6");
		assertThat(ids(asOf("2025-06-30", Map.of("category", "RELIGIOUS")))).containsExactly("M4");
		assertThat(ids(asOf("2025-07-01", Map.of("category", "TAIWAN")))).containsExactly("M6");
	}

	/**
	 * Town scope is on today's place, whatever the day asked: a viewer of town A does not see M3 (town B) nor M5 (in
	 * A until 2025-06-30, in B now), even as of a day M5 was in A; a viewer of B sees M5 as one of A's then.
	 */
	@Test
	void showATownBoundUserOnlyTheMembersOfTheirTownsTodayEvenAsOfADay() {
		movedOn20250701();
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);
		TongxinHttp viewerOfB = TwoTowns.viewerOf(this.admin, B);

		assertThat(ids(viewerOfA, asOf("2025-06-30", Map.of()))).containsExactly("M1");
		assertThat(ids(viewerOfA, asOf("2025-06-30", Map.of("townCode", A)))).containsExactly("M1");
		assertThat(ids(viewerOfA, asOf("2025-06-30", Map.of("townCode", B)))).isEmpty();
		assertThat(ids(viewerOfA, asOf("2025-07-01", Map.of("townCode", B)))).isEmpty();
		ClientGraphQlResponse thenInA = viewerOfB.graphQl()
			.document("query($filter: MemberFilter) { members(filter: $filter) { edges { node { id town { code } } } } }")
			.variable("filter", asOf("2025-06-30", Map.of("townCode", A)))
			.executeSync();
		assertThat(values(thenInA, "members.edges[*].node.id")).containsExactly("M5");
		assertThat((Object) value(thenInA, "members.edges[0].node.town")).as("town A is not B's user's to open").isNull();
	}

	/**
	 * The ledger as of a day and the work report on that day read the history by one rule (member/values-on), so
	 * they agree for every category, tier and town, on days around M5's move and around M7's changes, one of them
	 * back-dated before the other (recorded on 2025-03-01 after one of 2025-06-01).
	 */
	@Test
	void countAsOfADayAsTheWorkReportCountsOnThatDay() {
		movedOn20250701();
		ok("members", HEADER + "M7,吴用,INTELLECTUAL,TOWN,%s,,,,2020-01-01,,,,\n".formatted(A));
		ok("members", HEADER + "M7,吴用,RELIGIOUS,DISTRICT,,,,,2020-01-01,,2025-06-01,,\n");
		ok("members", HEADER + "M7,吴用,TAIWAN,TOWN,%s,,,,2020-01-01,,2025-03-01,,\n".formatted(B));
		String report = """
				query($to: Date, $townCode: ID) { workReport(to: $to, townCode: $townCode) {
				  members membersByCategory { category members } membersByTier { tier members } } }""";

		for (String day : List.of("2025-02-28", "2025-04-01", "2025-06-30", "2025-07-01", "2025-12-31")) {
			ClientGraphQlResponse district = this.admin.graphQl().document(report).variable("to", day).executeSync();
			List<Map<String, Object>> byCategory = values(district, "workReport.membersByCategory");
			for (var category : byCategory) {
				assertThat(total(asOf(day, Map.of("category", category.get("category"))))).as("%s on %s", category, day)
					.isEqualTo(category.get("members"));
			}
			List<Map<String, Object>> byTier = values(district, "workReport.membersByTier");
			for (var tier : byTier) {
				assertThat(total(asOf(day, Map.of("tier", tier.get("tier"))))).as("%s on %s", tier, day)
					.isEqualTo(tier.get("members"));
			}
			for (String town : List.of(A, B)) {
				ClientGraphQlResponse ofTown = this.admin.graphQl()
					.document(report)
					.variable("to", day)
					.variable("townCode", town)
					.executeSync();
				assertThat(total(asOf(day, Map.of("townCode", town)))).as("town %s on %s", town, day)
					.isEqualTo(value(ofTown, "workReport.members"));
			}
		}
		// M7 was in town A as of 2025-04-01 (the before of the change of 2025-06-01), in none as of 2025-02-28 (the
		// before of the back-dated change), in B from then on; M5 in A until 2025-06-30; M1 in A, M3 in B throughout
		assertThat(ids(asOf("2025-04-01", Map.of("townCode", A)))).containsExactly("M1", "M5", "M7");
		assertThat(ids(asOf("2025-12-31", Map.of("townCode", B)))).containsExactly("M3", "M5", "M7");
	}

	/**
	 * Filtered as of a day, the page still walks the member_id index in order and stops at $fetch, reading each
	 * member's changes after the day in the same statement: no sort of the ledger, no round trip a row.
	 */
	@Test
	void walkTheMemberIdIndexInOrderForAPageAsOfADay() {
		movedOn20250701();
		String rows = """
				query($filter: MemberFilter, $first: Int) { members(filter: $filter, first: $first) {
				  totalCount edges { node { id category tier town { code } village { code } unit { code } } } } }""";
		int[] statements = new int[2];
		for (int first : new int[] { 1, 20 }) {
			this.cypher.reset();
			var page = this.admin.graphQl().document(rows).variable("filter", asOf("2025-06-30", Map.of()))
				.variable("first", first).executeSync();
			assertThat(values(page, "members.edges[*].node.id")).hasSize((first == 1) ? 1 : 4);
			statements[first == 1 ? 0 : 1] = this.cypher.statements();
		}
		assertThat(statements[1]).as("statements for a page of 20 as for a page of 1").isEqualTo(statements[0]);

		var filter = new HashMap<String, Object>(Map.of("asOf", LocalDate.of(2025, 6, 30), "category", "PRIVATE_ECONOMY",
				"townCode", A, "fulltext", ""));
		for (String name : List.of("tier", "villageCode", "unitCode", "representative", "name", "after")) {
			filter.put(name, null);
		}
		var parameters = new HashMap<String, Object>(Map.of("filter", filter, "fetch", 21));
		parameters.put("userTowns", null);
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + CypherFile.load("member/members-page"), parameters).consume().plan();
			assertThat(operators(plan)).as("the page walks member_id in order and limits there, sorting only a member's changes")
				.anyMatch(operator -> operator.startsWith("NodeUniqueIndexSeekByRange") && operator.contains("m:Member(id)")
						&& operator.contains("m.id ASC"))
				.noneMatch(operator -> operator.startsWith("Top")
						|| (operator.startsWith("Sort") && !operator.contains("Order=\"c.on ASC\"")))
				.as("reads the history only with a day")
				.anyMatch(operator -> operator.startsWith("Filter") && operator.contains("day IS NOT NULL"));
		}
	}

	/**
	 * A town's page and a name's start from their few members, not from the whole ledger: the town (and, on a past
	 * day, the history's changes away from it, by the value they replaced), the name's indexes, a town-bound user's
	 * towns; and a town's work report reads no member, representative or village outside the town.
	 */
	@Test
	void startATownsPageAndReportFromTheTownAndANamesPageFromItsIndexes() {
		movedOn20250701();
		var filter = new HashMap<String, Object>(Map.of("asOf", LocalDate.of(2025, 6, 30), "townCode", A,
				"fulltext", "\"王芳\"", "counted", true));
		for (String name : List.of("category", "tier", "villageCode", "unitCode", "representative", "name", "after")) {
			filter.put(name, null);
		}
		var parameters = new HashMap<String, Object>(Map.of("filter", filter, "fetch", 21));
		parameters.put("userTowns", null);
		try (var session = this.driver.session()) {
			var town = session.run("PROFILE " + CypherFile.load("member/members-page-in-town"), parameters).consume();
			assertThat(rowsOf(town.profile())).as("a town's page")
				.noneMatch(operator -> operator.contains(":Member") && (operator.startsWith("NodeByLabelScan")
						|| operator.contains("Member(id)")))
				.anyMatch(operator -> operator.startsWith("NodeIndexSeek") && operator.contains("MemberChange(before)"))
				.as("a member's history is read from the member, not by seeking every change after the day")
				.noneMatch(operator -> operator.contains("MemberChange(on)"));

			filter.put("townCode", null);
			filter.put("name", "王芳");
			var named = session.run("PROFILE " + CypherFile.load("member/members-page-named"), parameters).consume();
			assertThat(rowsOf(named.profile())).as("a name's page")
				.noneMatch(operator -> operator.contains(":Member") && (operator.startsWith("NodeByLabelScan")
						|| operator.contains("Member(id)")));

			filter.put("name", null);
			parameters.put("userTowns", List.of(A));
			var bound = session.run("PROFILE " + CypherFile.load("member/members-page-in-town"), parameters).consume();
			assertThat(rowsOf(bound.profile())).as("the page of a user bound to a town, with no town asked")
				.noneMatch(operator -> operator.contains(":Member") && (operator.startsWith("NodeByLabelScan")
						|| operator.contains("Member(id)")));
			parameters.put("userTowns", null);

			var report = new HashMap<String, Object>(Map.of("from", LocalDate.of(2025, 1, 1), "to",
					LocalDate.of(2025, 6, 30), "townCode", A));
			report.put("userTowns", null);
			var plan = session.run("EXPLAIN " + CypherFile.load("report/work-report-of-towns"), report).consume().plan();
			assertThat(operators(plan)).as("a town's report reads no label through")
				.noneMatch(operator -> operator.startsWith("NodeByLabelScan")
						&& (operator.contains(":Member") || operator.contains(":Representative")
								|| operator.contains(":Village")))
				.anyMatch(operator -> operator.startsWith("NodeIndexSeek") && operator.contains("MemberChange(before)"))
				.noneMatch(operator -> operator.contains("MemberChange(on)"));
		}
		assertThat(ids(asOf("2025-06-30", Map.of("townCode", A, "name", "孙")))).containsExactly("M5");
		assertThat(ids(asOf("2025-07-01", Map.of("townCode", A, "name", "孙")))).isEmpty();
		assertThat(ids(Map.of("name", "王芳"))).containsExactly("M1");
	}

	/**
	 * A name's pages and count, whichever way they are found (a name of one character: in id order or from the
	 * name's index, counted from the name tallies; a name with a category and a tier at most: each match asked only
	 * those; a town's and a town-bound user's: from the town), are those of the statement that reads every match
	 * through the whole filter: page after page, one at a time (a surname's many then walk the ledger in id order)
	 * and fifty at a time (they are sorted).
	 */
	@Test
	void answerANamesPagesAsTheWholeFilterDoesWhicheverWayTheyAreFound() {
		movedOn20250701();
		var more = new StringBuilder(HEADER);
		List<String> tiers = List.of("TOWN", "VILLAGE", "DISTRICT");
		for (int i = 10; i < 34; i++) {
			String tier = tiers.get(i % 3);
			String town = tier.equals("DISTRICT") ? "" : (i % 2 == 0) ? A : B;
			String village = (tier.equals("VILLAGE") && town.equals(A)) ? VILLAGE_A : "";
			if (tier.equals("VILLAGE") && village.isEmpty()) {
				tier = "TOWN";
			}
			String name = (i % 4 == 3) ? "李王" + i : (i == 33) ? "阿依古丽·王" : "王小" + i;
			more.append("M%d,%s,%s,%s,%s,%s,,,20%d-01-01,%s,,,\n".formatted(i, name,
					(i % 2 == 0) ? "INTELLECTUAL" : "PRIVATE_ECONOMY", tier, town, village, 10 + i % 12,
					(i % 5 == 0) ? "2024-12-31" : ""));
		}
		ok("members", more.toString());
		List<Map<String, Object>> filters = List.of(Map.of("name", "王"), Map.of("name", "王", "tier", "TOWN"),
				Map.of("name", "王", "category", "INTELLECTUAL", "tier", "VILLAGE"), Map.of("name", "赵"),
				Map.of("name", "孙"), Map.of("name", "𠮷"), Map.of("name", "王小"),
				Map.of("name", "王小", "category", "PRIVATE_ECONOMY"), Map.of("name", "小1", "tier", "TOWN"),
				Map.of("name", "王", "townCode", A), Map.of("name", "王", "representative", false),
				asOf("2024-06-30", Map.of("name", "王")), asOf("2025-06-30", Map.of("name", "孙", "townCode", A)),
				asOf("2025-07-01", Map.of("name", "孙", "townCode", A)));
		for (var filter : filters) {
			var whole = wholeFilter(filter, null);
			assertThat(whole.get("page")).as("the matches of %s", filter).isNotNull();
			for (int first : new int[] { 1, 50 }) {
				assertThat(allPages(this.admin, filter, first)).as("%s, %d a page", filter, first).isEqualTo(whole);
			}
		}
		// 19 whose name starts with 王, and 阿依古丽·王, in whose name it stands alone (the full-text index's)
		assertThat(wholeFilter(Map.of("name", "王"), null).get("total")).as("a surname's many").isEqualTo(20);

		// a surname's page and count with a tier: the member_id index in order, the name tallies through their key
		var surname = new MemberFilter(null, MemberTier.TOWN, null, null, null, null, null, "王");
		var statement = Members.pageStatement(surname, null, 2, true, false);
		var parameters = new HashMap<String, Object>(statement.parameters());
		parameters.put("userTowns", null);
		try (var session = this.driver.session()) {
			var summary = session.run("PROFILE " + statement.cypher(), parameters).consume();
			assertThat(rowsOf(summary.profile())).as("a surname's page")
				.noneMatch(operator -> operator.startsWith("NodeByLabelScan")
						&& (operator.contains(":Member\"") || operator.contains(":MemberNameTally\"")))
				.anyMatch(operator -> operator.contains("IndexSeek") && operator.contains("MemberNameTally("))
				.anyMatch(operator -> operator.startsWith("NodeUniqueIndexSeekByRange")
						&& operator.contains("Member(id)") && !operator.endsWith(" rows=0"));
		}

		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);
		for (var filter : List.<Map<String, Object>>of(Map.of("name", "王"), Map.of("name", "王小", "tier", "TOWN"))) {
			assertThat(allPages(viewerOfA, filter, 2)).as("a viewer of town A: %s", filter)
				.isEqualTo(wholeFilter(filter, List.of(A)));
		}
	}

	/** Every page of a filter, {@code first} at a time: the ids in order and the totalCount of the first page. */
	private static Map<String, Object> allPages(TongxinHttp user, Map<String, Object> filter, int first) {
		var ids = new ArrayList<String>();
		Object total = null;
		String after = null;
		do {
			var request = user.graphQl().document(PAGE).variable("filter", filter).variable("first", first);
			var page = ((after != null) ? request.variable("after", after) : request).executeSync();
			total = (total != null) ? total : value(page, "members.totalCount");
			ids.addAll(values(page, "members.edges[*].node.id"));
			boolean more = value(page, "members.pageInfo.hasNextPage").equals(Boolean.TRUE);
			after = more ? value(page, "members.pageInfo.endCursor") : null;
		}
		while (after != null);
		return Map.of("total", total, "page", ids);
	}

	/**
	 * A name's members read through the whole filter, as member/members-page-named reads them for any filter with a
	 * name (every match through member/matching-filter): the ids in order and how many.
	 */
	private Map<String, Object> wholeFilter(Map<String, Object> given, List<String> userTowns) {
		var filter = new HashMap<String, Object>(given);
		filter.put("fulltext", FullText.terms((String) given.get("name")));
		filter.put("counted", true);
		filter.put("kept", false);
		for (String name : List.of("category", "tier", "townCode", "villageCode", "unitCode", "representative", "asOf",
				"after")) {
			filter.putIfAbsent(name, null);
		}
		if (filter.get("asOf") instanceof String day) {
			filter.put("asOf", LocalDate.parse(day));
		}
		var parameters = new HashMap<String, Object>(Map.of("filter", filter, "fetch", 1000));
		parameters.put("userTowns", userTowns);
		try (var session = this.driver.session()) {
			var members = session.run(CypherFile.load("member/members-page-named"), parameters).single().get("members");
			return Map.of("total", members.get("totalCount").asInt(),
					"page", members.get("page").asList(row -> row.get("id").asString()));
		}
	}

	/**
	 * A count of a category, a tier and a day, or of representatives alone, asked by a user who sees every town, is
	 * the number of members the pages list, and is counted from kept counts (the members' tallies, those who left
	 * or joined or changed since the day, Neo4j's own counts) without reading the ledger through. A user bound to a
	 * town gets the count of their towns' members only, as their pages list them.
	 */
	@Test
	void countAWholeLedgersFilterFromKeptCountsAsThePagesListIt() {
		movedOn20250701();
		List<Map<String, Object>> filters = List.of(Map.of(), Map.of("category", "INTELLECTUAL"), Map.of("tier", "TOWN"),
				Map.of("category", "TAIWAN"),
				Map.of("category", "PRIVATE_ECONOMY", "tier", "VILLAGE"), Map.of("representative", true),
				Map.of("representative", false), asOf("2021-12-31", Map.of()), asOf("2024-06-30", Map.of("tier", "TOWN")),
				asOf("2025-06-30", Map.of("category", "PRIVATE_ECONOMY")), asOf("2025-06-30", Map.of("tier", "VILLAGE")),
				asOf("2025-07-01", Map.of("category", "NEW_SOCIAL_STRATA", "tier", "TOWN")));
		var totals = new ArrayList<Integer>();
		var listed = new ArrayList<Integer>();
		for (var filter : filters) {
			totals.add(total(filter));
			listed.add(ids(filter).size());
		}
		assertThat(totals).as("totalCount of %s", filters).isEqualTo(listed).contains(0).anyMatch(total -> total > 1);

		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);
		var ofA = viewerOfA.graphQl().document(PAGE).variable("filter", Map.of("tier", "TOWN")).variable("first", 20)
			.executeSync();
		assertThat(List.<Object>of(value(ofA, "members.totalCount"), values(ofA, "members.edges[*].node.id")))
			.containsExactly(1, List.of("M2"));

		for (var filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("tier", "TOWN"),
				Map.<String, Object>of("representative", true),
				Map.<String, Object>of("asOf", LocalDate.of(2025, 6, 30), "category", "PRIVATE_ECONOMY"))) {
			var given = new HashMap<String, Object>(filter);
			given.put("fulltext", "");
			given.put("counted", true);
			given.put("kept", true);
			for (String name : List.of("category", "tier", "townCode", "villageCode", "unitCode", "representative", "name",
					"after", "asOf")) {
				given.putIfAbsent(name, null);
			}
			var parameters = new HashMap<String, Object>(Map.of("filter", given, "fetch", 1));
			parameters.put("userTowns", null);
			try (var session = this.driver.session()) {
				var summary = session.run("PROFILE " + CypherFile.load("member/members-page"), parameters).consume();
				assertThat(rowsOf(summary.profile())).as("the count of %s reads no member through its label", filter)
					.noneMatch(operator -> operator.startsWith("NodeByLabelScan") && operator.contains("Details=\"m:Member\"")
							&& !operator.endsWith(" rows=0"));
			}
		}
	}

	/** Each operator of a profiled plan that produced rows or not, with its rows: {@code <operator> rows=<n>}. */
	private static List<String> rowsOf(ProfiledPlan plan) {
		var lines = new ArrayList<String>();
		lines.add(plan.operatorType() + " " + plan.arguments() + " rows=" + plan.records());
		plan.children().forEach(child -> lines.addAll(rowsOf(child)));
		return lines;
	}

	@Test
	void countsTheWholeLedgerOnlyWhenTotalCountIsAsked() {
		var filter = new HashMap<String, Object>(Map.of("fulltext", ""));
		for (String name : List.of("category", "tier", "townCode", "villageCode", "unitCode", "representative", "name",
				"after", "asOf")) {
			filter.put(name, null);
		}
		// read through, as a count of a town's or a name's members is (a whole ledger's is kept: the test above)
		filter.put("kept", false);
		long[] dbHits = new long[2];
		for (boolean counted : new boolean[] { false, true }) {
			filter.put("counted", counted);
			var parameters = new HashMap<String, Object>(Map.of("filter", filter, "fetch", 2));
			parameters.put("userTowns", null);
			try (var session = this.driver.session()) {
				var summary = session.run("PROFILE " + CypherFile.load("member/members-page"), parameters).consume();
				dbHits[counted ? 1 : 0] = dbHits(summary.profile());
			}
		}
		// the page of one reads two members in id order; the count reads all of them
		assertThat(dbHits[0]).as("db hits without the count").isLessThan(dbHits[1]);

		var page = this.admin.graphQl().document("{ members(first: 1) { edges { node { id } } } }").executeSync();
		assertThat(values(page, "members.edges[*].node.id")).hasSize(1);
		var counted = this.admin.graphQl().document("{ members(first: 1) { totalCount } }").executeSync();
		assertThat(counted.field("members.totalCount").toEntity(Integer.class)).isGreaterThan(1);
	}

	private static long dbHits(org.neo4j.driver.summary.ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (var child : plan.children()) {
			hits += dbHits(child);
		}
		return hits;
	}

	/** Members M5, who moved, changed category, tier and unit on 2025-07-01. */
	private void movedOn20250701() {
		ok("villages", "code,name,town_code\n%s,乙一村,%s\n".formatted(VILLAGE_B, B));
		ok("units", "code,name,domain,town_code\nYZ,乙镇医院,HOSPITAL,%s\n".formatted(B));
		ok("members", HEADER + "M5,孙新,PRIVATE_ECONOMY,VILLAGE,%s,%s,JZ,,2020-01-01,,,,\n".formatted(A, VILLAGE_A));
		ok("members", HEADER + "M5,孙新,NEW_SOCIAL_STRATA,TOWN,%s,%s,YZ,,2020-01-01,,2025-07-01,,\n"
			.formatted(B, VILLAGE_B));
	}

	private int total(Map<String, Object> filter) {
		return value(page(filter, 1, null), "members.totalCount");
	}

	private static Map<String, Object> asOf(String day, Map<String, Object> filter) {
		var withDay = new HashMap<String, Object>(filter);
		withDay.put("asOf", day);
		return withDay;
	}

	private static List<Object> row(ClientGraphQlResponse response, String path) {
		return List.of(value(response, path + ".id"), value(response, path + ".category"),
				value(response, path + ".tier"), value(response, path + ".town.code"),
				value(response, path + ".village.code"), value(response, path + ".unit.code"));
	}

	private static List<String> ids(TongxinHttp user, Map<String, Object> filter) {
		return values(user.graphQl().document(PAGE).variable("filter", filter).variable("first", 20).executeSync(),
				"members.edges[*].node.id");
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
