package cn.tongxin.graph.problem;

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
 * The problems ledger over HTTP: the enterprise and the lead (a unit or a town) must exist, ties that follow the
 * row, and town scope (a problem is its enterprise's town's).
 */
@GraphTest
class ProblemImportTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String E_A = "91610322022725555J";

	static final String E_B = "91610322557257081K";

	static final String HEADER = "id,credit_code,raised_on,category,title,lead_code,assigned_on,due_on,resolved_on,satisfaction,note\n";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoEnterprisesAndAUnit() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("enterprises", "credit_code,name,town_code\n%s,甲企业,%s\n%s,乙企业,%s\n".formatted(E_A, A, E_B, B));
		ok("units", "code,name,domain\nGSL,工商联,DEPARTMENT\n");
	}

	@Test
	void tieAProblemToItsEnterpriseAndItsLeadAndWriteNothingTheSecondTime() {
		String file = HEADER + "P1,%s,2026-03-01,FINANCING,贷款难,GSL,2026-03-02,2026-04-01,2026-03-20,5,\n".formatted(E_A)
				+ "P2,%s,2026-03-05,LAND,用地指标,%s,2026-03-06,,,,待协调\n".formatted(E_B, B)
				+ "P3,%s,2026-03-07,OTHER,刚受理,,,,,,\n".formatted(E_B);

		ImportReport first = this.admin.importCsv("problems", file);
		ImportReport second = this.admin.importCsv("problems", file);

		assertThat(first.rejected()).isEmpty();
		assertThat(List.of(first.created(), second.unchanged())).containsExactly(3, 3);
		assertThat(ties()).containsExactly("P1 " + E_A + " GSL GSL 5", "P2 " + E_B + " " + B + " " + B + " -",
				"P3 " + E_B + " - - -");
	}

	@Test
	void moveTheTiesWithTheRow() {
		ok("problems", HEADER + "P1,%s,2026-03-01,FINANCING,贷款难,GSL,2026-03-02,,,,\n".formatted(E_A));

		ImportReport moved = this.admin.importCsv("problems",
				HEADER + "P1,%s,2026-03-01,FINANCING,贷款难,%s,2026-03-02,,,,\n".formatted(E_B, B));
		assertThat(moved.updated()).isEqualTo(1);
		assertThat(ties()).containsExactly("P1 " + E_B + " " + B + " " + B + " -");

		ImportReport cleared = this.admin.importCsv("problems",
				HEADER + "P1,%s,2026-03-01,FINANCING,贷款难,,,,,,\n".formatted(E_B));
		assertThat(cleared.updated()).isEqualTo(1);
		assertThat(ties()).containsExactly("P1 " + E_B + " - - -");
	}

	@Test
	void refuseAnUnknownEnterpriseOrLead() {
		ImportReport report = this.admin.importCsv("problems", HEADER
				+ "P1,91350100M000100Y43,2026-03-01,FINANCING,贷款难,,,,,,\n"
				+ "P2,%s,2026-03-01,FINANCING,贷款难,TZB,2026-03-02,,,,\n".formatted(E_A)
				+ "P3,%s,2026-03-01,FINANCING,贷款难,610322199,2026-03-02,,,,\n".formatted(E_A));

		assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::message)
			.containsExactly(tuple(2, "credit_code 91350100M000100Y43：没有这个企业，请先导入 enterprises 台账"),
					tuple(3, "lead_code TZB：没有这个成员单位或镇，请先导入 units 或 towns 台账"),
					tuple(4, "lead_code 610322199：没有这个成员单位或镇，请先导入 units 或 towns 台账"));
		assertThat(report.created()).isZero();
	}

	@Test
	void letATownsEditorImportTheirTownsEnterprisesProblemsOnly() {
		ok("problems", HEADER + "PB,%s,2026-03-01,FINANCING,贷款难,,,,,,\n".formatted(E_B));
		TongxinHttp editorOfA = TwoTowns.editorOf(this.admin, A);

		ImportReport report = editorOfA.importCsv("problems", HEADER
				+ "P1,%s,2026-03-01,FINANCING,贷款难,GSL,2026-03-02,,,,\n".formatted(E_A)
				+ "P2,%s,2026-03-01,FINANCING,贷款难,,,,,,\n".formatted(E_B)
				+ "P3,%s,2026-03-01,FINANCING,贷款难,%s,2026-03-02,,,,\n".formatted(E_A, B)
				+ "PB,%s,2026-03-01,FINANCING,改到甲镇,,,,,,\n".formatted(E_A));

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("credit_code " + E_B + "：该企业不在您负责的镇（属地）范围内",
					"lead_code " + B + "：不在您负责的镇（属地）范围内", "id PB：属于您负责范围以外的镇，不能修改");
	}

	private List<String> ties() {
		return List.copyOf(this.neo4j.query("""
				MATCH (p:Problem)-[:CONCERNS]->(e:Enterprise)
				RETURN p.id + ' ' + e.creditCode + ' ' + coalesce(p.leadCode, '-') + ' '
				       + coalesce([(p)-[:LED_BY]->(l) | l.code][0], '-') + ' ' + coalesce(toString(p.satisfaction), '-')
				       + CASE WHEN COUNT { (p)-[:LED_BY]->() } > 1 OR COUNT { (p)-[:CONCERNS]->() } > 1
				              THEN ' twice' ELSE '' END AS tie
				ORDER BY tie""").fetchAs(String.class).all());
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}
