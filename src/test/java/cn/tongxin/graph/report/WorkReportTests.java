package cn.tongxin.graph.report;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

/**
 * The work report of a small district, asked on several days and for each town, against figures counted by hand
 * from the ledgers below: a member who moved from town A to town B on 2025-07-01 (and changed category and tier
 * that day), one who left on 2025-03-31, one who joined on 2025-05-01, a friendship and a pairing that ended in
 * 2025, a project begun in 2026.
 */
@GraphTest
class WorkReportTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String REPORT = """
			query($to: Date, $townCode: ID) { workReport(to: $to, townCode: $townCode) {
			  from to towns memberUnits members membersByCategory { category members } membersByTier { tier members }
			  representatives befriendedRepresentatives friendships villages pairedVillages pairingCoverage projects
			  townCommissionerCoverage villageLiaisonCoverage
			  dutyHolders problemsRaised problemsResolved sitesByKind { kind sites } meetings } }""";

	static final String SECOND = "91610322022725556M";

	static final String THIRD = "91610322022725557Q";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void aSmallDistrict() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n610322100001,甲一村,%s\n610322100002,甲二村,%s\n610322101001,乙一村,%s\n"
			.formatted(A, A, B));
		ok("enterprises", "credit_code,name,town_code\n91610322022725555J,建材有限公司,%s\n".formatted(A));
		ok("pairings", "enterprise_credit_code,village_code,since,until\n91610322022725555J,610322100001,2024-01-01,\n"
				+ "91610322022725555J,610322101001,2024-01-01,2025-06-30\n");
		ok("projects", "id,name,enterprise_credit_code,village_code,status,started\n"
				+ "P1,甲项目,91610322022725555J,610322100001,IN_PROGRESS,2024-05-01\n"
				+ "P2,乙项目,91610322022725555J,610322101001,PLANNED,\n"
				+ "P3,新项目,91610322022725555J,610322100002,PLANNED,2026-01-01\n");
		ok("units", "code,name,domain,town_code\nTZB,区委统战部,DEPARTMENT,\nJZ,甲镇中学,SCHOOL,%s\n".formatted(A));
		ok("leaders", "id,name,role,level\nL1,张伟,STANDING_COMMITTEE,DISTRICT\n");
		ok("representatives", "id,name,category,level,town_code\nR1,李娜,PRIVATE_ECONOMY,DISTRICT,%s\nR2,赵敏,INTELLECTUAL,DISTRICT,%s\n"
			.formatted(A, B));
		ok("friendships", "leader_id,representative_id,since,until\nL1,R1,2024-01-01,\nL1,R2,2024-01-01,2025-03-31\n");
		String members = "id,name,category,tier,town_code,village_code,joined_on,left_on,changed_on\n";
		ok("members", members + """
				M1,王芳,INTELLECTUAL,TOWN,%s,,2020-01-01,,
				M2,钱多,PRIVATE_ECONOMY,VILLAGE,%s,610322100001,2021-01-01,,
				M3,孙丽,RELIGIOUS,DISTRICT,,,2022-01-01,2025-03-31,
				M4,周杰,TAIWAN,TOWN,%s,,2025-05-01,,
				""".formatted(A, A, B));
		ok("members", members + "M2,钱多,NEW_SOCIAL_STRATA,TOWN,%s,,2021-01-01,,2025-07-01\n".formatted(B));
		ok("staff", """
				id,name,post,town_code,village_code,since,until
				C1,甲委员,TOWN_COMMISSIONER,%s,,2024-01-01,
				C2,乙委员,TOWN_COMMISSIONER,%s,,2025-02-01,
				S1,甲联络员,VILLAGE_LIAISON,%s,610322100001,2024-01-01,2025-06-30
				S2,乙联络员,VILLAGE_LIAISON,%s,610322101001,2024-06-01,
				""".formatted(A, B, A, B));
	}

	@Test
	void countTheTownsWithACommissionerAndTheVillagesWithALiaisonInPostThatDay() {
		ClientGraphQlResponse end2024 = report("2024-12-31", null);
		ClientGraphQlResponse end2025 = report("2025-12-31", null);

		assertThat(List.<Object>of(value(end2024, "workReport.townCommissionerCoverage"),
				value(end2024, "workReport.villageLiaisonCoverage")))
			.containsExactly(0.5, 2.0 / 3);
		assertThat(List.<Object>of(value(end2025, "workReport.townCommissionerCoverage"),
				value(end2025, "workReport.villageLiaisonCoverage")))
			.containsExactly(1.0, 1.0 / 3);
		assertThat((Object) value(report("2025-12-31", A), "workReport.villageLiaisonCoverage")).isEqualTo(0.0);
	}

	@Test
	void countTheDistrictOnTheEndOfEachYearByTheValuesInForceThen() {
		ClientGraphQlResponse end2024 = report("2024-12-31", null);
		ClientGraphQlResponse end2025 = report("2025-12-31", null);

		assertThat(stocks(end2024)).containsExactly(2, 2, 3, 2, 2, 2, 3, 2, 2);
		assertThat(byCategory(end2024)).containsOnly(Map.entry("INTELLECTUAL", 1), Map.entry("PRIVATE_ECONOMY", 1),
				Map.entry("RELIGIOUS", 1));
		assertThat(byTier(end2024)).containsExactly(Map.entry("DISTRICT", 1), Map.entry("TOWN", 1), Map.entry("VILLAGE", 1));
		assertThat((Object) value(end2024, "workReport.pairingCoverage")).isEqualTo(2.0 / 3);
		assertThat((Object) value(end2024, "workReport.from")).isEqualTo("2024-01-01");

		assertThat(stocks(end2025)).containsExactly(2, 2, 3, 2, 1, 1, 3, 1, 2);
		assertThat(byCategory(end2025)).containsOnly(Map.entry("INTELLECTUAL", 1), Map.entry("NEW_SOCIAL_STRATA", 1),
				Map.entry("TAIWAN", 1));
		assertThat(byTier(end2025)).containsExactly(Map.entry("DISTRICT", 0), Map.entry("TOWN", 3), Map.entry("VILLAGE", 0));
		assertThat(values(end2025, "workReport.membersByCategory")).hasSize(11);
	}

	/**
	 * 李娜 (R1, town A) befriended by a second leader in 2025, and a second commissioner in post in town A: on 2025-12-31
	 * she counts once among the befriended and twice among the friendships, town A once among the towns with a
	 * commissioner, in the district's report (which counts them from the friendships and the commissioners) as in the
	 * town's (from the representatives and the town).
	 */
	@Test
	void countARepresentativeWithTwoFriendsAndATownWithTwoCommissionersOnce() {
		ok("leaders", "id,name,role,level\nL2,刘洋,STANDING_COMMITTEE,DISTRICT\n");
		ok("friendships", "leader_id,representative_id,since,until\nL2,R1,2025-01-01,\n");
		ok("staff", "id,name,post,town_code,village_code,since,until\nC3,甲副委员,TOWN_COMMISSIONER,%s,,2025-01-01,\n"
			.formatted(A));

		ClientGraphQlResponse district = report("2025-12-31", null);
		ClientGraphQlResponse townA = report("2025-12-31", A);

		assertThat(friends(district)).as("representatives, befriended, friendships").containsExactly(2, 1, 2);
		assertThat(friends(townA)).as("representatives, befriended, friendships").containsExactly(1, 1, 2);
		assertThat((Object) value(district, "workReport.townCommissionerCoverage")).isEqualTo(1.0);
		assertThat((Object) value(townA, "workReport.townCommissionerCoverage")).isEqualTo(1.0);
	}

	/**
	 * A community of town B established on 2025-07-01, paired since 2024-01-01 (before it was there), with no liaison:
	 * on 2024-12-31 it is not counted, its pairing neither; on 2025-12-31 it is one of 4 villages, 2 of them paired (it
	 * and 甲一村), 1 with a liaison (乙一村).
	 */
	@Test
	void countAVillageOnlyFromTheDayItIsEstablished() {
		ok("villages", "code,name,town_code,established_on\n610322101002,乙新社区,%s,2025-07-01\n".formatted(B));
		ok("pairings", "enterprise_credit_code,village_code,since\n91610322022725555J,610322101002,2024-01-01\n");

		assertThat(villages(report("2024-12-31", null))).containsExactly(3, 2, 2.0 / 3, 2.0 / 3);
		assertThat(villages(report("2025-06-30", B))).containsExactly(1, 1, 1.0, 1.0);
		assertThat(villages(report("2025-07-01", B))).as("乙一村's pairing ended the day before").containsExactly(2, 1, 0.5, 0.5);
		assertThat(villages(report("2025-12-31", null))).containsExactly(4, 2, 0.25, 0.5);
	}

	/**
	 * Duty lists of 2024 (the department) and 2025 (town A and a school in town A), problems of town A's enterprise (one
	 * raised in 2024 and resolved in 2025, one raised and resolved in 2025, one raised in 2025 and open), meetings in
	 * 2024 and 2025, and sites: a station in town A since 2024, a centre in town B since mid-2025 and a district brand
	 * room since 2026.
	 */
	@Test
	void countTheDutyHoldersOfTheYearTheProblemsAndMeetingsOfThePeriodAndTheSitesEstablished() {
		workLedgers();

		assertThat(work(report("2024-12-31", null))).containsExactly(1, 1, 0, 1, Map.of("PRACTICE_STATION", 1));
		assertThat(work(report("2025-12-31", null))).containsExactly(2, 2, 2, 2,
				Map.of("PRACTICE_STATION", 1, "PRACTICE_CENTRE", 1));
		assertThat(work(report("2025-12-31", A))).as("a unit counts for its town; meetings for none")
			.containsExactly(2, 2, 2, 0, Map.of("PRACTICE_STATION", 1));
		assertThat(work(report("2025-12-31", B))).containsExactly(0, 0, 0, 0, Map.of("PRACTICE_CENTRE", 1));
		assertThat(work(report("2026-06-30", null))).as("2026: no duty list yet, the brand room open")
			.containsExactly(0, 0, 0, 0, Map.of("PRACTICE_STATION", 1, "PRACTICE_CENTRE", 1, "BRAND_ROOM", 1));
		assertThat(values(report("2025-12-31", null), "workReport.sitesByKind")).hasSize(8);
		assertThat(this.admin.get("/api/export/work-report?to=2025-12-31&format=csv").body().lines().toList())
			.contains("解决民营企业问题,2", "阵地：同心实践站,1", "阵地：特色阵地,0");
	}

	/** The work ledgers of the test above (and the spreadsheet's): duties, problems, meetings and sites. */
	private void workLedgers() {
		ok("duties", """
				id,holder_code,kind,title,year,due_on,weight
				D1,%s,COMMON,学习贯彻条例,2025,,
				D2,JZ,SPECIFIC,建设实践站,2025,2025-09-30,20
				D3,TZB,COMMON,学习贯彻条例,2024,,
				""".formatted(A));
		ok("problems", """
				id,credit_code,raised_on,category,title,lead_code,assigned_on,due_on,resolved_on,satisfaction,note
				P1,91610322022725555J,2024-11-01,FINANCING,续贷困难,TZB,2024-11-02,2024-12-31,2025-02-01,,
				P2,91610322022725555J,2025-03-01,LAND,用地指标,TZB,2025-03-02,2025-04-30,2025-04-01,5,
				P3,91610322022725555J,2025-05-01,LABOUR,招工难,,,,,,
				""");
		ok("meetings", "date,body,topic\n2024-12-01,STANDING_COMMITTEE,听取汇报\n2025-03-01,STANDING_COMMITTEE,研究统战工作\n"
				+ "2025-09-01,LEADING_GROUP,部署工作\n");
		ok("sites", """
				id,name,kind,level,domain,town_code,village_code,credit_code,unit_code,established_on,standards,rules
				S1,甲一村同心实践站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,610322100001,,,2024-05-01,PLACE|RULES,3
				S2,乙镇同心实践中心,PRACTICE_CENTRE,TOWN,TOWN,%s,,,,2025-06-01,,0
				S3,同心荟,BRAND_ROOM,DISTRICT,OTHER,,,,,2026-01-01,,0
				""".formatted(A, B));
	}

	/**
	 * The spreadsheet of 2025, a sheet per section: the records the figures count (town B's centre and town A's station,
	 * not the brand room of 2026; the three problems raised or resolved in 2025; 2025's meetings; town A and its school
	 * with a duty list for 2025), no personal data, a meeting's topic that reads as a formula kept as text. A viewer of
	 * town A gets town A's records only, and no download of town B's.
	 */
	@Test
	void downloadASheetPerSectionWithTheRecordsTheFiguresCount() throws Exception {
		workLedgers();
		ok("meetings", "date,body,topic\n2025-10-01,LEADING_GROUP,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"议题\"\")\"\n");
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		Map<String, List<List<String>>> district = sheets(this.admin.download("/api/export/work-report?from=2025-01-01&to=2025-12-31"));
		Map<String, List<List<String>>> townA = sheets(viewerOfA.download("/api/export/work-report?to=2025-12-31&format=xlsx"));
		HttpResponse<byte[]> townB = viewerOfA.download("/api/export/work-report?to=2025-12-31&townCode=" + B);

		assertThat(district.keySet()).containsExactly("概况", "成员", "阵地", "民营企业问题", "会议", "职责清单");
		assertThat(district.get("概况")).contains(List.of("解决民营企业问题", "2"), List.of("区委常委会、领导小组会议", "3"));
		assertThat(district.get("成员")).contains(List.of("类别", "台湾同胞及其在大陆的亲属", "1"), List.of("分级管理", "镇管", "3"));
		assertThat(column(district.get("阵地"), 0)).containsExactly("编号", "S1", "S2");
		assertThat(district.get("阵地").get(1)).containsExactly("S1", "甲一村同心实践站", "同心实践站", "村级", "甲镇", "甲一村", "2024-05-01");
		assertThat(column(district.get("民营企业问题"), 0)).containsExactly("编号", "P1", "P2", "P3");
		assertThat(district.get("民营企业问题").get(1)).endsWith("2025-02-01", "否", "是");
		assertThat(column(district.get("会议"), 2)).containsExactly("议题", "研究统战工作", "部署工作",
				"=HYPERLINK(\"http://evil.example\",\"议题\")");
		assertThat(column(district.get("职责清单"), 1)).containsExactly("代码", A, "JZ");
		assertThat(district.values().stream().flatMap(List::stream).flatMap(List::stream))
			.noneMatch(cell -> cell.contains("电话") || cell.contains("出生"));

		assertThat(column(townA.get("阵地"), 0)).containsExactly("编号", "S1");
		assertThat(townA.get("会议")).hasSize(1);
		assertThat(column(townA.get("职责清单"), 1)).containsExactly("代码", A, "JZ");
		assertThat(townB.statusCode()).isEqualTo(400);
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {operation: 'export', kind: 'work-report'}) RETURN count(a)")
			.fetchAs(Long.class)
			.one()).contains(2L);
	}

	/**
	 * Each sheet's rows as text, by sheet name in order; a cell a spreadsheet would run as a formula fails the test.
	 */
	private static Map<String, List<List<String>>> sheets(HttpResponse<byte[]> download) throws Exception {
		assertThat(download.statusCode()).isEqualTo(200);
		var sheets = new LinkedHashMap<String, List<List<String>>>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			for (Sheet sheet : workbook) {
				var rows = new ArrayList<List<String>>();
				for (Row row : sheet) {
					var cells = new ArrayList<String>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						assertThat(cell == null || cell.getCellType() != CellType.FORMULA).isTrue();
						cells.add((cell == null) ? "" : FORMAT.formatCellValue(cell));
					}
					rows.add(cells);
				}
				sheets.put(sheet.getSheetName(), rows);
			}
		}
		return sheets;
	}

	private static final DataFormatter FORMAT = new DataFormatter();

	private static List<String> column(List<List<String>> rows, int column) {
		return rows.stream().map(row -> row.get(column)).toList();
	}

	/**
	 * The district counts its paired villages and those with a liaison from the pairings and the liaisons, a town
	 * from its villages: either way a village paired by two enterprises, or served by two liaisons, counts once, and
	 * a deleted enterprise's pairing not at all, so that the district's figures are its towns' added up. On
	 * 2025-12-31: 甲一村 paired twice and served by S3, 甲二村 paired only by a deleted enterprise, 乙一村 (its
	 * pairing over) served by S2 and S4.
	 */
	@Test
	void countAVillageOnceHoweverManyPairOrServeItAndADeletedEnterprisesPairingNotAtAll() {
		ok("enterprises", "credit_code,name,town_code\n%s,二号企业,%s\n%s,三号企业,%s\n".formatted(SECOND, A, THIRD, B));
		ok("pairings", "enterprise_credit_code,village_code,since,until\n%s,610322100001,2024-01-01,\n%s,610322100002,2024-01-01,\n"
			.formatted(SECOND, THIRD));
		ok("staff", """
				id,name,post,town_code,village_code,since,until
				S3,甲联络员二,VILLAGE_LIAISON,%s,610322100001,2025-01-01,
				S4,乙联络员二,VILLAGE_LIAISON,%s,610322101001,2025-01-01,
				""".formatted(A, B));
		assertThat(villages(report("2025-12-31", null))).as("before the deletion").containsExactly(3, 2, 2.0 / 3, 2.0 / 3);
		assertThat((Object) value(this.admin.graphQl()
			.document("mutation { deleteEnterprise(creditCode: \"%s\") { deleted } }".formatted(THIRD))
			.executeSync(), "deleteEnterprise.deleted")).isEqualTo(true);

		assertThat(villages(report("2025-12-31", null))).as("the district").containsExactly(3, 1, 2.0 / 3, 1.0 / 3);
		assertThat(villages(report("2025-12-31", A))).as("town A").containsExactly(2, 1, 0.5, 0.5);
		assertThat(villages(report("2025-12-31", B))).as("town B").containsExactly(1, 0, 1.0, 0.0);
	}

	/**
	 * 乙新社区 of town B, established on 2025-07-01, paired and served by a liaison since 2024 (before it was there), and
	 * 甲一村 deleted, paired and served on 2024-12-31: on that day neither counts, in the district's figures (counted
	 * from the pairings and the liaisons) as in its towns' (from their villages). 甲二村 and 乙一村 remain, 乙一村
	 * paired and served.
	 */
	@Test
	void countNeitherADeletedVillageNorOneNotYetEstablishedThoughPairedAndServed() {
		ok("villages", "code,name,town_code,established_on\n610322101002,乙新社区,%s,2025-07-01\n".formatted(B));
		ok("pairings", "enterprise_credit_code,village_code,since\n91610322022725555J,610322101002,2024-01-01\n");
		ok("staff", "id,name,post,town_code,village_code,since,until\nS5,乙新联络员,VILLAGE_LIAISON,%s,610322101002,2024-01-01,\n"
			.formatted(B));
		assertThat(villages(report("2024-12-31", null))).as("before the deletion").containsExactly(3, 2, 2.0 / 3, 2.0 / 3);
		assertThat((Object) value(this.admin.graphQl()
			.document("mutation { deleteVillage(code: \"610322100001\") { deleted } }")
			.executeSync(), "deleteVillage.deleted")).isEqualTo(true);

		assertThat(villages(report("2024-12-31", null))).as("the district").containsExactly(2, 1, 0.5, 0.5);
		assertThat(villages(report("2024-12-31", A))).as("town A").containsExactly(1, 0, 0.0, 0.0);
		assertThat(villages(report("2024-12-31", B))).as("town B").containsExactly(1, 1, 1.0, 1.0);
	}

	/** dutyHolders, problemsRaised, problemsResolved, meetings, and the kinds of site with any */
	private static List<Object> work(ClientGraphQlResponse report) {
		var sites = new LinkedHashMap<String, Integer>();
		List<Map<String, Object>> rows = values(report, "workReport.sitesByKind");
		rows.stream()
			.filter(row -> ((Number) row.get("sites")).intValue() > 0)
			.forEach(row -> sites.put((String) row.get("kind"), ((Number) row.get("sites")).intValue()));
		return List.of(value(report, "workReport.dutyHolders"), value(report, "workReport.problemsRaised"),
				value(report, "workReport.problemsResolved"), value(report, "workReport.meetings"), sites);
	}

	/** villages, pairedVillages, villageLiaisonCoverage, pairingCoverage */
	private static List<Object> villages(ClientGraphQlResponse report) {
		return List.of(value(report, "workReport.villages"), value(report, "workReport.pairedVillages"),
				value(report, "workReport.villageLiaisonCoverage"), value(report, "workReport.pairingCoverage"));
	}

	@Test
	void giveEachTownItsShareAndAMemberToTheTownTheyWereInThatDay() {
		assertThat(stocks(report("2024-12-31", A))).containsExactly(1, 1, 2, 1, 1, 1, 2, 1, 1);
		assertThat(stocks(report("2025-12-31", A))).containsExactly(1, 1, 1, 1, 1, 1, 2, 1, 1);
		assertThat(stocks(report("2025-12-31", B))).containsExactly(1, 0, 2, 1, 0, 0, 1, 0, 1);
	}

	@Test
	void keepAUserBoundToATownToTheirTown() {
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		ClientGraphQlResponse own = viewerOfA.graphQl().document(REPORT).variable("to", "2024-12-31").executeSync();
		ClientGraphQlResponse other = viewerOfA.graphQl()
			.document(REPORT)
			.variable("to", "2024-12-31")
			.variable("townCode", B)
			.executeSync();

		assertThat(stocks(own)).containsExactly(1, 1, 2, 1, 1, 1, 2, 1, 1);
		assertThat(other.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	@Test
	void downloadTheSameFiguresAsASpreadsheetInTheAuditTrail() {
		HttpResponse<String> csv = this.admin.get("/api/export/work-report?to=2025-12-31&format=csv");
		HttpResponse<String> otherTown = TwoTowns.viewerOf(this.admin, A)
			.get("/api/export/work-report?to=2025-12-31&townCode=" + B + "&format=csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().lines().toList()).contains("统计期间,2025-01-01 至 2025-12-31", "统战成员,3",
				"　其中 台湾同胞及其在大陆的亲属,1", "　镇管,3", "结对交友,1", "镇统战委员配备率（%）,100.0",
				"结对覆盖率（%）,33.3", "共建项目,2");
		assertThat(otherTown.statusCode()).isEqualTo(400);
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {operation: 'export', kind: 'work-report'}) RETURN count(a)")
			.fetchAs(Long.class)
			.one()).contains(1L);
	}

	private ClientGraphQlResponse report(String to, String townCode) {
		var request = this.admin.graphQl().document(REPORT).variable("to", to);
		return ((townCode != null) ? request.variable("townCode", townCode) : request).executeSync();
	}

	/** towns, memberUnits, members, representatives, befriended, friendships, villages, paired, projects */
	private static List<Object> stocks(ClientGraphQlResponse report) {
		return List.of(value(report, "workReport.towns"), value(report, "workReport.memberUnits"),
				value(report, "workReport.members"), value(report, "workReport.representatives"),
				value(report, "workReport.befriendedRepresentatives"), value(report, "workReport.friendships"),
				value(report, "workReport.villages"), value(report, "workReport.pairedVillages"),
				value(report, "workReport.projects"));
	}

	/** representatives, befriended, friendships */
	private static List<Object> friends(ClientGraphQlResponse report) {
		return List.of(value(report, "workReport.representatives"), value(report, "workReport.befriendedRepresentatives"),
				value(report, "workReport.friendships"));
	}

	/** The categories with members. */
	private static Map<String, Integer> byCategory(ClientGraphQlResponse report) {
		var counts = new LinkedHashMap<String, Integer>();
		List<Map<String, Object>> rows = values(report, "workReport.membersByCategory");
		rows.stream()
			.filter(row -> ((Number) row.get("members")).intValue() > 0)
			.forEach(row -> counts.put((String) row.get("category"), ((Number) row.get("members")).intValue()));
		return counts;
	}

	private static Map<String, Integer> byTier(ClientGraphQlResponse report) {
		var counts = new LinkedHashMap<String, Integer>();
		List<Map<String, Object>> rows = values(report, "workReport.membersByTier");
		rows.forEach(row -> counts.put((String) row.get("tier"), ((Number) row.get("members")).intValue()));
		return counts;
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
