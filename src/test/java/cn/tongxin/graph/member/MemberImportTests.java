package cn.tongxin.graph.member;

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

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The members ledger over HTTP: its ties, its history of adjustments from the day each took effect, and the rules
 * across records (a village in its town, a representative as one member, the district tier for the district).
 */
@GraphTest
class MemberImportTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String VILLAGE_A = "610322100200";

	static final String VILLAGE_B = "610322101200";

	static final String HEADER = "id,name,category,tier,town_code,village_code,unit_code,representative_id,joined_on,"
			+ "left_on,changed_on\n";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsAUnitAndARepresentative() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n%s,甲一村,%s\n%s,乙一村,%s\n".formatted(VILLAGE_A, A, VILLAGE_B, B));
		ok("units", "code,name,domain,town_code\nTZB,区委统战部,DEPARTMENT,\nJZ,甲镇中学,SCHOOL,%s\n".formatted(A));
		ok("representatives", "id,name,category,level\nR1,李娜,PRIVATE_ECONOMY,DISTRICT\n");
	}

	@Test
	void tieEachMemberToTheirPlaceUnitAndRepresentativeAndWriteNothingTheSecondTime() {
		String file = HEADER + "M1,王芳,PRIVATE_ECONOMY,VILLAGE,%s,%s,JZ,R1,2020-01-01,,\nM2,赵敏,INTELLECTUAL,DISTRICT,,,TZB,,2021-05-01,,\n"
			.formatted(A, VILLAGE_A);

		ImportReport first = this.admin.importCsv("members", file);
		ImportReport second = this.admin.importCsv("members", file);

		assertThat(List.of(first.created(), first.rejected().size())).containsExactly(2, 0);
		assertThat(List.of(second.created(), second.updated(), second.unchanged())).containsExactly(0, 0, 2);
		assertThat(text("""
				MATCH (m:Member {id: 'M1'})
				RETURN m.tier + ' ' + [(m)-[:IN_TOWN]->(t) | t.code][0] + ' ' + [(m)-[:IN_VILLAGE]->(v) | v.code][0]
				       + ' ' + [(m)-[:IN_UNIT]->(u) | u.code][0] + ' ' + [(m)-[:IS_REPRESENTATIVE]->(r) | r.id][0]"""))
			.containsExactly("VILLAGE " + A + " " + VILLAGE_A + " JZ R1");
		assertThat(history()).isEmpty();
	}

	@Test
	void keepEachAdjustmentFromTheDayItTookEffectAndTheImportsDayWhenNoneIsGiven() {
		ok("members", HEADER + "M1,王芳,PRIVATE_ECONOMY,VILLAGE,%s,%s,,,2020-01-01,,\n".formatted(A, VILLAGE_A));

		ImportReport moved = this.admin.importCsv("members",
				HEADER + "M1,王芳,NEW_SOCIAL_STRATA,TOWN,%s,,,,2020-01-01,,2024-07-01\n".formatted(B));
		ImportReport left = this.admin.importCsv("members",
				HEADER + "M1,王芳,NEW_SOCIAL_STRATA,TOWN,%s,,,,2020-01-01,2025-03-31,\n".formatted(B));
		ImportReport again = this.admin.importCsv("members",
				HEADER + "M1,王芳,NEW_SOCIAL_STRATA,TOWN,%s,,,,2020-01-01,2025-03-31,2025-04-01\n".formatted(B));

		assertThat(List.of(moved.updated(), left.updated(), again.unchanged())).containsExactly(1, 1, 1);
		assertThat(history()).containsExactly("2024-07-01 CATEGORY PRIVATE_ECONOMY→NEW_SOCIAL_STRATA",
				"2024-07-01 TIER VILLAGE→TOWN", "2024-07-01 TOWN " + A + "→" + B, "2024-07-01 VILLAGE " + VILLAGE_A + "→",
				TODAY + " LEFT_ON →2025-03-31");
	}

	@Test
	void refuseAVillageOutsideTheRowsTownAndARepresentativeWhoIsAlreadyAMember() {
		ok("members", HEADER + "M1,王芳,PRIVATE_ECONOMY,DISTRICT,,,,R1,2020-01-01,,\n");

		ImportReport report = this.admin.importCsv("members",
				HEADER + "M2,赵敏,INTELLECTUAL,VILLAGE,%s,%s,,,2020-01-01,,\nM3,钱多,PRIVATE_ECONOMY,DISTRICT,,,,R1,2020-01-01,,\n"
					.formatted(A, VILLAGE_B));

		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("village_code " + VILLAGE_B + "：不在 town_code " + A + " 所指的镇",
					"representative_id R1：已关联统战成员 M1，一位代表人士只对应一名成员");
		assertThat(report.created()).isZero();
	}

	@Test
	void refuseTwoRowsOfOneFileNamingTheSameRepresentative() {
		ImportReport report = this.admin.importCsv("members",
				HEADER + "M1,王芳,PRIVATE_ECONOMY,DISTRICT,,,,R1,2020-01-01,,\nM2,赵敏,INTELLECTUAL,DISTRICT,,,,R1,2020-01-01,,\n");

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::message)
			.containsExactly(tuple(3,
					"representative_id R1：已关联统战成员 M1，一位代表人士只对应一名成员"));
	}

	@Test
	void letAUserBoundToATownAdjustTheirTownsMembersButNotTheDistrictsOrAnotherTowns() {
		ok("members", HEADER + "M1,王芳,PRIVATE_ECONOMY,DISTRICT,%s,,,,2020-01-01,,\nM2,赵敏,INTELLECTUAL,TOWN,%s,,,,2020-01-01,,\n"
			.formatted(A, A));
		TongxinHttp editorOfA = TwoTowns.editorOf(this.admin, A);

		ImportReport report = editorOfA.importCsv("members", HEADER
				+ "M1,王芳,NEW_SOCIAL_STRATA,DISTRICT,%s,,,,2020-01-01,,\nM2,赵敏,RELIGIOUS,TOWN,%s,,,,2020-01-01,,\nM3,钱多,RELIGIOUS,TOWN,%s,,,,2020-01-01,,\nM4,孙丽,RELIGIOUS,TOWN,%s,,,,2020-01-01,,\n"
					.formatted(A, A, A, B));

		assertThat(List.of(report.created(), report.updated())).containsExactly(1, 1);
		assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::message)
			.containsExactly(tuple(2, "tier DISTRICT：区管成员只能由负责全区的用户导入或调整"),
					tuple(5, "town_code " + B + "：不在您负责的镇（属地）范围内"));
		assertThat(text("MATCH (m:Member {id: 'M1'}) RETURN m.category")).containsExactly("PRIVATE_ECONOMY");
	}

	/** Every adjustment kept, oldest first: on, field, before→after. */
	private List<String> history() {
		return text("""
				MATCH (:Member)-[:CHANGED]->(c:MemberChange)
				RETURN toString(c.on) + ' ' + c.field + ' ' + coalesce(c.before, '') + '→' + coalesce(c.after, '') AS change
				ORDER BY c.on, c.field""");
	}

	private List<String> text(String cypher) {
		return List.copyOf(this.neo4j.query(cypher).fetchAs(String.class).all());
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
