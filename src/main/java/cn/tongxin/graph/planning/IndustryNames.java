package cn.tongxin.graph.planning;

import java.util.Map;

/**
 * The Chinese a planner reads for the industry codes the planning rules and the demo district use. An enterprise's
 * industry is free text in its ledger: a code not listed here, or an industry already written in Chinese, is shown
 * as written.
 */
final class IndustryNames {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("AGRICULTURE", "农业"),
			Map.entry("FOOD", "食品加工"), Map.entry("LIQUOR", "酒业"), Map.entry("TOURISM", "文化旅游"),
			Map.entry("E_COMMERCE", "电子商务"), Map.entry("LOGISTICS", "物流"), Map.entry("MANUFACTURING", "制造业"),
			Map.entry("BUILDING_MATERIALS", "建材"), Map.entry("CONSTRUCTION", "建筑业"),
			Map.entry("HEALTHCARE", "医疗健康"), Map.entry("EDUCATION", "教育培训"), Map.entry("RETAIL", "零售"),
			Map.entry("FOOD_PROCESSING", "食品加工"));

	private IndustryNames() {
	}

	static String of(String industry) {
		return (industry == null) ? "" : NAMES.getOrDefault(industry, industry);
	}

}
