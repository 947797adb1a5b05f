package cn.tongxin.graph.planning;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.coverage.CoverageFigures;
import cn.tongxin.graph.coverage.CoverageFigures.Ranked;
import cn.tongxin.graph.coverage.CoverageFigures.VillageFilter;
import cn.tongxin.graph.coverage.UnpairedOrder;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Today;

import org.springframework.stereotype.Component;

/** A town's planning worksheet: every unpaired village, in code order, with its best pairing suggestions. */
@Component
class PlanningWorksheet {

	/** A worksheet lists all of a town's unpaired villages; a town with more is refused rather than cut. */
	static final int LARGEST = 1000;

	private final CoverageFigures figures;

	private final PairingSuggestions suggestions;

	private final Today today;

	PlanningWorksheet(CoverageFigures figures, PairingSuggestions suggestions, Today today) {
		this.figures = figures;
		this.suggestions = suggestions;
		this.today = today;
	}

	/** An unpaired village and its best suggestions. */
	record WorksheetRow(Village village, List<PairingSuggestion> suggestions) {
	}

	/**
	 * In two round trips: the unpaired villages, then every village's candidates; {@code suggestions} each (3 when
	 * null, 1 to 10).
	 */
	List<WorksheetRow> rows(String townCode, Integer suggestions) {
		int suggestionsEach = InvalidArgument.countFrom1To("suggestions", suggestions, 3, 10);
		var unpaired = this.figures
			.unpairedVillages(townCode, new VillageFilter(null, null, UnpairedOrder.CODE), null, LARGEST + 1, true,
					this.today.date())
			.orElseThrow(() -> Places.noSuchTown(townCode));
		if (unpaired.totalCount() > LARGEST) {
			throw new InvalidArgument("townCode " + townCode + "：未结对的村超过 " + LARGEST + " 个，请用 unpairedVillages 分页");
		}
		List<Village> villages = unpaired.villages().stream().map(Ranked::village).toList();
		if (villages.isEmpty()) {
			return List.of();
		}
		Map<String, List<PairingSuggestion>> best = this.suggestions
			.forVillages(villages.stream().map(Village::code).toList(), suggestionsEach, this.today.date());
		return villages.stream().map(village -> new WorksheetRow(village, best.getOrDefault(village.code(), List.of())))
			.toList();
	}

}
