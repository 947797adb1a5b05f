package cn.tongxin.graph.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tongxin.graph.planning.PairingSuggestion.ScoreParts;
import cn.tongxin.graph.planning.PairingSuggestion.WarmIntroduction;
import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which enterprises could pair with a village, ranked by a score of at most 100 made of five parts:
 * <ul>
 * <li>distance, up to 40: 40 × (1 − km / reach), 0 at {@code tongxin.planning.reach-km} or beyond, or when a
 * location is unknown;</li>
 * <li>same town, 20: the enterprise is of the village's town;</li>
 * <li>industry fit, 15: its industry is one that suits the village's kind ({@code tongxin.planning.industry-fit});</li>
 * <li>load, up to 15: 15 × (1 − villages it is paired with now / {@code tongxin.planning.pairing-load}), 0 once
 * it carries that many;</li>
 * <li>warm introduction, 10: a leader of the village's town befriends the representative who runs it.</li>
 * </ul>
 * Each part is rounded to one decimal and the score is their sum. Ties go to the nearer, then by credit code.
 * The candidates and the facts behind the parts come from one Cypher round trip for any number of villages.
 */
@Component
@Transactional(readOnly = true)
class PairingSuggestions {

	static final double DISTANCE = 40;

	static final double SAME_TOWN = 20;

	static final double INDUSTRY_FIT = 15;

	static final double LOAD = 15;

	static final double WARM_INTRODUCTION = 10;

	private static final String CANDIDATES = CypherFile.load("planning/pairing-candidates");

	private final GraphReader graph;

	private final PlanningRules rules;

	PairingSuggestions(GraphReader graph, PlanningRules rules) {
		this.graph = graph;
		this.rules = rules;
	}

	/** The best {@code first} suggestions for each of these villages, by village code. */
	Map<String, List<PairingSuggestion>> forVillages(Collection<String> villageCodes, int first, LocalDate today) {
		var parameters = new HashMap<String, Object>();
		parameters.put("villageCodes", List.copyOf(villageCodes));
		parameters.put("reachMetres", this.rules.reachKm() * 1000);
		parameters.put("today", today);
		return this.graph.all(CANDIDATES, parameters, "candidate", this::suggestion)
			.stream()
			.collect(Collectors.groupingBy(PairingSuggestion::villageCode))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					ranked -> ranked.getValue().stream().sorted(BEST_FIRST).limit(first).toList()));
	}

	private static final Comparator<PairingSuggestion> BEST_FIRST = Comparator
		.comparingDouble(PairingSuggestion::score)
		.reversed()
		.thenComparing(PairingSuggestion::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(suggestion -> suggestion.enterprise().creditCode());

	private PairingSuggestion suggestion(Value candidate) {
		Enterprise enterprise = Enterprise.from(candidate.get("enterprise"));
		Double km = GraphValues.decimal(candidate.get("distanceKm"));
		boolean sameTown = enterprise.townCode().equals(candidate.get("villageTownCode").asString());
		boolean fits = this.rules.fits(GraphValues.enumOf(VillageKind.class, candidate.get("villageKind")),
				enterprise.industry());
		int load = candidate.get("currentPairings").asInt();
		WarmIntroduction introduction = introduction(candidate.get("introducer"), enterprise);
		var parts = new ScoreParts(
				tenths((km != null) ? DISTANCE * Math.max(0, 1 - km / this.rules.reachKm()) : 0),
				sameTown ? SAME_TOWN : 0, fits ? INDUSTRY_FIT : 0,
				tenths(LOAD * Math.max(0, 1 - (double) load / this.rules.pairingLoad())),
				(introduction != null) ? WARM_INTRODUCTION : 0);
		return new PairingSuggestion(candidate.get("villageCode").asString(), enterprise, tenths(parts.total()), parts,
				km, sameTown, fits, load, introduction, reason(enterprise, km, sameTown, fits, load, introduction));
	}

	private static WarmIntroduction introduction(Value introducer, Enterprise enterprise) {
		if (introducer.isNull()) {
			return null;
		}
		String leader = introducer.get("leaderName").asString();
		String role = LeaderRole.valueOf(introducer.get("leaderRole").asString()).label();
		String representative = introducer.get("representativeName").asString();
		return new WarmIntroduction(introducer.get("leaderId").asString(), leader,
				introducer.get("representativeId").asString(), representative,
				List.of(leader + "（" + role + "）与" + representative + "结对交友", representative + " 负责 " + enterprise.name()));
	}

	/** One line a planner reads: 甲企业：距离 2.3 公里，同镇，行业对口（农业），目前结对 1 个村，可请刘洋经李娜引荐. */
	private String reason(Enterprise enterprise, Double km, boolean sameTown, boolean fits, int load,
			WarmIntroduction introduction) {
		var parts = new ArrayList<String>();
		parts.add((km != null) ? String.format(Locale.ROOT, "距离 %.1f 公里", km) : "位置不详");
		if (sameTown) {
			parts.add("同镇");
		}
		if (fits) {
			parts.add("行业对口（" + IndustryNames.of(enterprise.industry()) + "）");
		}
		parts.add((load == 0) ? "目前未结对"
				: "目前结对 " + load + " 个村" + ((load >= this.rules.pairingLoad()) ? "，已满负荷" : ""));
		if (introduction != null) {
			parts.add("可请" + introduction.leaderName() + "经" + introduction.representativeName() + "引荐");
		}
		return enterprise.name() + "：" + String.join("，", parts);
	}

	private static double tenths(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
