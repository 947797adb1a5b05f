package cn.tongxin.graph.site;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.ImportReport.RejectedRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The sites and site_activities ledgers over HTTP: the rules that need the graph (each record named exists, a
 * village in the row's town, a site established by the activity's date, members that exist and are the user's),
 * the ties they make, re-import, and town scope.
 */
@GraphTest
class SiteImportTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String VILLAGE_A = "610322100001";

	static final String VILLAGE_B = "610322101001";

	static final String ENTERPRISE = "91610322022725555J";

	static final String SITES = "id,name,kind,level,domain,town_code,village_code,credit_code,unit_code,established_on,"
			+ "standards,rules,latitude,longitude\n";

	static final String ACTIVITIES = "site_id,date,title,participants,member_ids\n";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsWithAVillageAnEnterpriseAUnitAndMembers() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n%s,甲一村,%s\n%s,乙一村,%s\n".formatted(VILLAGE_A, A, VILLAGE_B, B));
		ok("enterprises", "credit_code,name,town_code\n%s,建材有限公司,%s\n".formatted(ENTERPRISE, A));
		ok("units", "code,name,domain,town_code\nJZ,甲镇中学,SCHOOL,%s\n".formatted(A));
		ok("members", """
				id,name,category,tier,town_code,joined_on
				M1,王芳,INTELLECTUAL,TOWN,%s,2020-01-01
				M2,李强,INTELLECTUAL,TOWN,%s,2020-01-01
				M3,赵敏,INTELLECTUAL,TOWN,%s,2020-01-01
				""".formatted(A, A, B));
	}

	@Test
	void tieASiteToTheRecordsItNamesWithItsPointAndWriteNothingTheSecondTime() {
		String file = SITES + """
				S1,甲一村同心实践站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,%s,%s,JZ,2024-01-01,PLACE|RULES,3,34.5,108.9
				S2,区同心实践中心,PRACTICE_CENTRE,DISTRICT,OTHER,,,,,2023-06-01,,,,
				""".formatted(A, VILLAGE_A, ENTERPRISE);

		ImportReport first = this.admin.importCsv("sites", file);
		ImportReport second = this.admin.importCsv("sites", file);

		assertThat(List.of(first.created(), second.unchanged())).containsExactly(2, 2);
		assertThat(this.neo4j.query("""
				MATCH (s:Site)
				RETURN s.id + ' ' + coalesce([(s)-[:IN_TOWN]->(t) | t.code][0], '-') + ' '
				       + coalesce([(s)-[:IN_VILLAGE]->(v) | v.code][0], '-') + ' '
				       + coalesce([(s)-[:AT_ENTERPRISE]->(e) | e.creditCode][0], '-') + ' '
				       + coalesce([(s)-[:OF_UNIT]->(u) | u.code][0], '-') + ' ' + coalesce(s.standards, '-') + ' '
				       + coalesce(toString(s.rules), '-') + ' ' + coalesce(toString(s.location.latitude), '-') AS site
				ORDER BY site""").fetchAs(String.class).all())
			.containsExactly("S1 %s %s %s JZ PLACE|RULES 3 34.5".formatted(A, VILLAGE_A, ENTERPRISE),
					"S2 - - - - - - -");
	}

	@Test
	void moveOrClearASitesTiesWithItsRow() {
		ok("sites", SITES + "S1,站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,%s,%s,JZ,2024-01-01,,,,\n".formatted(A, VILLAGE_A,
				ENTERPRISE));

		ImportReport moved = this.admin.importCsv("sites",
				SITES + "S1,站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,%s,,,2024-01-01,,,,\n".formatted(B, VILLAGE_B));

		assertThat(moved.updated()).isEqualTo(1);
		assertThat(this.neo4j.query("""
				MATCH (s:Site {id: 'S1'})-[tie]->(n) RETURN type(tie) + ' ' + coalesce(n.code, n.creditCode) AS tie
				ORDER BY tie""").fetchAs(String.class).all())
			.containsExactly("IN_TOWN " + B, "IN_VILLAGE " + VILLAGE_B);
	}

	@Test
	void refuseASiteNamingRecordsThatAreNotThereOrAVillageOutsideItsTown() {
		ImportReport report = this.admin.importCsv("sites", SITES + """
				S1,站,PRACTICE_STATION,VILLAGE,VILLAGE,610322199,,,,2024-01-01,,,,
				S2,站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,610322100999,,,2024-01-01,,,,
				S3,站,PRACTICE_STATION,VILLAGE,ENTERPRISE,%s,,916103225907754626,,2024-01-01,,,,
				S4,站,PRACTICE_STATION,VILLAGE,SCHOOL,%s,,,NONE,2024-01-01,,,,
				S5,站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,%s,,,2024-01-01,,,,
				S6,站,PRACTICE_STATION,VILLAGE,VILLAGE,,%s,,,2024-01-01,,,,
				""".formatted(A, A, A, A, VILLAGE_B, VILLAGE_A));

		assertThat(report.created()).isZero();
		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("town_code 610322199：没有这个镇，请先导入 towns 台账",
					"village_code 610322100999：没有这个村（社区），请先导入 villages 台账",
					"credit_code 916103225907754626：没有这个企业，请先导入 enterprises 台账",
					"unit_code NONE：没有这个成员单位，请先导入 units 台账",
					"village_code %s：不在 town_code %s 所指的镇".formatted(VILLAGE_B, A),
					"village_code %s：须同时填写它所在镇的 town_code".formatted(VILLAGE_A));
	}

	@Test
	void letATownsEditorImportTheirTownsSitesOnly() {
		ImportReport report = TwoTowns.editorOf(this.admin, A).importCsv("sites", SITES + """
				S1,甲站,PRACTICE_STATION,TOWN,TOWN,%s,,,,2024-01-01,,,,
				S2,乙站,PRACTICE_STATION,TOWN,TOWN,%s,,,,2024-01-01,,,,
				S3,区中心,PRACTICE_CENTRE,DISTRICT,OTHER,,,,,2024-01-01,,,,
				""".formatted(A, B));

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("town_code " + B + "：不在您负责的镇（属地）范围内",
					"town_code：您只负责部分镇（" + A + "），须填写其中之一");
	}

	@Test
	void tieTheMembersWhoTookPartToTheActivityAtItsSiteAndFollowTheRowOnReimport() {
		ok("sites", SITES + "S1,甲站,PRACTICE_STATION,TOWN,TOWN,%s,,,,2024-01-01,,,,\n".formatted(A));
		String file = ACTIVITIES + "S1,2024-03-01,同心讲堂,40,M1|M2\nS1,2024-03-01,议事会|第一次,,\n";

		ImportReport first = this.admin.importCsv("site_activities", file);
		ImportReport second = this.admin.importCsv("site_activities", file);
		ImportReport changed = this.admin.importCsv("site_activities", ACTIVITIES + "S1,2024-03-01,同心讲堂,40,M2\n");

		assertThat(List.of(first.created(), second.unchanged(), changed.updated())).containsExactly(2, 2, 1);
		assertThat(this.neo4j.query("""
				MATCH (a:SiteActivity)-[:AT_SITE]->(s:Site)
				RETURN s.id + ' ' + toString(a.date) + ' ' + a.title + ' ' + coalesce(toString(a.participants), '-') + ' '
				       + reduce(ids = '', m IN COLLECT { MATCH (m:Member)-[:TOOK_PART]->(a) RETURN m.id ORDER BY m.id }
				                | ids + m + ';') AS activity
				ORDER BY activity""").fetchAs(String.class).all())
			.containsExactly("S1 2024-03-01 同心讲堂 40 M2;", "S1 2024-03-01 议事会|第一次 - ");
	}

	@Test
	void refuseAnActivityAtNoSiteBeforeItsSiteWasEstablishedOrWithMembersNotThere() {
		ok("sites", SITES + "S1,甲站,PRACTICE_STATION,TOWN,TOWN,%s,,,,2024-01-01,,,,\n".formatted(A));

		ImportReport report = this.admin.importCsv("site_activities", ACTIVITIES + """
				S9,2024-03-01,讲堂,,
				S1,2023-12-31,筹备会,,
				S1,2024-01-01,揭牌仪式,,M1
				S1,2024-03-01,讲堂,,M1|M8|M9
				""");

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::message)
			.containsExactly(tuple(2, "site_id S9：没有这个阵地，请先导入 sites 台账"),
					tuple(3,
							"date 2023-12-31：阵地 S1 建立于 2024-01-01，活动不能早于此日"),
					tuple(5, "member_ids：没有统战成员 M8、M9，请先导入 members 台账"));
	}

	@Test
	void letATownsEditorRecordActivitiesAtTheirSitesWithTheirMembersOnly() {
		ok("sites", SITES + "S1,甲站,PRACTICE_STATION,TOWN,TOWN,%s,,,,2024-01-01,,,,\nS2,乙站,PRACTICE_STATION,TOWN,TOWN,%s,,,,2024-01-01,,,,\n"
			.formatted(A, B));

		ImportReport report = TwoTowns.editorOf(this.admin, A).importCsv("site_activities", ACTIVITIES + """
				S1,2024-03-01,讲堂,,M1
				S2,2024-03-01,讲堂,,
				S1,2024-04-01,讲堂,,M1|M3
				""");

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("site_id S2：不在您负责的镇（属地）范围内",
					"member_ids：统战成员 M3 不在您负责的镇（属地）范围内");
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
