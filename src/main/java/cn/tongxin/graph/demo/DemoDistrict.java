package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import cn.tongxin.graph.enterprise.CreditCode;
import cn.tongxin.graph.enterprise.Ownership;
import cn.tongxin.graph.network.ContactKind;
import cn.tongxin.graph.network.FriendshipRules;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.LeaderLevel;
import cn.tongxin.graph.people.LeaderRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The ledgers of a made-up district, as the CSV files a clerk would import, for the service to load on first
 * start.
 * <p>
 * The demo goes through the ordinary ledger import, so it obeys the same rules as real data and shows them at
 * work. It is generated rather than checked in so that its shape — 12 towns, about 150 villages, 250
 * enterprises, the district's leaders, 865 representatives, near-full pairing coverage with a few gaps, 189
 * projects — is written down once, here. Everything random comes from one {@link Random} drawn in a fixed order
 * (never the clock, never a hash order), so a seed always gives byte-identical files and loading the demo again
 * changes nothing. All names are invented; none contains a comma or a quote.
 */
public final class DemoDistrict {

	/** The seed the service loads its demo with. */
	public static final long SEED = 20261125L;

	/** The district's administrative division code (区划代码): the first six digits of every local code. */
	private static final String DIVISION = "610322";

	/** The ledgers are up to date to this day: no contact, no project start after it. */
	private static final LocalDate LEDGER_DATE = LocalDate.of(2026, 10, 31);

	private static final List<ContactKind> CONTACT_KINDS = List.of(ContactKind.values());

	/** A note for each kind of contact, in {@link ContactKind}'s order. */
	private static final List<String> CONTACT_NOTES = List.of("走访了解企业经营和发展困难", "谈心谈话，听取意见建议",
			"参加党外人士座谈会", "电话沟通近况", "共同参加“万企兴万村”观摩活动");

	/** The first {@link #URBAN_TOWNS} make up the district seat: more communities, more enterprises. */
	private static final List<String> TOWN_NAMES = List.of("城关镇", "东湖街道", "虢王镇", "柳林镇", "陈村镇", "石桥镇",
			"南塬镇", "龙泉镇", "杏林镇", "槐原镇", "河口镇", "青峰镇");

	private static final int URBAN_TOWNS = 2;

	private static final int VILLAGES = 150;

	private static final int MIN_VILLAGES_PER_TOWN = 10;

	private static final int MAX_VILLAGES_PER_TOWN = 15;

	private static final int COMMUNITIES_PER_URBAN_TOWN = 5;

	private static final int ENTERPRISES = 250;

	private static final int MIN_ENTERPRISES_PER_TOWN = 12;

	/** Enterprises whose head is one of the representatives; the others have none. */
	private static final int REPRESENTED_ENTERPRISES = 200;

	private static final int ENTERPRISES_WITHOUT_EMPLOYEES = 6;

	private static final int ENTERPRISES_WITHOUT_LOCATION = 4;

	private static final int STANDING_COMMITTEE_MEMBERS = 11;

	private static final int PARTY_GROUP_MEMBERS = 25;

	private static final int PARTY_COMMITTEE_MEMBERS_PER_TOWN = 5;

	private static final int REPRESENTATIVES_WITHOUT_TOWN = 8;

	/** Share of leaders one friend short of their role's quota, so that "below quota" questions find someone. */
	private static final double LEADERS_SHORT_OF_QUOTA = 0.05;

	/** New communities, not yet paired with any enterprise. */
	private static final int NEW_COMMUNITIES = 4;

	/** Villages whose only pairing has ended. */
	private static final int VILLAGES_WITH_ENDED_PAIRING_ONLY = 4;

	/** Villages that also have an ended pairing before their current one. */
	private static final int VILLAGES_WITH_PAIRING_HISTORY = 8;

	private static final double VILLAGES_WITH_SECOND_PAIRING = 0.10;

	private static final int MAX_VILLAGES_PER_ENTERPRISE = 4;

	private static final int PROJECTS = 189;

	private static final int PROJECTS_WITHOUT_INVESTMENT = 5;

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

	/** Project themes any pairing may take up, besides those of the enterprise's own industry. */
	private static final List<String> COMMON_THEMES = List.of("产业联建", "就业帮扶");

	private static final List<String> MINORITY_ETHNICITIES = List.of("回族", "回族", "回族", "回族", "满族", "满族",
			"蒙古族", "蒙古族", "藏族");

	private static final List<LocalDate> FUTURE_ENDS = List.of(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 6, 30),
			LocalDate.of(2031, 12, 31));

	private DemoDistrict() {
	}

	/** The demo's ledgers, kind → CSV text (header first, {@code \n} line ends), in the order a full load uses. */
	public static LinkedHashMap<String, String> csvFiles(long seed) {
		return new Generator(new Random(seed)).csvFiles();
	}

	private enum Industry {

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

		final int weight;

		final List<String> businesses;

		final List<String> themes;

		Industry(int weight, List<String> businesses, List<String> themes) {
			this.weight = weight;
			this.businesses = businesses;
			this.themes = themes;
		}

	}

	/** Of every 100 enterprises, how many of each ownership. */
	private static final Map<Ownership, Integer> OWNERSHIP_WEIGHTS = new EnumMap<>(Map.of(Ownership.PRIVATE, 76,
			Ownership.STATE, 7, Ownership.COLLECTIVE, 9, Ownership.FOREIGN, 3, Ownership.OTHER, 5));

	/** The level each role's leaders hold office at. */
	private static final Map<LeaderRole, LeaderLevel> LEVELS = new EnumMap<>(Map.of(LeaderRole.STANDING_COMMITTEE,
			LeaderLevel.DISTRICT, LeaderRole.PARTY_GROUP, LeaderLevel.DISTRICT, LeaderRole.PARTY_COMMITTEE,
			LeaderLevel.TOWN, LeaderRole.BRANCH_COMMITTEE, LeaderLevel.VILLAGE));

	/** How many representatives a leader of each role is to befriend: the service's default rules. */
	private static final FriendshipRules FRIENDSHIP_RULES = FriendshipRules.defaults();

	/** How many of the 865 representatives fall in each of the 11 united-front categories. */
	private static final Map<Category, Integer> REPRESENTATIVES_PER_CATEGORY = new EnumMap<>(Map.ofEntries(
			Map.entry(Category.DEMOCRATIC_PARTY, 95), Map.entry(Category.NON_PARTISAN, 110),
			Map.entry(Category.INTELLECTUAL, 140), Map.entry(Category.ETHNIC_MINORITY, 45),
			Map.entry(Category.RELIGIOUS, 30), Map.entry(Category.PRIVATE_ECONOMY, 210),
			Map.entry(Category.NEW_SOCIAL_STRATA, 125), Map.entry(Category.RETURNED_OVERSEAS_STUDENT, 50),
			Map.entry(Category.HK_MACAO, 20), Map.entry(Category.TAIWAN, 12), Map.entry(Category.OVERSEAS_CHINESE, 28)));

	private record Town(int index, String code, String name, double latitude, double longitude) {

		boolean isUrban() {
			return this.index < URBAN_TOWNS;
		}

	}

	private record Village(String code, String name, Town town, boolean isCommunity, int households,
			double latitude, double longitude) {
	}

	private record Enterprise(String creditCode, String name, Town town, Industry industry, Ownership ownership,
			Integer employees, Double latitude, Double longitude) {
	}

	private record Leader(String id, String name, String gender, LeaderRole role, Town town) {
	}

	/** A representative's place before the person is drawn: a category, and the enterprise they head if any. */
	private record Seat(Category category, Enterprise enterprise) {
	}

	private record Representative(String id, String name, String gender, int birthYear, String ethnicity,
			Category category, String level, Enterprise enterprise, Town town, String phone) {
	}

	private record Friendship(Leader leader, Representative representative, LocalDate since, LocalDate lastContact) {
	}

	private record Contact(Friendship friendship, LocalDate date, String kind, String note) {
	}

	private record Pairing(Enterprise enterprise, Village village, LocalDate since, LocalDate until) {

		boolean hasEnded() {
			return this.until != null && this.until.isBefore(LEDGER_DATE);
		}

	}

	private record Project(String id, String name, Pairing pairing, String status, LocalDate started,
			String investmentWan) {
	}

	/** One generation run: the district's records as they are drawn, then written out as CSV. */
	private static final class Generator {

		private final Random random;

		private final List<Town> towns = new ArrayList<>();

		private final List<Village> villages = new ArrayList<>();

		private final List<Enterprise> enterprises = new ArrayList<>();

		private final List<Leader> leaders = new ArrayList<>();

		private final List<Representative> representatives = new ArrayList<>();

		private final List<Friendship> friendships = new ArrayList<>();

		private final List<Contact> contacts = new ArrayList<>();

		private final List<Pairing> pairings = new ArrayList<>();

		private final List<Project> projects = new ArrayList<>();

		/** Names and codes already given out; only asked for membership, never iterated. */
		private final Set<String> taken = new HashSet<>();

		Generator(Random random) {
			this.random = random;
		}

		LinkedHashMap<String, String> csvFiles() {
			createTowns();
			createVillages();
			createEnterprises();
			createLeaders();
			createRepresentatives();
			createFriendships();
			createPairings();
			createProjects();
			createContacts();
			LinkedHashMap<String, String> files = new LinkedHashMap<>();
			files.put("towns", townsCsv());
			files.put("villages", villagesCsv());
			files.put("enterprises", enterprisesCsv());
			files.put("leaders", leadersCsv());
			files.put("representatives", representativesCsv());
			files.put("friendships", friendshipsCsv());
			files.put("contacts", contactsCsv());
			files.put("pairings", pairingsCsv());
			files.put("projects", projectsCsv());
			return files;
		}

		// Towns sit on a 4 × 3 grid across the district, each a little off its grid point.
		private void createTowns() {
			for (int i = 0; i < TOWN_NAMES.size(); i++) {
				double latitude = 34.70 - (i / 4) * 0.15 + between(-0.015, 0.015);
				double longitude = 107.20 + (i % 4) * 0.4 / 3 + between(-0.015, 0.015);
				this.towns.add(new Town(i, DIVISION + (100 + i), TOWN_NAMES.get(i), latitude, longitude));
			}
		}

		// Codes follow the statistical convention: communities (居委会) 001–199, villages (村委会) 200–399.
		// A rural town has a community at its seat, sometimes two.
		private void createVillages() {
			int[] counts = spread(VILLAGES, MIN_VILLAGES_PER_TOWN, MAX_VILLAGES_PER_TOWN);
			for (Town town : this.towns) {
				int communities = town.isUrban() ? COMMUNITIES_PER_URBAN_TOWN : 1 + (chance(0.2) ? 1 : 0);
				for (int i = 0; i < counts[town.index()]; i++) {
					boolean community = i < communities;
					int number = community ? 1 + i : 200 + i - communities;
					String code = town.code() + String.format(Locale.ROOT, "%03d", number);
					String name = community ? communityName() : villageName();
					int households = community ? between(500, 2500) : between(80, 1600);
					this.villages.add(new Village(code, name, town, community, households,
							near(town.latitude(), 0.025, 34.3, 34.8), near(town.longitude(), 0.025, 107.1, 107.7)));
				}
			}
		}

		private void createEnterprises() {
			int[] counts = new int[this.towns.size()];
			Arrays.fill(counts, MIN_ENTERPRISES_PER_TOWN);
			for (int extra = ENTERPRISES - counts.length * MIN_ENTERPRISES_PER_TOWN; extra > 0; extra--) {
				counts[weighted(this.towns, (town) -> town.isUrban() ? 4 : 1).index()]++;
			}
			Set<Integer> withoutEmployees = indexes(ENTERPRISES, ENTERPRISES_WITHOUT_EMPLOYEES);
			Set<Integer> withoutLocation = indexes(ENTERPRISES, ENTERPRISES_WITHOUT_LOCATION);
			for (Town town : this.towns) {
				for (int i = 0; i < counts[town.index()]; i++) {
					int index = this.enterprises.size();
					Industry industry = weighted(List.of(Industry.values()), (each) -> each.weight);
					Ownership ownership = weighted(List.of(Ownership.values()), OWNERSHIP_WEIGHTS::get);
					Integer employees = skewed(5, 2000);
					Double latitude = near(town.latitude(), 0.03, 34.3, 34.8);
					Double longitude = near(town.longitude(), 0.03, 107.1, 107.7);
					String name = enterpriseName(industry, ownership);
					this.enterprises.add(new Enterprise(creditCode(), name, town, industry, ownership,
							withoutEmployees.contains(index) ? null : employees,
							withoutLocation.contains(index) ? null : latitude,
							withoutLocation.contains(index) ? null : longitude));
				}
			}
		}

		// District leaders first, then each town's party committee, then the village branch secretaries.
		private void createLeaders() {
			for (int i = 0; i < STANDING_COMMITTEE_MEMBERS; i++) {
				addLeader(LeaderRole.STANDING_COMMITTEE, null, 0.8);
			}
			for (int i = 0; i < PARTY_GROUP_MEMBERS; i++) {
				addLeader(LeaderRole.PARTY_GROUP, null, 0.75);
			}
			for (Town town : this.towns) {
				for (int i = 0; i < PARTY_COMMITTEE_MEMBERS_PER_TOWN; i++) {
					addLeader(LeaderRole.PARTY_COMMITTEE, town, 0.7);
				}
			}
			for (Town town : this.towns) {
				long villagesInTown = this.villages.stream().filter((village) -> village.town() == town).count();
				for (int i = 0; i < (villagesInTown + 1) / 2; i++) {
					addLeader(LeaderRole.BRANCH_COMMITTEE, town, 0.65);
				}
			}
		}

		private void addLeader(LeaderRole role, Town town, double maleShare) {
			String gender = gender(maleShare);
			String id = String.format(Locale.ROOT, "L%05d", this.leaders.size() + 1);
			this.leaders.add(new Leader(id, personName(gender), gender, role, town));
		}

		// Enterprise heads are drawn first, their category following the enterprise's ownership; the rest of
		// each category's quota then goes to people without an enterprise, and everyone is shuffled before ids.
		private void createRepresentatives() {
			Map<Category, Integer> remaining = new LinkedHashMap<>();
			for (Category category : Category.values()) {
				remaining.put(category, REPRESENTATIVES_PER_CATEGORY.get(category));
			}
			List<Seat> seats = new ArrayList<>();
			for (Enterprise enterprise : representedEnterprises()) {
				seats.add(new Seat(takeCategory(remaining, headCategory(enterprise.ownership())), enterprise));
			}
			remaining.forEach((category, count) -> {
				for (int i = 0; i < count; i++) {
					seats.add(new Seat(category, null));
				}
			});
			Collections.shuffle(seats, this.random);
			List<Integer> withoutEnterprise = new ArrayList<>();
			for (int i = 0; i < seats.size(); i++) {
				if (seats.get(i).enterprise() == null) {
					withoutEnterprise.add(i);
				}
			}
			Set<Integer> withoutTown = new HashSet<>(sample(withoutEnterprise, REPRESENTATIVES_WITHOUT_TOWN));
			Set<String> phones = new HashSet<>();
			for (int i = 0; i < seats.size(); i++) {
				Category category = seats.get(i).category();
				Enterprise enterprise = seats.get(i).enterprise();
				String gender = gender((category == Category.PRIVATE_ECONOMY) ? 0.75 : 0.6);
				Town town = (enterprise != null) ? enterprise.town()
						: withoutTown.contains(i) ? null : weighted(this.towns, (each) -> each.isUrban() ? 3 : 1);
				String id = String.format(Locale.ROOT, "R%05d", i + 1);
				this.representatives.add(new Representative(id, personName(gender), gender, birthYear(),
						ethnicity(category), category, representativeLevel(), enterprise, town, phone(phones)));
			}
		}

		// Mostly private firms: 非公有制经济人士 head non-public enterprises; some public ones have a head too.
		private List<Enterprise> representedEnterprises() {
			List<Enterprise> represented = new ArrayList<>();
			List<Enterprise> candidates = new ArrayList<>(this.enterprises);
			Collections.shuffle(candidates, this.random);
			for (Enterprise enterprise : candidates) {
				if (isPublic(enterprise.ownership()) && chance(0.4)) {
					represented.add(enterprise);
				}
			}
			for (Enterprise enterprise : candidates) {
				if (represented.size() < REPRESENTED_ENTERPRISES && !isPublic(enterprise.ownership())) {
					represented.add(enterprise);
				}
			}
			return represented;
		}

		private Category headCategory(Ownership ownership) {
			return switch (ownership) {
				case STATE, COLLECTIVE -> pick(List.of(Category.INTELLECTUAL, Category.NON_PARTISAN,
						Category.DEMOCRATIC_PARTY));
				case FOREIGN -> pick(List.of(Category.HK_MACAO, Category.TAIWAN, Category.OVERSEAS_CHINESE));
				case PRIVATE, OTHER -> chance(0.92) ? Category.PRIVATE_ECONOMY
						: pick(List.of(Category.RETURNED_OVERSEAS_STUDENT, Category.NEW_SOCIAL_STRATA));
			};
		}

		/** The wanted category while its quota lasts, else the one with the most places left. */
		private Category takeCategory(Map<Category, Integer> remaining, Category wanted) {
			Category category = (remaining.get(wanted) > 0) ? wanted
					: remaining.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			remaining.merge(category, -1, Integer::sum);
			return category;
		}

		private int birthYear() {
			return 1950 + (this.random.nextInt(51) + this.random.nextInt(51)) / 2;
		}

		private String ethnicity(Category category) {
			if (category == Category.ETHNIC_MINORITY) {
				return pick(MINORITY_ETHNICITIES);
			}
			double minorityShare = (category == Category.RELIGIOUS) ? 0.3 : 0.04;
			return chance(minorityShare) ? pick(MINORITY_ETHNICITIES) : "汉族";
		}

		private String representativeLevel() {
			double draw = this.random.nextDouble();
			return (draw < 0.03) ? "PROVINCIAL" : (draw < 0.23) ? "MUNICIPAL" : "DISTRICT";
		}

		private String phone(Set<String> phones) {
			String phone;
			do {
				StringBuilder digits = new StringBuilder(pick(List.of("13", "15", "18", "19")));
				while (digits.length() < 11) {
					digits.append(this.random.nextInt(10));
				}
				phone = digits.toString();
			}
			while (!phones.add(phone));
			return phone;
		}

		// Town and village leaders mostly befriend people of their own town; standing committee members
		// lean towards representatives of provincial or municipal standing.
		private void createFriendships() {
			List<List<Representative>> byTown = byTown(this.representatives, Representative::town);
			List<Representative> senior = this.representatives.stream()
				.filter((representative) -> !representative.level().equals("DISTRICT"))
				.toList();
			int shortCount = (int) Math.round(this.leaders.size() * LEADERS_SHORT_OF_QUOTA);
			Set<Integer> oneShort = indexes(this.leaders.size(), shortCount);
			for (int i = 0; i < this.leaders.size(); i++) {
				Leader leader = this.leaders.get(i);
				int friends = FRIENDSHIP_RULES.quotaOf(leader.role()) - (oneShort.contains(i) ? 1 : 0);
				List<Representative> preferred = (leader.town() != null) ? byTown.get(leader.town().index())
						: (leader.role() == LeaderRole.STANDING_COMMITTEE) ? senior : this.representatives;
				List<Representative> chosen = new ArrayList<>();
				while (chosen.size() < friends) {
					Representative representative = pick(chance(0.8) ? preferred : this.representatives);
					if (!chosen.contains(representative)) {
						chosen.add(representative);
					}
				}
				chosen.sort(Comparator.comparing(Representative::id));
				for (Representative representative : chosen) {
					LocalDate since = dateBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30));
					LocalDate lastContact = chance(0.1) ? null : dateBetween(since, LEDGER_DATE);
					this.friendships.add(new Friendship(leader, representative, since, lastContact));
				}
			}
		}

		// Each friendship with a last contact has it on its timeline, after up to three earlier contacts, and most
		// have had a contact in the two months before the ledger date, which the friendships ledger has not caught
		// up with: about one in five is overdue. Drawn last, so that adding contacts left every other ledger of a
		// seed as it was.
		private void createContacts() {
			for (Friendship friendship : this.friendships) {
				if (friendship.lastContact() == null) {
					continue;
				}
				var dates = new TreeSet<LocalDate>();
				dates.add(friendship.lastContact());
				int earlier = this.random.nextInt(4);
				for (int i = 0; i < earlier; i++) {
					dates.add(dateBetween(friendship.since(), friendship.lastContact()));
				}
				LocalDate recently = LEDGER_DATE.minusDays(60);
				if (chance(0.85) && !recently.isBefore(friendship.since())) {
					dates.add(dateBetween(recently, LEDGER_DATE));
				}
				for (LocalDate date : dates) {
					int kind = this.random.nextInt(CONTACT_KINDS.size());
					this.contacts.add(new Contact(friendship, date, CONTACT_KINDS.get(kind).name(), CONTACT_NOTES.get(kind)));
				}
			}
		}

		// Every village gets a current pairing, preferably with an enterprise of its own town, except a few new
		// communities (none yet) and a few villages whose only pairing has ended. Some villages have a second
		// current pairing, some an ended one before their current one.
		private void createPairings() {
			List<Village> communities = this.villages.stream().filter(Village::isCommunity).toList();
			Set<Village> newCommunities = new HashSet<>(sample(communities, NEW_COMMUNITIES));
			List<Village> rest = this.villages.stream()
				.filter((village) -> !village.isCommunity())
				.toList();
			List<Village> shuffled = sample(rest, rest.size());
			Set<Village> endedOnly = new HashSet<>(shuffled.subList(0, VILLAGES_WITH_ENDED_PAIRING_ONLY));
			Set<Village> withHistory = new HashSet<>(shuffled.subList(VILLAGES_WITH_ENDED_PAIRING_ONLY,
					VILLAGES_WITH_ENDED_PAIRING_ONLY + VILLAGES_WITH_PAIRING_HISTORY));
			Map<String, Integer> load = new HashMap<>();
			for (Village village : this.villages) {
				if (newCommunities.contains(village)) {
					continue;
				}
				List<Enterprise> partners = new ArrayList<>();
				if (endedOnly.contains(village)) {
					LocalDate since = dateBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 6, 30));
					LocalDate until = dateBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
					addPairing(partner(village, partners, load), village, since, until, load);
					continue;
				}
				LocalDate earliest = LocalDate.of(2018, 1, 1);
				if (withHistory.contains(village)) {
					LocalDate since = dateBetween(earliest, LocalDate.of(2021, 6, 30));
					LocalDate until = dateBetween(since.plusYears(1), LocalDate.of(2023, 12, 31));
					addPairing(partner(village, partners, load), village, since, until, load);
					earliest = until;
				}
				int current = chance(VILLAGES_WITH_SECOND_PAIRING) ? 2 : 1;
				for (int i = 0; i < current; i++) {
					LocalDate since = dateBetween(earliest, LocalDate.of(2025, 6, 30));
					LocalDate until = chance(0.05) ? pick(FUTURE_ENDS) : null;
					addPairing(partner(village, partners, load), village, since, until, load);
				}
			}
		}

		private void addPairing(Enterprise enterprise, Village village, LocalDate since, LocalDate until,
				Map<String, Integer> load) {
			this.pairings.add(new Pairing(enterprise, village, since, until));
			load.merge(enterprise.creditCode(), 1, Integer::sum);
		}

		/**
		 * An enterprise for the village, not yet paired with it and below its limit: usually of the village's own
		 * town, and more likely one already paired elsewhere, so that a few enterprises carry several villages.
		 */
		private Enterprise partner(Village village, List<Enterprise> partners, Map<String, Integer> load) {
			Predicate<Enterprise> free = (enterprise) -> !partners.contains(enterprise)
					&& load.getOrDefault(enterprise.creditCode(), 0) < MAX_VILLAGES_PER_ENTERPRISE;
			List<Enterprise> candidates = this.enterprises.stream()
				.filter(free)
				.filter((enterprise) -> enterprise.town() == village.town())
				.toList();
			if (candidates.isEmpty() || chance(0.08)) {
				candidates = this.enterprises.stream().filter(free).toList();
			}
			Enterprise partner = weighted(candidates,
					(enterprise) -> 2 + load.getOrDefault(enterprise.creditCode(), 0));
			partners.add(partner);
			return partner;
		}

		// Most projects belong to current pairings; those of ended pairings were completed while they lasted.
		private void createProjects() {
			List<Pairing> current = this.pairings.stream().filter((pairing) -> !pairing.hasEnded()).toList();
			List<Pairing> ended = this.pairings.stream().filter(Pairing::hasEnded).toList();
			Set<Integer> withoutInvestment = indexes(PROJECTS, PROJECTS_WITHOUT_INVESTMENT);
			Map<String, Integer> phases = new HashMap<>();
			for (int i = 0; i < PROJECTS; i++) {
				Pairing pairing = chance(0.95) ? pick(current) : pick(ended);
				String status = pairing.hasEnded() ? "COMPLETED" : projectStatus();
				LocalDate latest = pairing.hasEnded() ? pairing.until()
						: status.equals("COMPLETED") ? LEDGER_DATE.minusMonths(6) : LEDGER_DATE;
				LocalDate started = status.equals("PLANNED") ? null : dateBetween(pairing.since(), latest);
				String id = String.format(Locale.ROOT, "P%04d", i + 1);
				this.projects.add(new Project(id, projectName(pairing, phases), pairing, status, started,
						withoutInvestment.contains(i) ? null : investment()));
			}
		}

		private String projectStatus() {
			double draw = this.random.nextDouble();
			return (draw < 0.2) ? "PLANNED" : (draw < 0.6) ? "IN_PROGRESS" : "COMPLETED";
		}

		/** 王家村产业联建项目, and for a second one on the same theme 王家村产业联建二期项目. */
		private String projectName(Pairing pairing, Map<String, Integer> phases) {
			List<String> themes = new ArrayList<>(COMMON_THEMES);
			themes.addAll(pairing.enterprise().industry().themes);
			themes.addAll(pairing.enterprise().industry().themes);
			String base = pairing.village().name() + pick(themes);
			int phase = phases.merge(base, 1, Integer::sum);
			return base + ((phase == 1) ? "" : chineseNumber(phase) + "期") + "项目";
		}

		/** Investment in 10,000 yuan, 10–3000, mostly modest; some with one decimal. */
		private String investment() {
			long tenths = Math.round(skewed(10, 3000) * 10 + (chance(0.3) ? this.random.nextInt(10) : 0));
			tenths = Math.min(tenths, 30000);
			return (tenths % 10 == 0) ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
		}

		private String townsCsv() {
			Csv csv = new Csv("code", "name");
			for (Town town : this.towns) {
				csv.row(town.code(), town.name());
			}
			return csv.toString();
		}

		private String villagesCsv() {
			Csv csv = new Csv("code", "name", "town_code", "kind", "households", "latitude", "longitude");
			for (Village village : this.villages) {
				csv.row(village.code(), village.name(), village.town().code(),
						village.isCommunity() ? "COMMUNITY" : "VILLAGE", Integer.toString(village.households()),
						coordinate(village.latitude()), coordinate(village.longitude()));
			}
			return csv.toString();
		}

		private String enterprisesCsv() {
			Csv csv = new Csv("credit_code", "name", "town_code", "industry", "ownership", "employees", "latitude",
					"longitude");
			for (Enterprise enterprise : this.enterprises) {
				csv.row(enterprise.creditCode(), enterprise.name(), enterprise.town().code(),
						enterprise.industry().name(), enterprise.ownership().name(), text(enterprise.employees()),
						coordinate(enterprise.latitude()), coordinate(enterprise.longitude()));
			}
			return csv.toString();
		}

		private String leadersCsv() {
			Csv csv = new Csv("id", "name", "gender", "role", "level", "town_code");
			for (Leader leader : this.leaders) {
				csv.row(leader.id(), leader.name(), leader.gender(), leader.role().name(), LEVELS.get(leader.role()).name(),
						(leader.town() != null) ? leader.town().code() : "");
			}
			return csv.toString();
		}

		private String representativesCsv() {
			Csv csv = new Csv("id", "name", "gender", "birth_year", "ethnicity", "category", "level",
					"enterprise_credit_code", "town_code", "phone");
			for (Representative representative : this.representatives) {
				csv.row(representative.id(), representative.name(), representative.gender(),
						Integer.toString(representative.birthYear()), representative.ethnicity(),
						representative.category().name(), representative.level(),
						(representative.enterprise() != null) ? representative.enterprise().creditCode() : "",
						(representative.town() != null) ? representative.town().code() : "", representative.phone());
			}
			return csv.toString();
		}

		private String friendshipsCsv() {
			Csv csv = new Csv("leader_id", "representative_id", "since", "last_contact");
			for (Friendship friendship : this.friendships) {
				csv.row(friendship.leader().id(), friendship.representative().id(), text(friendship.since()),
						text(friendship.lastContact()));
			}
			return csv.toString();
		}

		private String contactsCsv() {
			Csv csv = new Csv("leader_id", "representative_id", "date", "kind", "note");
			for (Contact contact : this.contacts) {
				csv.row(contact.friendship().leader().id(), contact.friendship().representative().id(),
						text(contact.date()), contact.kind(), contact.note());
			}
			return csv.toString();
		}

		private String pairingsCsv() {
			Csv csv = new Csv("enterprise_credit_code", "village_code", "since", "until");
			for (Pairing pairing : this.pairings) {
				csv.row(pairing.enterprise().creditCode(), pairing.village().code(), text(pairing.since()),
						text(pairing.until()));
			}
			return csv.toString();
		}

		private String projectsCsv() {
			Csv csv = new Csv("id", "name", "enterprise_credit_code", "village_code", "status", "started",
					"investment_wan");
			for (Project project : this.projects) {
				csv.row(project.id(), project.name(), project.pairing().enterprise().creditCode(),
						project.pairing().village().code(), project.status(), text(project.started()),
						(project.investmentWan() != null) ? project.investmentWan() : "");
			}
			return csv.toString();
		}

		/**
		 * 91 (an enterprise registered with market regulation), the division code, a 9-character organisation
		 * code and the check character. Most organisation codes have the {@code MA} of registrations since 2015;
		 * older ones are the former 8 digits and a check digit or X.
		 */
		private String creditCode() {
			String code;
			do {
				StringBuilder body = new StringBuilder("91").append(DIVISION);
				if (chance(0.7)) {
					body.append("MA");
					while (body.length() < 17) {
						body.append(pick(CreditCode.ALPHABET));
					}
				}
				else {
					while (body.length() < 16) {
						body.append(this.random.nextInt(10));
					}
					body.append(pick("0123456789X"));
				}
				code = body.toString() + CreditCode.checkCharacter(body.toString());
			}
			while (!this.taken.add(code));
			return code;
		}

		private String enterpriseName(Industry industry, Ownership ownership) {
			String form = (ownership == Ownership.STATE) ? "有限责任公司" : "有限公司";
			return unique(() -> pick(BRANDS) + pick(industry.businesses) + form);
		}

		private String villageName() {
			return unique(() -> chance(0.6) ? pick(SURNAMES) + pick(VILLAGE_SURNAME_ENDINGS)
					: "" + pick(PLACE_PREFIXES) + pick(PLACE_FEATURES) + "村");
		}

		private String communityName() {
			return unique(() -> pick(COMMUNITY_NAMES) + "社区");
		}

		/** A surname and one or two given characters, unique among all the district's people. */
		private String personName(String gender) {
			String given = gender.equals("MALE") ? MALE_GIVEN : FEMALE_GIVEN;
			return unique(() -> {
				char first = pick(given);
				if (chance(0.4)) {
					return "" + pick(SURNAMES) + first;
				}
				char second;
				do {
					second = pick(given);
				}
				while (second == first);
				return "" + pick(SURNAMES) + first + second;
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

		private String gender(double maleShare) {
			return chance(maleShare) ? "MALE" : "FEMALE";
		}

		/** {@code total} split over the towns, each getting {@code min}..{@code max}. */
		private int[] spread(int total, int min, int max) {
			int[] counts = new int[this.towns.size()];
			int left = total;
			for (int i = 0; i < counts.length; i++) {
				counts[i] = min;
				left -= min;
			}
			while (left > 0) {
				int i = this.random.nextInt(counts.length);
				if (counts[i] < max) {
					counts[i]++;
					left--;
				}
			}
			return counts;
		}

		private <T> List<List<T>> byTown(List<T> items, Function<T, Town> town) {
			List<List<T>> byTown = new ArrayList<>();
			for (int i = 0; i < this.towns.size(); i++) {
				byTown.add(new ArrayList<>());
			}
			for (T item : items) {
				if (town.apply(item) != null) {
					byTown.get(town.apply(item).index()).add(item);
				}
			}
			return byTown;
		}

		private int between(int min, int max) {
			return min + this.random.nextInt(max - min + 1);
		}

		private double between(double min, double max) {
			return min + this.random.nextDouble() * (max - min);
		}

		/** Between min and max, most values near min: a few large enterprises, many small ones. */
		private int skewed(int min, int max) {
			double draw = this.random.nextDouble();
			return min + (int) Math.round(draw * draw * draw * (max - min));
		}

		private double near(double centre, double spread, double min, double max) {
			return Math.max(min, Math.min(max, centre + this.random.nextGaussian() * spread));
		}

		private boolean chance(double probability) {
			return this.random.nextDouble() < probability;
		}

		private LocalDate dateBetween(LocalDate first, LocalDate last) {
			return first.plusDays(this.random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
		}

		private <T> T pick(List<T> items) {
			return items.get(this.random.nextInt(items.size()));
		}

		private char pick(String characters) {
			return characters.charAt(this.random.nextInt(characters.length()));
		}

		private <T> T weighted(List<T> items, ToIntFunction<T> weight) {
			int total = items.stream().mapToInt(weight).sum();
			int draw = this.random.nextInt(total);
			for (T item : items) {
				draw -= weight.applyAsInt(item);
				if (draw < 0) {
					return item;
				}
			}
			throw new IllegalStateException("weights changed while drawing");
		}

		/** {@code count} items of the list in random order. */
		private <T> List<T> sample(List<T> items, int count) {
			List<T> copy = new ArrayList<>(items);
			Collections.shuffle(copy, this.random);
			return copy.subList(0, count);
		}

		private List<Integer> shuffled(int size) {
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				order.add(i);
			}
			Collections.shuffle(order, this.random);
			return order;
		}

		private Set<Integer> indexes(int size, int count) {
			return new HashSet<>(shuffled(size).subList(0, count));
		}

	}

	/** State and collective enterprises, whose heads are seldom private-economy figures. */
	private static boolean isPublic(Ownership ownership) {
		return ownership == Ownership.STATE || ownership == Ownership.COLLECTIVE;
	}

	private static String chineseNumber(int number) {
		return (number <= 10) ? "一二三四五六七八九十".substring(number - 1, number) : Integer.toString(number);
	}

	private static String coordinate(Double degrees) {
		return (degrees != null) ? String.format(Locale.ROOT, "%.5f", degrees) : "";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/** CSV text with {@code \n} line ends, as the import reads it; commons-csv quotes a cell only where it must. */
	private static final class Csv {

		private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

		private final StringBuilder text = new StringBuilder();

		private final CSVPrinter printer;

		Csv(String... header) {
			try {
				this.printer = new CSVPrinter(this.text, FORMAT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			row(header);
		}

		void row(String... cells) {
			try {
				this.printer.printRecord((Object[]) cells);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

}
