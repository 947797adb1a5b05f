package cn.tongxin.graph.duty;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import cn.tongxin.graph.ledger.Sheet;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cell and row rules of the duties and duty_checks ledgers, as a clerk reads them in an import's report. The
 * rules that need the graph (the holder and the duty exist, a score within its duty's weight, town scope) are in
 * DutyImportTests.
 */
class DutyLedgersTests {

	@Test
	void needEveryRequiredColumnOfADuty() {
		assertThat(duty("id", "", "holder_code", "", "kind", "", "title", "", "year", "")).isEqualTo(
				"id：必填，不能为空；holder_code：必填，不能为空；kind：必填，不能为空；title：必填，不能为空；year：必填，不能为空");
		assertThat(duty()).isEmpty();
	}

	@Test
	void needAHolderCodeThatIsATownsOrAUnitsCode() {
		assertThat(duty("holder_code", "610322100")).isEmpty();
		assertThat(duty("holder_code", "ZZB-01")).isEmpty();
		assertThat(duty("holder_code", "zzb")).isEqualTo("holder_code zzb：应为镇的 9 位代码或成员单位的代码（2–20 位大写字母、数字或 -）");
		assertThat(duty("holder_code", "X")).startsWith("holder_code X：应为镇的 9 位代码");
	}

	@Test
	void needACommonOrSpecificKind() {
		assertThat(duty("kind", "SPECIFIC")).isEmpty();
		assertThat(duty("kind", "OTHER")).isEqualTo("kind OTHER：应为 COMMON、SPECIFIC 之一");
	}

	@Test
	void needAYearOfFourDigits() {
		assertThat(duty("year", "25")).isEqualTo("year 25：应在 1000 到 9999 之间");
		assertThat(duty("year", "20250")).isEqualTo("year 20250：应在 1000 到 9999 之间");
		assertThat(duty("year", "二〇二五")).isEqualTo("year 二〇二五：应为整数");
	}

	@Test
	void needADueDayWithinTheYear() {
		assertThat(duty("due_on", "2025-12-31")).isEmpty();
		assertThat(duty("due_on", "2026-01-01")).isEqualTo("due_on 2026-01-01：应在 year 2025 年之内");
		assertThat(duty("due_on", "2024-12-31")).isEqualTo("due_on 2024-12-31：应在 year 2025 年之内");
		assertThat(duty("due_on", "2025/06/30")).isEqualTo("due_on 2025/06/30：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
	}

	@Test
	void needAWeightFrom1To100AndTakeTenForNone() {
		assertThat(duty("weight", "0")).isEqualTo("weight 0：应在 1 到 100 之间");
		assertThat(duty("weight", "101")).isEqualTo("weight 101：应在 1 到 100 之间");
		assertThat(duty("weight", "1")).isEmpty();
		assertThat(duty("weight", "100")).isEmpty();
		assertThat(defaultOf(DutyLedgers.DUTIES, "weight")).isEqualTo(10L);
	}

	@Test
	void needEveryRequiredColumnOfACheck() {
		assertThat(check("duty_id", "", "checked_on", "", "result", ""))
			.isEqualTo("duty_id：必填，不能为空；checked_on：必填，不能为空；result：必填，不能为空");
		assertThat(check()).isEmpty();
	}

	@Test
	void needADayAndAKnownResultForACheck() {
		assertThat(check("checked_on", "2025-13-01")).isEqualTo("checked_on 2025-13-01：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
		assertThat(check("result", "PARTLY")).isEmpty();
		assertThat(check("result", "GOOD")).isEqualTo("result GOOD：应为 DONE、PARTLY、NOT_DONE 之一");
	}

	@Test
	void needAScoreOfNoLessThanNothingAndTheActionsOfTheContract() {
		assertThat(check("score", "-1")).isEqualTo("score -1：应在 0 到 100 之间");
		assertThat(check("score", "0")).isEmpty();
		assertThat(check("score", "8.5")).isEqualTo("score 8.5：应为整数");
		assertThat(check("action", "RECTIFICATION")).isEmpty();
		assertThat(check("action", "WARNING"))
			.isEqualTo("action WARNING：应为 NONE、REMINDER、RECTIFICATION、COMMENDATION 之一");
		assertThat(defaultOf(DutyCheckLedgers.DUTY_CHECKS, "action")).isEqualTo("NONE");
	}

	private static String duty(String... cells) {
		return checked(DutyLedgers.DUTIES,
				Map.of("id", "D1", "holder_code", "610322100", "kind", "COMMON", "title", "落实统战工作责任制", "year", "2025"),
				cells);
	}

	private static String check(String... cells) {
		return checked(DutyCheckLedgers.DUTY_CHECKS, Map.of("duty_id", "D1", "checked_on", "2025-06-30", "result", "DONE"),
				cells);
	}

	private static Object defaultOf(Sheet sheet, String header) {
		return sheet.columns().stream().filter(column -> column.header().equals(header)).findFirst().orElseThrow()
			.defaultValue();
	}

	private static String checked(Sheet sheet, Map<String, Object> good, String... cells) {
		var row = new HashMap<String, Object>(good);
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(sheet.check(row, TODAY));
	}

}
