package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.tongxin.graph.demo.District.Member;
import cn.tongxin.graph.demo.District.Representative;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Unit;
import cn.tongxin.graph.demo.District.Village;
import cn.tongxin.graph.member.MemberTier;
import cn.tongxin.graph.people.Category;

/**
 * Draws the member ledger (统战成员): {@link #MEMBERS} people in the ledger on the report day, the 865
 * representatives among them, with some who had left before it and some who joined or left since; then the
 * adjustments a clerk recorded over the years (moves, tiers, categories, units, departures), each from its day.
 */
final class MemberGenerator {

	/** Members in the ledger on {@link District#REPORT_DATE}, as the district's report counts them. */
	static final int MEMBERS = 22_176;

	/** Joined and left again before the report day. */
	private static final int LEFT_BEFORE_REPORT = 1_200;

	private static final int JOINED_SINCE_REPORT = 420;

	private static final int LEFT_SINCE_REPORT = 310;

	/** Members still in the ledger with one adjustment of category, tier, place or unit. */
	private static final int ADJUSTED = 1_600;

	private static final LocalDate FIRST_JOINED = LocalDate.of(2012, 1, 1);

	/** Of every 10,000 members, how many in each category: private economy and the new strata largest. */
	private static final Map<Category, Integer> CATEGORY_WEIGHTS = new EnumMap<>(Map.ofEntries(
			Map.entry(Category.PRIVATE_ECONOMY, 2800), Map.entry(Category.NEW_SOCIAL_STRATA, 2430),
			Map.entry(Category.INTELLECTUAL, 1490), Map.entry(Category.NON_PARTISAN, 680),
			Map.entry(Category.DEMOCRATIC_PARTY, 630), Map.entry(Category.ETHNIC_MINORITY, 540),
			Map.entry(Category.RETURNED_OVERSEAS_STUDENT, 500), Map.entry(Category.RELIGIOUS, 400),
			Map.entry(Category.OVERSEAS_CHINESE, 320), Map.entry(Category.HK_MACAO, 145),
			Map.entry(Category.TAIWAN, 65)));

	private final Draws draws;

	private final ChineseNames names;

	private final PeopleGenerator people;

	MemberGenerator(Draws draws, ChineseNames names, PeopleGenerator people) {
		this.draws = draws;
		this.names = names;
		this.people = people;
	}

	/**
	 * Every member as they joined, in id order. Each representative is a member of the district tier; the others
	 * fall in a tier by weight, a village member in one of the settled villages (the new communities have none).
	 */
	List<Member> members(List<Town> towns, List<Village> settled, List<Unit> units,
			List<Representative> representatives) {
		int total = MEMBERS + LEFT_BEFORE_REPORT + JOINED_SINCE_REPORT;
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			order.add(i);
		}
		this.draws.shuffle(order);
		Set<String> phones = new HashSet<>();
		Member[] members = new Member[total];
		for (int i = 0; i < total; i++) {
			String id = String.format(Locale.ROOT, "M%05d", order.get(i) + 1);
			boolean joinedSinceReport = i >= MEMBERS + LEFT_BEFORE_REPORT;
			LocalDate joined = joinedSinceReport
					? this.draws.dateBetween(District.REPORT_DATE.plusDays(1), District.LEDGER_DATE)
					: this.draws.dateBetween(FIRST_JOINED, District.REPORT_DATE.minusDays(60));
			members[order.get(i)] = (i < representatives.size())
					? representative(id, representatives.get(i), joined, phones)
					: member(id, towns, settled, units, joined, phones);
		}
		return List.of(members);
	}

	private Member representative(String id, Representative representative, LocalDate joined, Set<String> phones) {
		phones.add(representative.phone());
		return new Member(id, representative.name(), representative.gender(), representative.birthYear(),
				representative.ethnicity(), representative.category(), MemberTier.DISTRICT, representative.town(), null,
				null, representative, joined, null, null, representative.phone(),
				(representative.enterprise() != null) ? representative.enterprise().name() : null);
	}

	private Member member(String id, List<Town> towns, List<Village> villages, List<Unit> units, LocalDate joined,
			Set<String> phones) {
		Category category = this.draws.weighted(List.of(Category.values()), CATEGORY_WEIGHTS::get);
		String gender = this.people.gender((category == Category.PRIVATE_ECONOMY) ? 0.7 : 0.55);
		int birthYear = Math.min(this.people.birthYear(), joined.getYear() - 20);
		String ethnicity = this.people.ethnicity(category);
		double tierDraw = this.draws.fraction();
		MemberTier tier = (tierDraw < 0.04) ? MemberTier.DISTRICT : (tierDraw < 0.38) ? MemberTier.TOWN
				: MemberTier.VILLAGE;
		Village village = (tier == MemberTier.VILLAGE) ? this.draws.pick(villages) : null;
		Town town = (village != null) ? village.town()
				: (tier == MemberTier.TOWN || this.draws.chance(0.6)) ? this.draws.pick(towns) : null;
		Unit unit = (tier != MemberTier.VILLAGE && this.draws.chance(0.45)) ? this.draws.pick(units) : null;
		String phone = this.draws.chance(0.85) ? this.people.phone(phones) : null;
		return new Member(id, this.names.person(gender), gender, birthYear, ethnicity, category, tier, town,
				village, unit, null, joined, null, null, phone, (unit != null) ? unit.name() : null);
	}

	/**
	 * The adjustments, in id order, at most one a member: departures before the report day, departures since
	 * (never a representative's), and changes of place, tier, category or unit, each on a day after joining.
	 */
	List<Member> adjustments(List<Member> members, List<Town> towns, List<Village> settled, List<Unit> units) {
		List<Member> candidates = members.stream()
			.filter((member) -> member.representative() == null && !member.joinedOn().isAfter(District.REPORT_DATE))
			.toList();
		List<Member> chosen = this.draws.sample(candidates, LEFT_BEFORE_REPORT + LEFT_SINCE_REPORT + ADJUSTED);
		Map<String, Member> adjusted = new TreeMap<>();
		for (int i = 0; i < chosen.size(); i++) {
			Member member = chosen.get(i);
			Member adjustment;
			if (i < LEFT_BEFORE_REPORT) {
				LocalDate left = this.draws.dateBetween(member.joinedOn().plusDays(30), District.REPORT_DATE);
				adjustment = leaving(member, left);
			}
			else if (i < LEFT_BEFORE_REPORT + LEFT_SINCE_REPORT) {
				LocalDate left = this.draws.dateBetween(District.REPORT_DATE.plusDays(1), District.LEDGER_DATE);
				adjustment = leaving(member, left);
			}
			else {
				LocalDate on = this.draws.dateBetween(member.joinedOn().plusDays(30), District.LEDGER_DATE);
				adjustment = changed(member, on, towns, settled, units);
			}
			adjusted.put(adjustment.id(), adjustment);
		}
		return List.copyOf(adjusted.values());
	}

	private static Member leaving(Member member, LocalDate left) {
		return new Member(member.id(), member.name(), member.gender(), member.birthYear(), member.ethnicity(),
				member.category(), member.tier(), member.town(), member.village(), member.unit(), null,
				member.joinedOn(), left, left, member.phone(), member.workplace());
	}

	// A village member moves to another village (mostly of the same town) or is taken up by the town; a town
	// member may rise to the district; anyone may be reclassified or join or change a unit.
	private Member changed(Member member, LocalDate on, List<Town> towns, List<Village> villages, List<Unit> units) {
		Category category = member.category();
		MemberTier tier = member.tier();
		Town town = member.town();
		Village village = member.village();
		Unit unit = member.unit();
		double draw = this.draws.fraction();
		if (draw < 0.4 && village != null) {
			Town within = village.town();
			List<Village> choices = this.draws.chance(0.8)
					? villages.stream().filter((other) -> other.town() == within && other != member.village()).toList()
					: villages.stream().filter((other) -> other != member.village()).toList();
			village = this.draws.pick(choices);
			town = village.town();
		}
		else if (draw < 0.65) {
			if (tier == MemberTier.VILLAGE) {
				tier = MemberTier.TOWN;
				village = null;
			}
			else if (tier == MemberTier.TOWN) {
				tier = MemberTier.DISTRICT;
			}
			else {
				town = this.draws.pick(towns);
			}
		}
		else if (draw < 0.85) {
			Category from = category;
			category = this.draws.weighted(List.of(Category.values()),
					(each) -> (each == from) ? 0 : CATEGORY_WEIGHTS.get(each));
		}
		else {
			Unit from = unit;
			unit = this.draws.pick(units.stream().filter((each) -> each != from).toList());
		}
		return new Member(member.id(), member.name(), member.gender(), member.birthYear(), member.ethnicity(),
				category, tier, town, village, unit, null, member.joinedOn(), null, on, member.phone(),
				(unit != null) ? unit.name() : member.workplace());
	}

}
