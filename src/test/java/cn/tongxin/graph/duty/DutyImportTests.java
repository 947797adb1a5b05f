package cn.tongxin.graph.duty;

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

/**
 * The duties and duty_checks ledgers over HTTP: a duty held by a town or a unit that exists, a check of a duty that
 * exists with a score within its weight, and town scope (a town's user imports their town's duties and checks,
 * never a unit's).
 */
@GraphTest
class DutyImportTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String DUTIES = "id,holder_code,kind,title,year,due_on,weight\n";

	static final String CHECKS = "duty_id,checked_on,result,score,action,note\n";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsAndAUnit() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		assertThat(this.admin.importCsv("units", "code,name,domain,town_code\nZZB,统战部,DEPARTMENT,\n").rejected())
			.isEmpty();
	}

	@Test
	void tieEachDutyToItsTownOrUnitAndWriteNothingTheSecondTime() {
		String file = DUTIES + "DA,%s,COMMON,落实统战工作责任制,2025,2025-06-30,20\nDU,ZZB,SPECIFIC,同心工程,2025,,\n"
			.formatted(A);

		ImportReport first = this.admin.importCsv("duties", file);
		ImportReport second = this.admin.importCsv("duties", file);

		assertThat(first.rejected()).isEmpty();
		assertThat(List.of(first.created(), second.unchanged())).containsExactly(2, 2);
		assertThat(this.neo4j.query("""
				MATCH (d:Duty)-[:HELD_BY]->(h)
				RETURN d.id + ' ' + d.holderCode + ' ' + labels(h)[0] + ' ' + d.weight + ' ' + coalesce(toString(d.dueOn), '-')
				  AS duty
				ORDER BY duty""").fetchAs(String.class).all())
			.containsExactly("DA " + A + " Town 20 2025-06-30", "DU ZZB Unit 10 -");
	}

	@Test
	void refuseAHolderThatIsNeitherAStoredTownNorAStoredUnit() {
		ImportReport report = this.admin.importCsv("duties",
				DUTIES + "D1,610322199,COMMON,甲,2025,,\nD2,NOPE,COMMON,乙,2025,,\n");

		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("holder_code 610322199：没有这个镇或成员单位，请先导入 towns 或 units 台账",
					"holder_code NOPE：没有这个镇或成员单位，请先导入 towns 或 units 台账");
	}

	@Test
	void letATownsEditorImportTheirTownsDutiesOnly() {
		ImportReport report = TwoTowns.editorOf(this.admin, A)
			.importCsv("duties", DUTIES + "DA,%s,COMMON,甲,2025,,\nDB,%s,COMMON,乙,2025,,\nDU,ZZB,COMMON,丙,2025,,\n"
				.formatted(A, B));

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("holder_code " + B + "：不在您负责的镇（属地）范围内",
					"holder_code ZZB：不在您负责的镇（属地）范围内");
	}

	@Test
	void tieEachCheckToItsDutyWithNoActionWhenNoneIsGiven() {
		dutiesOfAAndTheUnit();

		ImportReport report = this.admin.importCsv("duty_checks",
				CHECKS + "DA,2025-06-30,PARTLY,12,REMINDER,进度滞后\nDA,2025-12-20,DONE,20,,\n");

		assertThat(report.created()).isEqualTo(2);
		assertThat(this.neo4j.query("""
				MATCH (c:DutyCheck)-[:CHECKS]->(d:Duty)
				RETURN d.id + ' ' + toString(c.checkedOn) + ' ' + c.result + ' ' + c.score + ' ' + c.action AS check
				ORDER BY check""").fetchAs(String.class).all())
			.containsExactly("DA 2025-06-30 PARTLY 12 REMINDER", "DA 2025-12-20 DONE 20 NONE");
	}

	@Test
	void refuseACheckOfAnUnknownDutyAScoreAboveItsWeightAndADayTwice() {
		dutiesOfAAndTheUnit();

		ImportReport report = this.admin.importCsv("duty_checks",
				CHECKS + "D9,2025-06-30,DONE,,,\nDU,2025-06-30,DONE,11,,\nDU,2025-07-01,DONE,10,,\nDU,2025-07-01,DONE,9,,\n");

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(row -> row.line() + " " + row.message())
			.containsExactly("2 duty_id D9：没有这个职责，请先导入 duties 台账", "3 score 11：不能大于该职责的分值（weight 10）",
					"5 duty_id DU + checked_on 2025-07-01：与第 4 行重复，同一文件中只能出现一次");
	}

	@Test
	void refuseAWeightBelowAScoreTheDutysChecksGave() {
		dutiesOfAAndTheUnit();
		assertThat(this.admin.importCsv("duty_checks", CHECKS + "DA,2025-06-30,PARTLY,12,,\n").created()).isEqualTo(1);

		ImportReport lowered = this.admin.importCsv("duties", DUTIES + "DA,%s,COMMON,甲,2025,,11\n".formatted(A));
		ImportReport kept = this.admin.importCsv("duties", DUTIES + "DA,%s,COMMON,甲,2025,,12\n".formatted(A));

		assertThat(lowered.rejected()).extracting(RejectedRow::message)
			.containsExactly("weight 11：不能小于该职责已有考核的得分 12");
		assertThat(kept.updated()).isEqualTo(1);
	}

	@Test
	void letATownsEditorCheckTheirTownsDutiesOnly() {
		dutiesOfAAndTheUnit();

		ImportReport report = TwoTowns.editorOf(this.admin, A)
			.importCsv("duty_checks", CHECKS + "DA,2025-06-30,DONE,20,,\nDU,2025-06-30,DONE,10,,\n");

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::message)
			.containsExactly("duty_id DU：不在您负责的镇（属地）范围内");
	}

	private void dutiesOfAAndTheUnit() {
		assertThat(this.admin
			.importCsv("duties", DUTIES + "DA,%s,COMMON,甲,2025,,20\nDU,ZZB,SPECIFIC,丙,2025,,\n".formatted(A))
			.rejected()).isEmpty();
	}

}
