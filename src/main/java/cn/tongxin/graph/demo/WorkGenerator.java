package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.demo.District.Duty;
import cn.tongxin.graph.demo.District.DutyCheck;
import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Meeting;
import cn.tongxin.graph.demo.District.Member;
import cn.tongxin.graph.demo.District.Pairing;
import cn.tongxin.graph.demo.District.Problem;
import cn.tongxin.graph.demo.District.Site;
import cn.tongxin.graph.demo.District.SiteActivity;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Unit;
import cn.tongxin.graph.demo.District.Village;
import cn.tongxin.graph.enterprise.Ownership;
import cn.tongxin.graph.unit.UnitDomain;

/**
 * Draws what the district's report counts of the work itself, so that its 2025 figures come out of the graph as
 * the report states them: the sites (29 secretaries' demonstration points, 4 + 3 + 5 + 7 bases and pilots, 13
 * practice centres, 16 practice stations and a few brand rooms, all established by the report day, two more
 * stations since), their activities, a duty list for every town and unit in 2025 and 2026 with its checks, the
 * problems of private enterprises (65 resolved in 2025, others open, some overdue) and the meetings (6 in 2025).
 * Values are the import's words (the ledgers' enums by name).
 */
final class WorkGenerator {

	/** Sites established by the report day, by kind, as the report counts them. */
	static final Map<String, Integer> SITES_ON_REPORT_DATE = Map.of("SECRETARY_DEMONSTRATION_POINT", 29,
			"NEW_STRATA_INNOVATION_BASE", 4, "QINCHUANGYUAN_BASE", 3, "VILLAGE_ENTERPRISE_PILOT", 5,
			"RELIGIOUS_DEMONSTRATION_SITE", 7, "PRACTICE_CENTRE", 13, "PRACTICE_STATION", 16, "BRAND_ROOM", 3);

	/** Practice stations set up since the report day. */
	static final int STATIONS_SINCE_REPORT = 2;

	static final int PROBLEMS_RESOLVED_IN_REPORT_YEAR = 65;

	static final int MEETINGS_IN_REPORT_YEAR = 6;

	static final List<String> STANDARDS = List.of("PLACE", "FACILITIES", "RULES", "MATERIALS", "ACTIVITIES",
			"RECORDS");

	private static final List<String> COMMON_DUTIES = List.of("学习贯彻《中国共产党统一战线工作条例》", "建立党外代表人士联系交友台账",
			"落实统战工作责任制并年度述职", "开展铸牢中华民族共同体意识宣传教育", "做好民营经济人士联系服务工作");

	private static final List<String> SPECIFIC_DUTIES = List.of("推进“万企兴万村”结对项目落地", "建设同心实践站并常态化开展活动",
			"做好新的社会阶层人士联谊组织建设", "开展宗教活动场所安全检查", "落实党外干部培养选拔计划", "组织党外知识分子建言献策",
			"办好“亲清政商”座谈会", "做好港澳台侨联络服务", "推进民营企业“服务月”活动", "做好民族团结进步示范创建",
			"支持民主党派基层组织开展活动", "做好统战信息报送");

	private static final List<String> ACTIVITY_TITLES = List.of("同心讲堂：学习党的二十届三中全会精神", "政策宣讲进村（社区）",
			"亲清政商座谈会", "民族团结进步宣传活动", "党外代表人士建言献策会", "法律服务进企业", "同心义诊", "助学帮扶活动",
			"非公经济人士培训班", "新的社会阶层人士联谊活动", "宗教政策法规学习会", "乡村振兴产业对接会");

	private static final Map<String, List<String>> PROBLEM_TITLES = Map.of("POLICY", List.of("惠企政策兑现进度慢", "研发费用加计扣除政策咨询"),
			"FINANCING", List.of("流动资金贷款续贷困难", "担保融资渠道少"), "LAND", List.of("扩建用地指标未落实", "厂房产权证办理滞后"),
			"LABOUR", List.of("技术工人招聘难", "季节性用工短缺"), "PERMITS", List.of("环评审批周期长", "消防验收手续繁"),
			"ARREARS", List.of("政府项目工程款拖欠", "账款回收困难"), "DISPUTE", List.of("与村集体合同纠纷", "知识产权纠纷"),
			"INFRASTRUCTURE", List.of("园区道路破损影响运输", "工业用电容量不足"), "OTHER", List.of("子女入学咨询", "企业人才公寓需求"));

	private static final List<String> PROBLEM_CATEGORIES = List.of("POLICY", "FINANCING", "LAND", "LABOUR", "PERMITS",
			"ARREARS", "DISPUTE", "INFRASTRUCTURE", "OTHER");

	private static final List<String> MEETING_TOPICS = List.of("专题研究统一战线工作", "听取全区统战工作情况汇报",
			"研究部署民营经济统战工作", "审议年度统战工作要点", "研究党外代表人士队伍建设", "部署宗教领域重点工作",
			"研究“万企兴万村”行动推进情况", "听取同心实践站建设情况汇报");

	private static final LocalDate REPORT_YEAR_START = LocalDate.of(2025, 1, 1);

	private final Draws draws;

	WorkGenerator(Draws draws) {
		this.draws = draws;
	}

	// Sites by kind in a fixed order: the report's kinds, then the stations set up since the report day.
	List<Site> sites(List<Town> towns, List<Village> settled, List<Unit> units, List<Pairing> pairings) {
		List<Site> sites = new ArrayList<>();
		List<Unit> institutions = units.stream()
			.filter((unit) -> unit.domain() != UnitDomain.DEPARTMENT && unit.domain() != UnitDomain.OTHER)
			.toList();
		for (int i = 0; i < 5; i++) {
			Unit unit = institutions.get(i * institutions.size() / 5);
			add(sites, "SECRETARY_DEMONSTRATION_POINT", "DISTRICT", domainOf(unit), unit.town(), null,
					unit.enterprise(), unit, unit.name() + "书记统战示范点");
		}
		for (Town town : towns) {
			add(sites, "SECRETARY_DEMONSTRATION_POINT", "TOWN", "TOWN", town, null, null, null,
					town.name() + "党委书记统战示范点");
		}
		List<Village> demonstrationVillages = this.draws.sample(settled, 12 + 16);
		for (Village village : demonstrationVillages.subList(0, 12)) {
			add(sites, "SECRETARY_DEMONSTRATION_POINT", "VILLAGE", "VILLAGE", village.town(), village, null, null,
					village.name() + "党组织书记统战示范点");
		}
		List<Enterprise> enterprises = new ArrayList<>();
		pairings.stream()
			.filter((pairing) -> pairing.until() == null)
			.map(Pairing::enterprise)
			.filter((enterprise) -> !enterprises.contains(enterprise))
			.forEach(enterprises::add);
		List<Enterprise> hosts = this.draws.sample(enterprises, 4 + 3);
		for (int i = 0; i < 4; i++) {
			Enterprise enterprise = hosts.get(i);
			add(sites, "NEW_STRATA_INNOVATION_BASE", (i == 0) ? "MUNICIPAL" : "DISTRICT", "NEW_STRATA",
					enterprise.town(), null, enterprise, null, "新的社会阶层人士统战工作实践创新基地（" + enterprise.name() + "）");
		}
		for (int i = 4; i < 7; i++) {
			Enterprise enterprise = hosts.get(i);
			add(sites, "QINCHUANGYUAN_BASE", "MUNICIPAL", "ENTERPRISE", enterprise.town(), null, enterprise, null,
					"“助力秦创园”示范项目基地（" + enterprise.name() + "）");
		}
		List<Pairing> current = pairings.stream()
			.filter((pairing) -> pairing.until() == null && settled.contains(pairing.village()))
			.toList();
		for (Pairing pairing : this.draws.sample(current, 5)) {
			add(sites, "VILLAGE_ENTERPRISE_PILOT", "DISTRICT", "VILLAGE", pairing.village().town(), pairing.village(),
					pairing.enterprise(), null,
					"“村企互联共建”实验项目（" + pairing.village().name() + "—" + pairing.enterprise().name() + "）");
		}
		List<String> venues = List.of("清真寺", "佛教寺院", "基督教堂", "道观", "天主教堂", "清真寺", "佛教寺院");
		List<String> religiousLevels = List.of("PROVINCIAL", "MUNICIPAL", "MUNICIPAL", "DISTRICT", "DISTRICT",
				"DISTRICT", "DISTRICT");
		for (int i = 0; i < 7; i++) {
			Town town = towns.get((i * 5 + 1) % towns.size());
			add(sites, "RELIGIOUS_DEMONSTRATION_SITE", religiousLevels.get(i), "RELIGION", town, null, null, null,
					town.name() + venues.get(i) + "（宗教中国化示范场所）");
		}
		add(sites, "PRACTICE_CENTRE", "DISTRICT", "OTHER", null, null, null, null, "区同心实践中心");
		for (Town town : towns) {
			add(sites, "PRACTICE_CENTRE", "TOWN", "TOWN", town, null, null, null, town.name() + "同心实践中心");
		}
		for (Village village : demonstrationVillages.subList(12, 28)) {
			add(sites, "PRACTICE_STATION", "VILLAGE", "VILLAGE", village.town(), village, null, null,
					village.name() + "同心实践站");
		}
		Unit park = units.stream().filter((unit) -> unit.domain() == UnitDomain.PARK).findFirst().orElseThrow();
		add(sites, "BRAND_ROOM", "DISTRICT", "OTHER", null, null, null, null, "同心荟");
		add(sites, "BRAND_ROOM", "DISTRICT", "PARK", park.town(), null, null, park, "亲清会客室（" + park.name() + "）");
		add(sites, "BRAND_ROOM", "TOWN", "TOWN", towns.get(0), null, null, null, towns.get(0).name() + "同心工作室");
		List<Village> rest = settled.stream().filter((village) -> !demonstrationVillages.contains(village)).toList();
		for (Village village : this.draws.sample(rest, STATIONS_SINCE_REPORT)) {
			Site site = site(sites.size(), "PRACTICE_STATION", "VILLAGE", "VILLAGE", village.town(), village, null,
					null, village.name() + "同心实践站",
					this.draws.dateBetween(District.REPORT_DATE.plusDays(30), District.LEDGER_DATE.minusDays(60)));
			sites.add(site);
		}
		return sites;
	}

	private void add(List<Site> sites, String kind, String level, String domain, Town town, Village village,
			Enterprise enterprise, Unit unit, String name) {
		sites.add(site(sites.size(), kind, level, domain, town, village, enterprise, unit, name,
				this.draws.dateBetween(LocalDate.of(2019, 1, 1), District.REPORT_DATE.minusDays(30))));
	}

	private Site site(int index, String kind, String level, String domain, Town town, Village village,
			Enterprise enterprise, Unit unit, String name, LocalDate established) {
		boolean built = kind.startsWith("PRACTICE_");
		List<String> standards = new ArrayList<>(STANDARDS);
		if (this.draws.chance(built ? 0.15 : 0.3)) {
			standards.remove(this.draws.below(standards.size()));
			if (this.draws.chance(0.3)) {
				standards.remove(this.draws.below(standards.size()));
			}
		}
		Double latitude = null;
		Double longitude = null;
		if (village != null) {
			latitude = this.draws.near(village.latitude(), 0.002, -90, 90);
			longitude = this.draws.near(village.longitude(), 0.002, -180, 180);
		}
		else if (town != null) {
			latitude = this.draws.near(town.latitude(), 0.004, -90, 90);
			longitude = this.draws.near(town.longitude(), 0.004, -180, 180);
		}
		return new Site(String.format(Locale.ROOT, "ZD%03d", index + 1), name, kind, level, domain, town, village,
				enterprise, unit, established, standards, this.draws.between(3, 12), latitude, longitude);
	}

	private static String domainOf(Unit unit) {
		return switch (unit.domain()) {
			case PARK -> "PARK";
			case ENTERPRISE -> "ENTERPRISE";
			case SCHOOL -> "SCHOOL";
			case HOSPITAL -> "HOSPITAL";
			default -> "OTHER";
		};
	}

	/**
	 * Each site's activities since 2024 (or its establishment) to the ledgers' date, with a few members who took part:
	 * members of its town (any town for a district site) in the ledger on the day.
	 */
	List<SiteActivity> activities(List<Site> sites, List<Member> members) {
		Map<Town, List<Member>> byTown = new HashMap<>();
		for (Member member : members) {
			byTown.computeIfAbsent(member.town(), (town) -> new ArrayList<>()).add(member);
		}
		List<SiteActivity> activities = new ArrayList<>();
		for (Site site : sites) {
			LocalDate first = site.establishedOn().isAfter(LocalDate.of(2024, 1, 1)) ? site.establishedOn()
					: LocalDate.of(2024, 1, 1);
			int count = site.kind().equals("PRACTICE_CENTRE") ? this.draws.between(6, 10)
					: site.kind().equals("PRACTICE_STATION") ? this.draws.between(3, 6) : this.draws.between(2, 5);
			List<Member> local = byTown.getOrDefault(site.town(), members);
			Set<String> keys = new HashSet<>();
			for (int i = 0; i < count; i++) {
				LocalDate date = this.draws.dateBetween(first, District.LEDGER_DATE);
				String title = this.draws.pick(ACTIVITY_TITLES);
				List<Member> took = new ArrayList<>();
				for (int j = this.draws.between(0, 5); j > 0; j--) {
					Member member = this.draws.pick(local);
					boolean inLedger = !member.joinedOn().isAfter(date)
							&& (member.leftOn() == null || member.leftOn().isAfter(date));
					if (inLedger && !took.contains(member)) {
						took.add(member);
					}
				}
				if (keys.add(date + title)) {
					activities.add(new SiteActivity(site, date, title, this.draws.between(12, 80) + took.size(), took));
				}
			}
		}
		return activities;
	}

	/** A list for every town and unit in 2025 and 2026: the five common duties and one to three of its own. */
	List<Duty> duties(List<Town> towns, List<Unit> units) {
		List<String> holders = new ArrayList<>();
		towns.forEach((town) -> holders.add(town.code()));
		units.forEach((unit) -> holders.add(unit.code()));
		List<Duty> duties = new ArrayList<>();
		for (int year : List.of(2025, 2026)) {
			for (String holder : holders) {
				int item = 0;
				for (String title : COMMON_DUTIES) {
					item++;
					duties.add(new Duty(dutyId(year, holder, item), holder, "COMMON", title, year,
							LocalDate.of(year, (item <= 2) ? 6 : 12, (item <= 2) ? 30 : 31), null));
				}
				for (String title : this.draws.sample(SPECIFIC_DUTIES, this.draws.between(1, 3))) {
					item++;
					duties.add(new Duty(dutyId(year, holder, item), holder, "SPECIFIC", title, year,
							this.draws.dateBetween(LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 31)),
							this.draws.between(2, 6) * 5));
				}
			}
		}
		return duties;
	}

	private static String dutyId(int year, String holder, int item) {
		return String.format(Locale.ROOT, "ZR%d-%s-%02d", year, holder, item);
	}

	/**
	 * Checks: a year-end check of every 2025 duty and a mid-year check of about half of them; the mid-year checks of
	 * 2026. Most are done; a duty not done gets a reminder, or at year end a rectification; a few full marks at
	 * year end are commended.
	 */
	List<DutyCheck> checks(List<Duty> duties) {
		List<DutyCheck> checks = new ArrayList<>();
		for (Duty duty : duties) {
			int year = duty.year();
			if (year == 2025 && this.draws.chance(0.5) || year == 2026) {
				checks.add(check(duty, this.draws.dateBetween(LocalDate.of(year, 6, 15), LocalDate.of(year, 7, 15)),
						false));
			}
			if (year == 2025) {
				checks.add(check(duty, this.draws.dateBetween(LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 28)),
						true));
			}
		}
		return checks;
	}

	private DutyCheck check(Duty duty, LocalDate on, boolean yearEnd) {
		int weight = duty.weightOrDefault();
		double draw = this.draws.fraction();
		if (draw < 0.7) {
			boolean commended = yearEnd && this.draws.chance(0.06);
			return new DutyCheck(duty, on, "DONE", weight, commended ? "COMMENDATION" : "NONE",
					commended ? "成效突出，予以表彰" : "");
		}
		if (draw < 0.92) {
			boolean reminded = this.draws.chance(0.3);
			return new DutyCheck(duty, on, "PARTLY", (int) Math.round(weight * this.draws.between(0.4, 0.8)),
					reminded ? "REMINDER" : "NONE", reminded ? "进度滞后，已发函提醒" : "部分完成");
		}
		return new DutyCheck(duty, on, "NOT_DONE", (int) Math.round(weight * this.draws.between(0.0, 0.3)),
				yearEnd ? "RECTIFICATION" : "REMINDER", yearEnd ? "未完成，通报整改" : "未启动，发函提醒");
	}

	/**
	 * Problems of private enterprises: a few raised late in 2024 and resolved early in 2025, those of 2025 (most
	 * resolved that year, so that {@link #PROBLEMS_RESOLVED_IN_REPORT_YEAR} were resolved in it, some in 2026, some
	 * still open), and those of 2026, some open and overdue. Their lead is a department or the enterprise's town.
	 */
	List<Problem> problems(List<Enterprise> enterprises, List<Unit> units) {
		List<Unit> leads = units.stream().filter((unit) -> unit.domain() == UnitDomain.DEPARTMENT).toList();
		List<Enterprise> privately = enterprises.stream()
			.filter((enterprise) -> enterprise.ownership() == Ownership.PRIVATE)
			.toList();
		List<Problem> problems = new ArrayList<>();
		int resolvedEarly = 6;
		for (int i = 0; i < resolvedEarly; i++) {
			LocalDate raised = this.draws.dateBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 20));
			problems.add(problem(problems.size(), privately, leads, raised,
					this.draws.dateBetween(REPORT_YEAR_START, LocalDate.of(2025, 3, 31))));
		}
		for (int i = 0; i < 72; i++) {
			LocalDate raised = this.draws.dateBetween(REPORT_YEAR_START, LocalDate.of(2025, 11, 15));
			LocalDate resolved;
			if (i < PROBLEMS_RESOLVED_IN_REPORT_YEAR - resolvedEarly) {
				resolved = this.draws.dateBetween(raised.plusDays(5), raised.plusDays(40));
				if (resolved.isAfter(District.REPORT_DATE)) {
					resolved = District.REPORT_DATE;
				}
			}
			else if (i < 67) {
				resolved = this.draws.dateBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30));
			}
			else {
				resolved = null;
			}
			problems.add(problem(problems.size(), privately, leads, raised, resolved));
		}
		for (int i = 0; i < 24; i++) {
			// the last two were raised in the ledgers' last fortnight and wait to be assigned
			boolean waiting = i >= 22;
			LocalDate raised = waiting ? District.LEDGER_DATE.minusDays(this.draws.between(1, 14))
					: this.draws.dateBetween(LocalDate.of(2026, 1, 1), District.LEDGER_DATE.minusDays(20));
			LocalDate resolved = (i < 14) ? this.draws.dateBetween(raised.plusDays(3), raised.plusDays(45)) : null;
			if (resolved != null && resolved.isAfter(District.LEDGER_DATE)) {
				resolved = District.LEDGER_DATE;
			}
			problems.add(problem(problems.size(), privately, leads, raised, resolved, !waiting));
		}
		return problems;
	}

	private Problem problem(int index, List<Enterprise> enterprises, List<Unit> leads, LocalDate raised,
			LocalDate resolved) {
		return problem(index, enterprises, leads, raised, resolved, true);
	}

	private Problem problem(int index, List<Enterprise> enterprises, List<Unit> leads, LocalDate raised,
			LocalDate resolved, boolean assigned) {
		Enterprise enterprise = this.draws.pick(enterprises);
		String category = this.draws.pick(PROBLEM_CATEGORIES);
		String title = this.draws.pick(PROBLEM_TITLES.get(category));
		LocalDate assignedOn = assigned ? raised.plusDays(this.draws.between(0, 7)) : null;
		if (assignedOn != null && resolved != null && assignedOn.isAfter(resolved)) {
			assignedOn = resolved;
		}
		if (assignedOn != null && assignedOn.isAfter(District.LEDGER_DATE)) {
			assignedOn = District.LEDGER_DATE;
		}
		String lead = assigned ? (this.draws.chance(0.3) && enterprise.town() != null ? enterprise.town().code()
				: this.draws.pick(leads).code()) : null;
		LocalDate due = assigned ? assignedOn.plusDays(this.draws.between(15, 60)) : null;
		Integer satisfaction = (resolved != null && this.draws.chance(0.85)) ? this.draws.between(3, 5) : null;
		String id = String.format(Locale.ROOT, "WT%d-%03d", raised.getYear(), index + 1);
		return new Problem(id, enterprise, raised, category, title, lead, assignedOn, due, resolved, satisfaction,
				(satisfaction != null) ? "已回访" : "");
	}

	/** The meetings of the standing committee and the leading group: five in 2024, six in 2025, four so far in 2026. */
	List<Meeting> meetings() {
		List<Meeting> meetings = new ArrayList<>();
		Map<Integer, Integer> perYear = Map.of(2024, 5, 2025, MEETINGS_IN_REPORT_YEAR, 2026, 4);
		for (int year : List.of(2024, 2025, 2026)) {
			LocalDate last = (year == 2026) ? District.LEDGER_DATE : LocalDate.of(year, 12, 31);
			Set<LocalDate> days = new HashSet<>();
			int count = perYear.get(year);
			for (int i = 0; i < count; i++) {
				LocalDate first = LocalDate.of(year, 1, 1).plusDays((long) i * (last.getDayOfYear() - 1) / count);
				LocalDate day = this.draws.dateBetween(first, first.plusDays(20));
				if (day.isAfter(last) || !days.add(day)) {
					day = first;
					days.add(day);
				}
				meetings.add(new Meeting(day, (i % 2 == 0) ? "STANDING_COMMITTEE" : "LEADING_GROUP",
						this.draws.pick(MEETING_TOPICS)));
			}
		}
		return meetings;
	}

}
