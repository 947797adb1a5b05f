package cn.tongxin.graph.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.demo.District.Enterprise;
import cn.tongxin.graph.demo.District.Leader;
import cn.tongxin.graph.demo.District.Representative;
import cn.tongxin.graph.demo.District.Town;
import cn.tongxin.graph.demo.District.Village;
import cn.tongxin.graph.enterprise.Ownership;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.LeaderRole;

/** Draws the district's leaders and its united-front representatives, some of them heads of its enterprises. */
final class PeopleGenerator {

	private static final int STANDING_COMMITTEE_MEMBERS = 11;

	private static final int PARTY_GROUP_MEMBERS = 25;

	private static final int PARTY_COMMITTEE_MEMBERS_PER_TOWN = 5;

	/** Enterprises whose head is one of the representatives; the others have none. */
	private static final int REPRESENTED_ENTERPRISES = 200;

	private static final int REPRESENTATIVES_WITHOUT_TOWN = 8;

	/** How many of the 865 representatives fall in each of the 11 united-front categories. */
	private static final Map<Category, Integer> REPRESENTATIVES_PER_CATEGORY = new EnumMap<>(Map.ofEntries(
			Map.entry(Category.DEMOCRATIC_PARTY, 95), Map.entry(Category.NON_PARTISAN, 110),
			Map.entry(Category.INTELLECTUAL, 140), Map.entry(Category.ETHNIC_MINORITY, 45),
			Map.entry(Category.RELIGIOUS, 30), Map.entry(Category.PRIVATE_ECONOMY, 210),
			Map.entry(Category.NEW_SOCIAL_STRATA, 125), Map.entry(Category.RETURNED_OVERSEAS_STUDENT, 50),
			Map.entry(Category.HK_MACAO, 20), Map.entry(Category.TAIWAN, 12), Map.entry(Category.OVERSEAS_CHINESE, 28)));

	/** Repeated to weigh them: the district's minorities are mostly Hui. */
	private static final List<String> MINORITY_ETHNICITIES = List.of("回族", "回族", "回族", "回族", "满族", "满族",
			"蒙古族", "蒙古族", "藏族");

	/** A representative's place before the person is drawn: a category, and the enterprise they head if any. */
	private record Seat(Category category, Enterprise enterprise) {
	}

	private final Draws draws;

	private final ChineseNames names;

	PeopleGenerator(Draws draws, ChineseNames names) {
		this.draws = draws;
		this.names = names;
	}

	// District leaders first, then each town's party committee, then the village branch secretaries.
	List<Leader> leaders(List<Town> towns, List<Village> villages) {
		List<Leader> leaders = new ArrayList<>();
		for (int i = 0; i < STANDING_COMMITTEE_MEMBERS; i++) {
			addLeader(leaders, LeaderRole.STANDING_COMMITTEE, null, 0.8);
		}
		for (int i = 0; i < PARTY_GROUP_MEMBERS; i++) {
			addLeader(leaders, LeaderRole.PARTY_GROUP, null, 0.75);
		}
		for (Town town : towns) {
			for (int i = 0; i < PARTY_COMMITTEE_MEMBERS_PER_TOWN; i++) {
				addLeader(leaders, LeaderRole.PARTY_COMMITTEE, town, 0.7);
			}
		}
		for (Town town : towns) {
			long villagesInTown = villages.stream().filter((village) -> village.town() == town).count();
			for (int i = 0; i < (villagesInTown + 1) / 2; i++) {
				addLeader(leaders, LeaderRole.BRANCH_COMMITTEE, town, 0.65);
			}
		}
		return leaders;
	}

	private void addLeader(List<Leader> leaders, LeaderRole role, Town town, double maleShare) {
		String gender = gender(maleShare);
		String id = String.format(Locale.ROOT, "L%05d", leaders.size() + 1);
		leaders.add(new Leader(id, this.names.person(gender), gender, role, town));
	}

	// Enterprise heads are drawn first, their category following the enterprise's ownership; the rest of
	// each category's quota then goes to people without an enterprise, and everyone is shuffled before ids.
	List<Representative> representatives(List<Town> towns, List<Enterprise> enterprises) {
		Map<Category, Integer> remaining = new LinkedHashMap<>();
		for (Category category : Category.values()) {
			remaining.put(category, REPRESENTATIVES_PER_CATEGORY.get(category));
		}
		List<Seat> seats = new ArrayList<>();
		for (Enterprise enterprise : representedEnterprises(enterprises)) {
			seats.add(new Seat(takeCategory(remaining, headCategory(enterprise.ownership())), enterprise));
		}
		remaining.forEach((category, count) -> {
			for (int i = 0; i < count; i++) {
				seats.add(new Seat(category, null));
			}
		});
		this.draws.shuffle(seats);
		List<Integer> withoutEnterprise = new ArrayList<>();
		for (int i = 0; i < seats.size(); i++) {
			if (seats.get(i).enterprise() == null) {
				withoutEnterprise.add(i);
			}
		}
		Set<Integer> withoutTown = new HashSet<>(this.draws.sample(withoutEnterprise, REPRESENTATIVES_WITHOUT_TOWN));
		Set<String> phones = new HashSet<>();
		List<Representative> representatives = new ArrayList<>();
		for (int i = 0; i < seats.size(); i++) {
			Category category = seats.get(i).category();
			Enterprise enterprise = seats.get(i).enterprise();
			String gender = gender((category == Category.PRIVATE_ECONOMY) ? 0.75 : 0.6);
			Town town = (enterprise != null) ? enterprise.town()
					: withoutTown.contains(i) ? null : this.draws.weighted(towns, (each) -> each.isUrban() ? 3 : 1);
			String id = String.format(Locale.ROOT, "R%05d", i + 1);
			representatives.add(new Representative(id, this.names.person(gender), gender, birthYear(),
					ethnicity(category), category, representativeLevel(), enterprise, town, phone(phones)));
		}
		return representatives;
	}

	// Mostly private firms: 非公有制经济人士 head non-public enterprises; some public ones have a head too.
	private List<Enterprise> representedEnterprises(List<Enterprise> enterprises) {
		List<Enterprise> represented = new ArrayList<>();
		List<Enterprise> candidates = new ArrayList<>(enterprises);
		this.draws.shuffle(candidates);
		for (Enterprise enterprise : candidates) {
			if (isPublic(enterprise.ownership()) && this.draws.chance(0.4)) {
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

	/** State and collective enterprises, whose heads are seldom private-economy figures. */
	private static boolean isPublic(Ownership ownership) {
		return ownership == Ownership.STATE || ownership == Ownership.COLLECTIVE;
	}

	private Category headCategory(Ownership ownership) {
		return switch (ownership) {
			case STATE, COLLECTIVE -> this.draws.pick(List.of(Category.INTELLECTUAL, Category.NON_PARTISAN,
					Category.DEMOCRATIC_PARTY));
			case FOREIGN -> this.draws.pick(List.of(Category.HK_MACAO, Category.TAIWAN, Category.OVERSEAS_CHINESE));
			case PRIVATE, OTHER -> this.draws.chance(0.92) ? Category.PRIVATE_ECONOMY
					: this.draws.pick(List.of(Category.RETURNED_OVERSEAS_STUDENT, Category.NEW_SOCIAL_STRATA));
		};
	}

	/** The wanted category while its quota lasts, else the one with the most places left. */
	private static Category takeCategory(Map<Category, Integer> remaining, Category wanted) {
		Category category = (remaining.get(wanted) > 0) ? wanted
				: remaining.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		remaining.merge(category, -1, Integer::sum);
		return category;
	}

	String gender(double maleShare) {
		return this.draws.chance(maleShare) ? "MALE" : "FEMALE";
	}

	/** The mean of two draws: born 1950–2000, most around 1975. */
	int birthYear() {
		return 1950 + (this.draws.below(51) + this.draws.below(51)) / 2;
	}

	String ethnicity(Category category) {
		if (category == Category.ETHNIC_MINORITY) {
			return this.draws.pick(MINORITY_ETHNICITIES);
		}
		double minorityShare = (category == Category.RELIGIOUS) ? 0.3 : 0.04;
		return this.draws.chance(minorityShare) ? this.draws.pick(MINORITY_ETHNICITIES) : "汉族";
	}

	private String representativeLevel() {
		double draw = this.draws.fraction();
		return (draw < 0.03) ? "PROVINCIAL" : (draw < 0.23) ? "MUNICIPAL" : "DISTRICT";
	}

	/** An 11-digit mobile number not in {@code phones}, which it joins. */
	String phone(Set<String> phones) {
		String phone;
		do {
			StringBuilder digits = new StringBuilder(this.draws.pick(List.of("13", "15", "18", "19")));
			while (digits.length() < 11) {
				digits.append(this.draws.below(10));
			}
			phone = digits.toString();
		}
		while (!phones.add(phone));
		return phone;
	}

}
