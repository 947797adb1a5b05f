package cn.tongxin.graph.unit;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell rules of the member units ledger, as a clerk reads them in an import's report. */
class UnitLedgersTests {

	@Test
	void needACodeOfTwoToTwentyCapitalsDigitsOrHyphensThatIsNotATowns() {
		assertThat(unit("code", "TZB-01")).isEmpty();
		assertThat(unit("code", "A")).isEqualTo("code A：应为 2–20 位大写字母、数字或 -");
		assertThat(unit("code", "tzb")).isEqualTo("code tzb：应为 2–20 位大写字母、数字或 -");
		assertThat(unit("code", "A".repeat(21))).isEqualTo("code " + "A".repeat(21) + "：应为 2–20 位大写字母、数字或 -");
		assertThat(unit("code", "610322100")).isEqualTo("code 610322100：不能是 9 位数字（那是镇的代码）");
		assertThat(unit("code", "6103221001")).isEmpty();
	}

	@Test
	void needAKnownDomainAndAValidCreditCode() {
		assertThat(unit("domain", "BUREAU")).isEqualTo("domain BUREAU：应为 DEPARTMENT、PARK、ENTERPRISE、SCHOOL、HOSPITAL、OTHER 之一");
		assertThat(unit("credit_code", "91610322022725555K")).startsWith("credit_code 91610322022725555K：校验位错误");
		assertThat(unit("domain", "")).isEqualTo("domain：必填，不能为空");
	}

	private static String unit(String header, String cell) {
		var row = new HashMap<String, Object>(Map.of("code", "TZB", "name", "区委统战部", "domain", "DEPARTMENT"));
		row.put(header, cell);
		return Reason.joined(UnitLedgers.UNITS.check(row, TODAY));
	}

}
