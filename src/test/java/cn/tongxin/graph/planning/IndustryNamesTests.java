package cn.tongxin.graph.planning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A suggestion's reason names the industry in Chinese; what a ledger wrote itself stays as written. */
class IndustryNamesTests {

	@Test
	void namesTheRulesCodesInChineseAndLeavesOtherIndustriesAsWritten() {
		assertThat(IndustryNames.of("TOURISM")).isEqualTo("文化旅游");
		assertThat(IndustryNames.of("E_COMMERCE")).isEqualTo("电子商务");
		assertThat(IndustryNames.of("茶叶种植")).isEqualTo("茶叶种植");
		assertThat(IndustryNames.of("SPACE_MINING")).isEqualTo("SPACE_MINING");
	}

	@Test
	void namesEveryIndustryTheDefaultRulesFit() {
		var rules = PlanningRules.defaults();
		for (var kind : cn.tongxin.graph.place.VillageKind.values()) {
			assertThat(rules.industryFit().get(kind)).allSatisfy(code -> assertThat(IndustryNames.of(code))
				.as(code)
				.doesNotContainPattern("[A-Z_]"));
		}
	}

}
