package cn.tongxin.graph.demo;

import java.util.List;

/**
 * The demo's industries, named as the planning rules' industry fit names them, so that demo enterprises can earn
 * a suggestion's industry-fit points.
 */
enum Industry {

	AGRICULTURE(16, List.of("农业科技", "农业发展", "现代农业"), List.of("电商助农", "种植基地共建")),
	FOOD(12, List.of("食品", "面业", "酒业", "果业"), List.of("农产品加工", "消费帮扶")),
	BUILDING_MATERIALS(10, List.of("建材", "新型建材", "水泥制品"), List.of("道路硬化", "人居环境整治")),
	LOGISTICS(9, List.of("物流", "冷链物流", "供应链管理"), List.of("冷链仓储", "电商助农")),
	TOURISM(9, List.of("文化旅游", "旅游开发", "民宿管理"), List.of("文旅联建", "乡村民宿")),
	MANUFACTURING(12, List.of("机械制造", "电子科技", "新材料"), List.of("技能培训", "来料加工")),
	E_COMMERCE(10, List.of("商贸", "百货", "电子商务"), List.of("消费帮扶", "电商助农")),
	CONSTRUCTION(9, List.of("建筑工程", "建设工程", "市政工程"), List.of("道路硬化", "基础设施联建")),
	HEALTHCARE(6, List.of("医药", "医疗器械", "健康管理"), List.of("医疗帮扶", "健康义诊")),
	EDUCATION(7, List.of("教育科技", "职业培训", "文化传播"), List.of("助学帮扶", "技能培训"));

	/** Of every 100 enterprises, about how many are in this industry. */
	final int weight;

	/** What the enterprise's name says it does. */
	final List<String> businesses;

	/** The project themes that suit the industry. */
	final List<String> themes;

	Industry(int weight, List<String> businesses, List<String> themes) {
		this.weight = weight;
		this.businesses = businesses;
		this.themes = themes;
	}

}
