package cn.tongxin.graph.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongxin.graph.coverage.CoverageFigures.UnpairedPage;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Today;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.keys;


@Controller
class CoverageController {

	static final int DEFAULT_PAGE = 20;

	static final int LARGEST_PAGE = 100;

	private final CoverageFigures figures;

	private final Today today;

	CoverageController(CoverageFigures figures, Today today) {
		this.figures = figures;
		this.today = today;
	}

	/** The district's coverage, or one town's when {@code townCode} is given. */
	@QueryMapping
	Coverage coverage(@Argument String townCode) {
		if (townCode == null) {
			return Coverage.of(this.figures.ofDistrict(this.today.date()));
		}
		List<TownCoverage> town = this.figures.ofTowns(List.of(townCode), this.today.date());
		if (town.isEmpty()) {
			throw noSuchTown(townCode);
		}
		return Coverage.of(town);
	}

	@QueryMapping
	VillageConnection unpairedVillages(@Argument String townCode, @Argument Integer first, @Argument String after) {
		int size = (first != null) ? first : DEFAULT_PAGE;
		if (size < 0 || size > LARGEST_PAGE) {
			throw new InvalidArgument("first：每页 0 到 " + LARGEST_PAGE + " 条，收到 " + size + "；更多请用 after 翻页");
		}
		// One more than asked tells whether another page follows.
		UnpairedPage page = this.figures.unpairedVillages(townCode, Cursor.keyOf(after), size + 1, this.today.date())
			.orElseThrow(() -> noSuchTown(townCode));
		List<Village> villages = page.villages().subList(0, Math.min(size, page.villages().size()));
		var edges = new ArrayList<VillageConnection.Edge>();
		for (Village village : villages) {
			edges.add(new VillageConnection.Edge(Cursor.after(village.code()), village));
		}
		var pageInfo = new VillageConnection.PageInfo(page.villages().size() > size, after != null,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new VillageConnection(page.totalCount(), edges, pageInfo);
	}

	@BatchMapping(typeName = "Town")
	Map<Town, TownCoverage> coverage(List<Town> towns) {
		Map<String, TownCoverage> byCode = this.figures.ofTowns(keys(towns, Town::code), this.today.date())
			.stream()
			.collect(Collectors.toMap(coverage -> coverage.town().code(), Function.identity()));
		return byParent(towns, town -> byCode.get(town.code()));
	}

	private static InvalidArgument noSuchTown(String townCode) {
		return new InvalidArgument("townCode " + townCode + "：没有这个镇");
	}

}
