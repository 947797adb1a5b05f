package cn.tongxin.graph.problem;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell and row rules of the problems ledger (为企服务), as a clerk reads them in an import's report. */
class ProblemLedgersTests {

	@Test
	void needItsRequiredColumnsAndACategoryOfTheList() {
		assertThat(problem()).isEmpty();
		assertThat(problem("credit_code", "")).isEqualTo("credit_code：必填，不能为空");
		assertThat(problem("raised_on", "")).isEqualTo("raised_on：必填，不能为空");
		assertThat(problem("title", "")).isEqualTo("title：必填，不能为空");
		assertThat(problem("category", "")).isEqualTo("category：必填，不能为空");
		assertThat(problem("category", "TAXES")).startsWith("category TAXES：应为 POLICY、FINANCING、LAND、");
		assertThat(problem("credit_code", "91610322022725555X")).startsWith("credit_code 91610322022725555X：");
	}

	@Test
	void needALeadOfTheRightShapeWithTheAssignment() {
		assertThat(problem("assigned_on", "2025-03-02"))
			.isEqualTo("lead_code：填写 assigned_on 时必填（交办时须写明牵头单位或镇）");
		assertThat(problem("assigned_on", "2025-03-02", "lead_code", "TZB")).isEmpty();
		assertThat(problem("assigned_on", "2025-03-02", "lead_code", "610322100")).isEmpty();
		assertThat(problem("assigned_on", "2025-03-02", "lead_code", "统战部"))
			.isEqualTo("lead_code 统战部：应为成员单位代码（2–20 位大写字母、数字或 -）或镇的 9 位代码");
	}

	@Test
	void keepTheDatesInOrder() {
		assertThat(problem("assigned_on", "2025-02-28", "lead_code", "TZB"))
			.isEqualTo("assigned_on 2025-02-28：不能早于 raised_on 2025-03-01");
		assertThat(problem("assigned_on", "2025-03-02", "lead_code", "TZB", "due_on", "2025-03-01"))
			.isEqualTo("due_on 2025-03-01：不能早于 assigned_on 2025-03-02");
		assertThat(problem("resolved_on", "2025-02-28")).isEqualTo("resolved_on 2025-02-28：不能早于 raised_on 2025-03-01");
		assertThat(problem("resolved_on", "2025-03-01")).isEmpty();
		assertThat(problem("due_on", "2025-01-01")).as("no assignment to be due after").isEmpty();
		assertThat(problem("raised_on", "2025-3-1")).isEqualTo("raised_on 2025-3-1：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
	}

	@Test
	void askSatisfactionOneToFiveOnlyOnceResolved() {
		assertThat(problem("satisfaction", "4")).isEqualTo("satisfaction 4：问题解决后（resolved_on）才能填写回访满意度");
		assertThat(problem("resolved_on", "2025-04-01", "satisfaction", "5")).isEmpty();
		assertThat(problem("resolved_on", "2025-04-01", "satisfaction", "0")).isEqualTo("satisfaction 0：应在 1 到 5 之间");
		assertThat(problem("resolved_on", "2025-04-01", "satisfaction", "6")).isEqualTo("satisfaction 6：应在 1 到 5 之间");
		assertThat(problem("resolved_on", "2025-04-01", "satisfaction", "good")).isEqualTo("satisfaction good：应为整数");
	}

	private static String problem(String... cells) {
		var row = new HashMap<String, Object>(Map.of("id", "P1", "credit_code", "91610322022725555J", "raised_on",
				"2025-03-01", "category", "FINANCING", "title", "贷款难"));
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(ProblemLedgers.PROBLEMS.check(row, TODAY));
	}

}
