package cn.tongxin.graph.unit;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.ledger.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member units ledger over HTTP, as the first ledger added through the engine: its references must exist,
 * town scope holds, and a second import of the same file writes nothing.
 */
@GraphTest
class UnitImportTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String ENTERPRISE = "91610322022725555J";

	static final String HEADER = "code,name,domain,town_code,credit_code\n";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsAndAnEnterprise() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		assertThat(this.admin.importCsv("enterprises", "credit_code,name,town_code\n%s,建材有限公司,%s\n".formatted(ENTERPRISE, A))
			.rejected()).isEmpty();
	}

	@Test
	void tieEachUnitToItsTownAndEnterpriseAndWriteNothingTheSecondTime() {
		String file = HEADER + "TZB,区委统战部,DEPARTMENT,,\nGXQ,高新区管委会,PARK,%s,\nJC,建材有限公司,ENTERPRISE,%s,%s\n"
			.formatted(B, A, ENTERPRISE);

		ImportReport first = this.admin.importCsv("units", file);
		ImportReport second = this.admin.importCsv("units", file);

		assertThat(List.of(first.created(), first.updated(), first.rejected().size())).containsExactly(3, 0, 0);
		assertThat(List.of(second.created(), second.updated(), second.unchanged())).containsExactly(0, 0, 3);
		assertThat(this.neo4j.query("""
				MATCH (u:Unit)
				RETURN u.code + ' ' + u.domain + ' ' + coalesce([(u)-[:IN_TOWN]->(t) | t.code][0], '-') + ' '
				       + coalesce([(u)-[:IS_ENTERPRISE]->(e) | e.creditCode][0], '-') AS unit
				ORDER BY unit""").fetchAs(String.class).all())
			.containsExactly("GXQ PARK " + B + " -", "JC ENTERPRISE " + A + " " + ENTERPRISE, "TZB DEPARTMENT - -");
	}

	@Test
	void moveAUnitToAnotherTownLeavingOneTie() {
		this.admin.importCsv("units", HEADER + "GXQ,高新区管委会,PARK,%s,\n".formatted(A));

		ImportReport moved = this.admin.importCsv("units", HEADER + "GXQ,高新区管委会,PARK,%s,\n".formatted(B));

		assertThat(moved.updated()).isEqualTo(1);
		assertThat(this.neo4j.query("MATCH (:Unit {code: 'GXQ'})-[:IN_TOWN]->(t:Town) RETURN t.code")
			.fetchAs(String.class)
			.all()).containsExactly(B);
	}

	@Test
	void refuseATownOrEnterpriseThatIsNotInTheGraph() {
		ImportReport report = this.admin.importCsv("units",
				HEADER + "GXQ,高新区管委会,PARK,610322199,\nJC,某公司,ENTERPRISE,,916103225907754626\n");

		assertThat(report.rejected()).extracting(ImportReport.RejectedRow::message)
			.containsExactly("town_code 610322199：没有这个镇，请先导入 towns 台账",
					"credit_code 916103225907754626：没有这个企业，请先导入 enterprises 台账");
		assertThat(report.created()).isZero();
	}

	@Test
	void letAUserBoundToATownImportThatTownsUnitsOnly() {
		TongxinHttp editorOfA = TwoTowns.editorOf(this.admin, A);
		this.admin.importCsv("units", HEADER + "TZB,区委统战部,DEPARTMENT,,\n");

		ImportReport report = editorOfA.importCsv("units",
				HEADER + "JZ,甲镇中学,SCHOOL,%s,\nYY,乙镇卫生院,HOSPITAL,%s,\nTZB,统战部,DEPARTMENT,,\n".formatted(A, B));

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(3, 4);
		assertThat(report.rejected().get(0).message()).isEqualTo("town_code " + B + "：不在您负责的镇（属地）范围内");
		assertThat(this.neo4j.query("MATCH (u:Unit {code: 'TZB'}) RETURN u.name").fetchAs(String.class).one())
			.contains("区委统战部");
	}

}
