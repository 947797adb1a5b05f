package cn.tongxin.graph.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import cn.tongxin.graph.enterprise.CreditCode;
import cn.tongxin.graph.enterprise.Ownership;

/**
 * Invented Chinese names and credit codes, each unique in the district: a clash would merge two records on
 * import. None contains a comma or a quote.
 */
final class ChineseNames {

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏"
			+ "薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺龚文党寇";

	private static final String MALE_GIVEN = "伟强军磊洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰建国东志海文振亮博成忠新庆荣";

	private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟霞秀玲桂英慧巧美萍红玉兰燕梅琳雪婷倩颖洁琴云莉佳晶欢月蓉丹虹";

	private static final List<String> VILLAGE_SURNAME_ENDINGS = List.of("家村", "家村", "家村", "家庄村", "家堡村", "家寨村",
			"家沟村");

	private static final String PLACE_PREFIXES = "东西南北前后上下大小新老";

	private static final String PLACE_FEATURES = "庄堡寨坡沟塬湾河营屯坊店岭";

	private static final List<String> COMMUNITY_NAMES = List.of("东风", "新华", "建设", "文化", "和平", "幸福", "阳光",
			"滨河", "凤鸣", "锦绣", "紫荆", "康乐", "迎宾", "学府", "秦川", "北街", "南街", "东街", "西街", "新城", "朝阳", "春晖",
			"翠苑", "雍城", "站前", "兴隆", "金台", "丰源", "城南", "城北", "湖滨", "柳湖", "振兴", "南关", "北关");

	private static final List<String> BRANDS = List.of("秦川", "雍州", "凤鸣", "金穗", "宏达", "鑫源", "华盛", "瑞丰", "恒通",
			"永兴", "丰禾", "绿源", "德顺", "兴旺", "嘉禾", "天成", "博远", "众合", "安泰", "隆盛", "汇通", "昌盛", "锦程", "万家",
			"富民", "泰和", "同心", "长青", "西秦", "关中", "渭水", "东岭", "华泰", "润丰", "金鼎", "盛源", "祥瑞", "聚丰", "福源",
			"益农", "康达", "百川", "远航", "恒信", "鼎盛", "亿丰", "顺达", "佳和", "新程", "宏图", "惠民", "银河", "天润", "广源",
			"禾丰", "沃土", "青禾", "三秦", "凤凰", "石鼓", "周原", "灵山", "秦岭", "丰泽");

	private final Draws draws;

	/** Names and codes already given out; asked for membership only, never iterated (hash order varies). */
	private final Set<String> taken = new HashSet<>();

	ChineseNames(Draws draws) {
		this.draws = draws;
	}

	/** 一 to 十, then digits: the phase of a project (二期). */
	static String chineseNumber(int number) {
		return (number <= 10) ? "一二三四五六七八九十".substring(number - 1, number) : Integer.toString(number);
	}

	/**
	 * 91 (an enterprise registered with market regulation), the division code, a 9-character organisation code
	 * and the check character. Most organisation codes have the {@code MA} of registrations since 2015; older ones
	 * are the former 8 digits and a check digit or X.
	 */
	String creditCode() {
		String code;
		do {
			StringBuilder body = new StringBuilder("91").append(District.DIVISION);
			if (this.draws.chance(0.7)) {
				body.append("MA");
				while (body.length() < 17) {
					body.append(this.draws.pick(CreditCode.ALPHABET));
				}
			}
			else {
				while (body.length() < 16) {
					body.append(this.draws.below(10));
				}
				body.append(this.draws.pick("0123456789X"));
			}
			code = body.toString() + CreditCode.checkCharacter(body.toString());
		}
		while (!this.taken.add(code));
		return code;
	}

	/** 秦川食品有限公司; state enterprises are 有限责任公司. */
	String enterprise(Industry industry, Ownership ownership) {
		String form = (ownership == Ownership.STATE) ? "有限责任公司" : "有限公司";
		return unique(() -> this.draws.pick(BRANDS) + this.draws.pick(industry.businesses) + form);
	}

	/** 王家村, or a place name such as 东坡村. */
	String village() {
		return unique(() -> this.draws.chance(0.6)
				? this.draws.pick(SURNAMES) + this.draws.pick(VILLAGE_SURNAME_ENDINGS)
				: "" + this.draws.pick(PLACE_PREFIXES) + this.draws.pick(PLACE_FEATURES) + "村");
	}

	String community() {
		return unique(() -> this.draws.pick(COMMUNITY_NAMES) + "社区");
	}

	/** A surname and one or two given characters, unique among all the district's people. */
	String person(String gender) {
		String given = gender.equals("MALE") ? MALE_GIVEN : FEMALE_GIVEN;
		return unique(() -> {
			char first = this.draws.pick(given);
			if (this.draws.chance(0.4)) {
				return "" + this.draws.pick(SURNAMES) + first;
			}
			char second;
			do {
				second = this.draws.pick(given);
			}
			while (second == first);
			return "" + this.draws.pick(SURNAMES) + first + second;
		});
	}

	private String unique(Supplier<String> names) {
		String name;
		do {
			name = names.get();
		}
		while (!this.taken.add(name));
		return name;
	}

}
