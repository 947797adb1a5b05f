package cn.tongxin.graph.coverage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import cn.tongxin.graph.coverage.CoverageFigures.Ranked;
import cn.tongxin.graph.coverage.CoverageFigures.VillageFilter;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Today;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The planner's questions: the enterprises nearest a village, who could pair with it and why, and a town's
 * worksheet of unpaired villages with their best suggestions.
 */
@Controller
class PlanningController {

	private static final String NEAREST = "nearestEnterprises";

	/** A town's worksheet lists all its unpaired villages; a town with more is refused rather than cut. */
	static final int LARGEST_WORKSHEET = 1000;

	private final PairingSuggestions suggestions;

	private final CoverageFigures figures;

	private final Places places;

	private final Today today;

	PlanningController(PairingSuggestions suggestions, CoverageFigures figures, Places places, Today today,
			BatchLoaderRegistry loaders) {
		this.suggestions = suggestions;
		this.figures = figures;
		this.places = places;
		this.today = today;
		loaders.<NearestOf, List<NearbyEnterprise>>forName(NEAREST)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(nearest(keys, figures)));
	}

	/** The enterprises asked for near one village. */
	record NearestOf(String villageCode, int first) {
	}

	/** A row of the planning worksheet: an unpaired village and its best suggestions. */
	record WorksheetRow(Village village, List<PairingSuggestion> suggestions) {
	}

	@SchemaMapping(typeName = "Village")
	CompletableFuture<List<NearbyEnterprise>> nearestEnterprises(Village village, @Argument Integer first,
			DataFetchingEnvironment environment) {
		DataLoader<NearestOf, List<NearbyEnterprise>> loader = environment.getDataLoader(NEAREST);
		return loader.load(new NearestOf(village.code(), bounded("first", first, 3, 20)));
	}

	@QueryMapping
	List<PairingSuggestion> pairingSuggestions(@Argument String villageCode, @Argument Integer first) {
		int most = bounded("first", first, 5, 50);
		List<PairingSuggestion> found = this.suggestions.forVillages(List.of(villageCode), most, this.today.date())
			.getOrDefault(villageCode, List.of());
		if (found.isEmpty() && this.places.village(villageCode).isEmpty()) {
			throw new InvalidArgument("villageCode " + villageCode + "：没有这个村（社区），或它不在您负责的镇");
		}
		return found;
	}

	@QueryMapping
	List<WorksheetRow> planningWorksheet(@Argument String townCode, @Argument Integer suggestions) {
		int most = bounded("suggestions", suggestions, 3, 10);
		var unpaired = this.figures
			.unpairedVillages(townCode, new VillageFilter(null, null, UnpairedOrder.CODE), null, LARGEST_WORKSHEET + 1,
					this.today.date())
			.orElseThrow(() -> new InvalidArgument("townCode " + townCode + "：没有这个镇"));
		if (unpaired.totalCount() > LARGEST_WORKSHEET) {
			throw new InvalidArgument("townCode " + townCode + "：未结对的村超过 " + LARGEST_WORKSHEET + " 个，请用 unpairedVillages 分页");
		}
		List<Village> villages = unpaired.villages().stream().map(Ranked::village).toList();
		Map<String, List<PairingSuggestion>> best = this.suggestions
			.forVillages(villages.stream().map(Village::code).toList(), most, this.today.date());
		return villages.stream().map(village -> new WorksheetRow(village, best.getOrDefault(village.code(), List.of())))
			.toList();
	}

	/** One query per distinct {@code first} asked for: usually one. */
	private static Map<NearestOf, List<NearbyEnterprise>> nearest(Set<NearestOf> keys, CoverageFigures figures) {
		return keys.stream()
			.collect(Collectors.groupingBy(NearestOf::first))
			.entrySet()
			.stream()
			.flatMap(group -> {
				Map<String, List<NearbyEnterprise>> found = figures
					.nearestEnterprises(group.getValue().stream().map(NearestOf::villageCode).toList(), group.getKey());
				return group.getValue().stream().map(key -> Map.entry(key, found.getOrDefault(key.villageCode(), List.of())));
			})
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static int bounded(String argument, Integer given, int byDefault, int largest) {
		int value = (given != null) ? given : byDefault;
		if (value < 1 || value > largest) {
			throw new InvalidArgument(argument + "：1 到 " + largest + "，收到 " + value);
		}
		return value;
	}

}
