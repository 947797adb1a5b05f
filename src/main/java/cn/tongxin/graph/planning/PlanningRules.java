package cn.tongxin.graph.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.place.VillageKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The planner's rules ({@code tongxin.planning.*}).
 *
 * @param pairingLoad how many villages an enterprise can carry: more is overloaded, and a suggestion's load part
 * falls to 0 there
 * @param reachKm how far a suggested enterprise may be: the distance part falls from full at 0 km to 0 here
 * @param industryFit the industries that suit each kind of village; a kind left out keeps its default
 * (VILLAGE: AGRICULTURE, FOOD, TOURISM, E_COMMERCE, LIQUOR; COMMUNITY: LOGISTICS, E_COMMERCE, MANUFACTURING,
 * BUILDING_MATERIALS)
 */
@ConfigurationProperties("tongxin.planning")
public record PlanningRules(@DefaultValue("3") int pairingLoad, @DefaultValue("50") double reachKm,
		Map<VillageKind, List<String>> industryFit) {

	private static final Map<VillageKind, List<String>> DEFAULT_FIT = Map.of(VillageKind.VILLAGE,
			List.of("AGRICULTURE", "FOOD", "TOURISM", "E_COMMERCE", "LIQUOR"), VillageKind.COMMUNITY,
			List.of("LOGISTICS", "E_COMMERCE", "MANUFACTURING", "BUILDING_MATERIALS"));

	public PlanningRules {
		if (pairingLoad < 1) {
			throw new IllegalArgumentException("tongxin.planning.pairing-load must be at least 1");
		}
		if (reachKm <= 0) {
			throw new IllegalArgumentException("tongxin.planning.reach-km must be more than 0");
		}
		var fit = new EnumMap<VillageKind, List<String>>(DEFAULT_FIT);
		if (industryFit != null) {
			fit.putAll(industryFit);
		}
		industryFit = Map.copyOf(fit);
	}

	/** The rules with nothing configured: the defaults above. */
	public static PlanningRules defaults() {
		return new PlanningRules(3, 50, null);
	}

	boolean fits(VillageKind kind, String industry) {
		return kind != null && industry != null && this.industryFit.getOrDefault(kind, List.of()).contains(industry);
	}

}
