package cn.tongxin.graph.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Unit;
import cn.tongxin.graph.unit.UnitDomain;

/**
 * The district's 92 member units (成员单位) of united-front work: the departments, the parks, a few schools and
 * hospitals, the largest enterprises and the associations. Their names are a district's usual ones; only the
 * enterprises come from the draw.
 */
final class UnitGenerator {

	static final int UNITS = 92;

	private static final List<String> DEPARTMENTS = List.of("区委办公室", "区人大常委会办公室", "区政府办公室", "区政协办公室",
			"区纪委监委机关", "区委组织部", "区委宣传部", "区委统战部", "区委政法委", "区委编办", "区委网信办", "区委党校", "区委社会工作部",
			"区发展和改革局", "区教育局", "区科学技术局", "区工业和信息化局", "公安分局", "区民政局", "区司法局", "区财政局",
			"区人力资源和社会保障局", "自然资源分局", "生态环境分局", "区住房和城乡建设局", "区交通运输局", "区水利局", "区农业农村局",
			"区商务局", "区文化和旅游局", "区卫生健康局", "区退役军人事务局", "区应急管理局", "区审计局", "区市场监督管理局", "区统计局",
			"区医疗保障局", "区林业局", "区信访局", "区行政审批服务局", "区城市管理执法局", "区乡村振兴服务中心", "区民族宗教事务局",
			"区外事办公室", "区侨务办公室", "区台湾事务办公室", "区国有资产服务中心", "区投资促进中心", "区融媒体中心", "区档案馆",
			"区机关事务服务中心", "区数据局", "区总工会", "共青团区委", "区妇联", "区工商联", "区科协", "区侨联", "区文联", "区残联",
			"区红十字会", "税务局", "区人民法院", "区人民检察院", "区人民武装部", "气象局", "区供电分公司", "区烟草专卖局", "人民银行区支行",
			"区农村商业银行", "区邮政分公司", "区住房公积金管理部");

	private static final List<String> PARKS = List.of("经济技术开发区管委会", "高新技术产业园管委会", "现代农业产业园管委会");

	private static final List<String> SCHOOLS = List.of("区第一高级中学", "区职业教育中心", "区实验小学", "区城关中学");

	private static final List<String> HOSPITALS = List.of("区人民医院", "区中医医院", "区妇幼保健院");

	private static final List<String> OTHERS = List.of("区新的社会阶层人士联合会", "区知识分子联谊会", "区欧美同学会",
			"区宗教界人士联谊会");

	private final Draws draws;

	UnitGenerator(Draws draws) {
		this.draws = draws;
	}

	// The parks, schools and hospitals lie in a town; the enterprises that are units are the largest of the
	// district, as many as fill the 92.
	List<Unit> units(List<Town> towns, List<Enterprise> enterprises) {
		List<Unit> units = new ArrayList<>();
		DEPARTMENTS.forEach((name) -> add(units, name, UnitDomain.DEPARTMENT, null, null));
		PARKS.forEach((name) -> add(units, name, UnitDomain.PARK, this.draws.pick(towns), null));
		SCHOOLS.forEach((name) -> add(units, name, UnitDomain.SCHOOL, this.draws.pick(towns), null));
		HOSPITALS.forEach((name) -> add(units, name, UnitDomain.HOSPITAL, this.draws.pick(towns), null));
		OTHERS.forEach((name) -> add(units, name, UnitDomain.OTHER, null, null));
		enterprises.stream()
			.filter((enterprise) -> enterprise.employees() != null)
			.sorted(Comparator.comparing(Enterprise::employees).reversed().thenComparing(Enterprise::creditCode))
			.limit(UNITS - units.size())
			.forEach((enterprise) -> add(units, enterprise.name(), UnitDomain.ENTERPRISE, enterprise.town(),
					enterprise));
		return units;
	}

	private static void add(List<Unit> units, String name, UnitDomain domain, Town town, Enterprise enterprise) {
		units.add(new Unit(String.format(Locale.ROOT, "DW%03d", units.size() + 1), name, domain, town, enterprise));
	}

}
