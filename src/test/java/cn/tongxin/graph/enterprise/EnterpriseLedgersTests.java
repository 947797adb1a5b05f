package cn.tongxin.graph.enterprise;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell rules of the enterprises ledger, as a clerk reads them in an import's report. */
class EnterpriseLedgersTests {

	static final String ENTERPRISE = "91610322022725555J";

	/** {@link #ENTERPRISE} with its check character changed. */
	static final String ENTERPRISE_WITH_WRONG_CHECK = "91610322022725555K";

	@Test
	void needACreditCodeWithAValidCheckCharacter() {
		assertThat(enterprise("credit_code", ENTERPRISE_WITH_WRONG_CHECK))
			.startsWith("credit_code " + ENTERPRISE_WITH_WRONG_CHECK + "：校验位错误")
			.contains("「J」");
		assertThat(enterprise("credit_code", "9161032202272555")).contains("应为 18 位统一社会信用代码");
		assertThat(enterprise("credit_code", "91610322O22725555J")).contains("第 9 位「O」");
		assertThat(enterprise()).isEmpty();
	}

	@Test
	void needAKnownOwnershipAndAWholeNumberOfEmployees() {
		assertThat(enterprise("ownership", "MIXED")).isEqualTo("ownership MIXED：应为 PRIVATE、STATE、COLLECTIVE、FOREIGN、OTHER 之一");
		assertThat(enterprise("employees", "-1")).isEqualTo("employees -1：不能小于 0");
		assertThat(enterprise("employees", "1.5")).isEqualTo("employees 1.5：应为整数");
	}

	private static String enterprise(String... cells) {
		var row = new HashMap<String, Object>(Map.of("credit_code", ENTERPRISE, "name", "某公司", "town_code", "610322100"));
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(EnterpriseLedgers.ENTERPRISES.check(row, TODAY));
	}

}
