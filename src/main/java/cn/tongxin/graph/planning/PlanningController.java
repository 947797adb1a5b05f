package cn.tongxin.graph.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import cn.tongxin.graph.planning.OverloadedEnterprises.EnterpriseLoad;
import cn.tongxin.graph.planning.PlanningWorksheet.WorksheetRow;
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

import static cn.tongxin.graph.system.BatchAnswers.arguments;
import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.perArguments;
import static cn.tongxin.graph.system.InvalidArgument.countFrom1To;

/**
 * The planner's questions: the enterprises nearest a village, who could pair with it and why, a town's
 * worksheet of unpaired villages with their best suggestions, and the enterprises that carry too many.
 */
@Controller
class PlanningController {

	private static final String NEAREST = "nearestEnterprises";

	private final PairingSuggestions suggestions;

	private final PlanningWorksheet worksheet;

	private final Places places;

	private final Today today;

	private final OverloadedEnterprises overloaded;

	private final PlanningRules rules;

	PlanningController(PairingSuggestions suggestions, PlanningWorksheet worksheet, NearestEnterprises nearest,
			OverloadedEnterprises overloaded, PlanningRules rules, Places places, Today today,
			BatchLoaderRegistry loaders) {
		this.suggestions = suggestions;
		this.worksheet = worksheet;
		this.overloaded = overloaded;
		this.rules = rules;
		this.places = places;
		this.today = today;
		loaders.<NearestOf, List<NearbyEnterprise>>forName(NEAREST)
			.registerMappedBatchLoader((keys, environment) -> Mono.just(nearest(keys, nearest)));
	}

	/** The enterprises asked for near one village. */
	record NearestOf(String villageCode, int first) {
	}

	@SchemaMapping(typeName = "Village")
	CompletableFuture<List<NearbyEnterprise>> nearestEnterprises(Village village, @Argument Integer first,
			DataFetchingEnvironment environment) {
		DataLoader<NearestOf, List<NearbyEnterprise>> loader = environment.getDataLoader(NEAREST);
		return loader.load(new NearestOf(village.code(), countFrom1To("first", first, 3, 20)));
	}

	@QueryMapping
	List<PairingSuggestion> pairingSuggestions(@Argument String villageCode, @Argument Integer first) {
		int most = countFrom1To("first", first, 5, 50);
		List<PairingSuggestion> found = this.suggestions.forVillages(List.of(villageCode), most, this.today.date())
			.getOrDefault(villageCode, List.of());
		if (found.isEmpty() && this.places.village(villageCode).isEmpty()) {
			throw new InvalidArgument("villageCode " + villageCode + "：没有这个村（社区），或它不在您负责的镇");
		}
		return found;
	}

	@QueryMapping
	List<WorksheetRow> planningWorksheet(@Argument String townCode, @Argument Integer suggestions) {
		return this.worksheet.rows(townCode, suggestions);
	}

	/** Enterprises carrying more than {@code load} villages (the planning rules' pairing load by default). */
	@QueryMapping
	List<EnterpriseLoad> overloadedEnterprises(@Argument String townCode, @Argument Integer load,
			@Argument LocalDate asOf) {
		int most = (load != null) ? load : this.rules.pairingLoad();
		if (most < 0) {
			throw new InvalidArgument("load：不能小于 0，收到 " + most);
		}
		return this.overloaded.above(this.places.knownTownOrDistrict(townCode), most,
				(asOf != null) ? asOf : this.today.date());
	}

	/** One query per distinct {@code first} asked for: usually one. */
	private static Map<NearestOf, List<NearbyEnterprise>> nearest(Set<NearestOf> keys, NearestEnterprises nearest) {
		return perArguments(keys, key -> arguments(key.first()), (asked, group) -> {
			Map<String, List<NearbyEnterprise>> found = nearest
				.of(group.stream().map(NearestOf::villageCode).toList(), asked.first());
			return byParent(group, key -> found.getOrDefault(key.villageCode(), List.of()));
		});
	}

}
