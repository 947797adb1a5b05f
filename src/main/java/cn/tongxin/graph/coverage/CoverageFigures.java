package cn.tongxin.graph.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.access.CurrentUser;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage figures and unpaired villages, each one read-only round trip; planning works down the unpaired villages
 * it lists.
 */
@Component
@Transactional(readOnly = true)
public class CoverageFigures {

	private static final String COVERAGE_OF_TOWNS = CypherFile.load("coverage/coverage-of-towns");

	private static final String COVERAGE_OF_DISTRICT = CypherFile.load("coverage/coverage-of-district");

	private static final String COVERAGE_OF_TOWNS_PAGE = CypherFile.load("coverage/coverage-of-towns-page");

	private static final String COVERAGE_TOTALS = CypherFile.load("coverage/coverage-totals");

	private static final String COVERAGE_TREND = CypherFile.load("coverage/coverage-trend");

	private static final String UNPAIRED_IN_DISTRICT = CypherFile.load("coverage/unpaired-villages-in-district");

	private static final String UNPAIRED_IN_TOWN = CypherFile.load("coverage/unpaired-villages-in-town");

	private static final String UNPAIRED_ORDERED = CypherFile.load("coverage/unpaired-villages-ordered");

	private static final String UNPAIRED_BY_HOUSEHOLDS = CypherFile.load("coverage/unpaired-villages-by-households");

	private static final String UNPAIRED_BY_DISTANCE = CypherFile.load("coverage/unpaired-villages-by-distance");

	private final GraphReader graph;

	CoverageFigures(GraphReader graph) {
		this.graph = graph;
	}

	/** The coverage of each of these towns on the day {@code asOf}, in code order; unknown codes are left out. */
	List<TownCoverage> ofTowns(Collection<String> townCodes, LocalDate asOf) {
		return townCoverages(COVERAGE_OF_TOWNS, Map.of("townCodes", List.copyOf(townCodes), "asOf", asOf));
	}

	/** The coverage of every town of the district on the day {@code asOf}, in code order. */
	public List<TownCoverage> ofDistrict(LocalDate asOf) {
		return townCoverages(COVERAGE_OF_DISTRICT, Map.of("asOf", asOf));
	}

	/**
	 * A page of {@link #ofDistrict}: up to {@code limit} towns after the town code {@code after} (or from the first),
	 * of the district or only the town {@code townCode}; and how many towns there are in all.
	 */
	TownPage ofTownsPage(String townCode, String after, int limit, LocalDate asOf) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("after", after);
		parameters.put("limit", limit);
		parameters.put("asOf", asOf);
		return this.graph
			.all(COVERAGE_OF_TOWNS_PAGE, parameters, "towns",
					towns -> new TownPage(towns.get("totalCount").asInt(), towns.get("page").asList(TownCoverage::from)))
			.get(0);
	}

	/**
	 * How many villages the whole district has and how many are paired on the day {@code asOf}, without the figures
	 * per town: for users who see every town.
	 */
	Coverage districtTotals(LocalDate asOf) {
		return this.graph
			.all(COVERAGE_TOTALS, Map.of("asOf", asOf), "coverage",
					totals -> new Coverage(totals.get("villages").asInt(), totals.get("pairedVillages").asInt(), List.of(),
							null, asOf))
			.get(0);
	}

	/**
	 * The coverage of the district, or of one town, on each of {@code days} (given in date order), in that order. Empty
	 * when the town is unknown. One pass over the pairings that hold on one of the days at least, however many days
	 * there are: each group of them (see coverage-trend.cypher) adds its villages to the days its pairings cover.
	 */
	Optional<List<CoveragePoint>> trend(String townCode, List<LocalDate> days) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("first", days.get(0));
		parameters.put("last", days.get(days.size() - 1));
		return this.graph.all(COVERAGE_TREND, parameters, "trend", trend -> {
			int[] paired = TrendCount.pairedOn(days, trend.get("groups")
				.asList(group -> new TrendCount.Group(spans(group.get("spans")), group.get("villages").asInt())));
			// the villages established after the first day are counted above as if there since always
			List<TrendCount.Late> late = trend.get("late")
				.asList(village -> new TrendCount.Late(GraphValues.date(village.get("on")), spans(village.get("spans"))));
			int[] notYet = TrendCount.notYetEstablishedOn(days, late);
			int[] pairedTooEarly = TrendCount.pairedBeforeEstablishedOn(days, late);
			int villages = trend.get("villages").asInt();
			var points = new ArrayList<CoveragePoint>();
			for (int i = 0; i < days.size(); i++) {
				points.add(new CoveragePoint(days.get(i), villages - notYet[i], paired[i] - pairedTooEarly[i]));
			}
			return List.copyOf(points);
		}).stream().findFirst();
	}

	private static List<TrendCount.Span> spans(Value spans) {
		return spans.asList(span -> new TrendCount.Span(GraphValues.date(span.get(0)), GraphValues.date(span.get(1))));
	}

	private List<TownCoverage> townCoverages(String cypher, Map<String, Object> parameters) {
		return this.graph.all(cypher, parameters, "coverage", TownCoverage::from);
	}

	/**
	 * Up to {@code limit} unpaired villages of one town or ({@code townCode} null) of the district, filtered by
	 * kind and least households, in the order asked for, after the position {@code after} (or from the start);
	 * and how many match in all. Counting the district's in code order or by households reads every village, so
	 * without {@code countAll} that count is left at 0. Empty when the town is unknown.
	 */
	public Optional<UnpairedPage> unpairedVillages(String townCode, VillageFilter filter, Position after, int limit,
			boolean countAll, LocalDate today) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("kind", (filter.kind() != null) ? filter.kind().name() : null);
		parameters.put("minHouseholds", filter.minHouseholds());
		parameters.put("limit", limit);
		parameters.put("today", today);
		String cypher;
		if (filter.orderBy() == UnpairedOrder.CODE) {
			parameters.put("after", (after != null) ? after.code() : null);
			parameters.put("countAll", countAll);
			cypher = (townCode != null) ? UNPAIRED_IN_TOWN : UNPAIRED_IN_DISTRICT;
		}
		else {
			parameters.put("orderBy", filter.orderBy().name());
			parameters.put("afterValue", (after != null) ? after.value() : null);
			parameters.put("afterCode", (after != null) ? after.code() : null);
			cypher = UNPAIRED_ORDERED;
			if (filter.orderBy() == UnpairedOrder.HOUSEHOLDS_DESC && townCode == null && CurrentUser.towns() == null) {
				// the whole district's, down the households index; a town's, or a town-bound user's, are few enough to rank
				parameters.put("countAll", countAll);
				parameters.put("upper", (after != null && after.value() != null) ? (long) Math.floor(-after.value()) : Long.MAX_VALUE);
				parameters.put("lower", (filter.minHouseholds() != null) ? (long) filter.minHouseholds() : Long.MIN_VALUE);
				cypher = UNPAIRED_BY_HOUSEHOLDS;
			}
			else if (filter.orderBy() == UnpairedOrder.DISTANCE && townCode == null && CurrentUser.towns() == null) {
				// the whole district's, up the index of the distance each village keeps to the nearest enterprise; a
				// town's, or a town-bound user's (to the enterprises they may see), are still found by ring searches
				parameters.put("countAll", countAll);
				// a metre below the position, so that rounding km to metres leaves out none the position is before
				parameters.put("lowerMetres", (after != null && after.value() != null) ? after.value() * 1000 - 1 : 0.0);
				cypher = UNPAIRED_BY_DISTANCE;
			}
		}
		boolean inCodeOrder = filter.orderBy() == UnpairedOrder.CODE;
		return this.graph.all(cypher, parameters, "unpaired", unpaired -> {
			var villages = new ArrayList<Ranked>();
			var towns = new ArrayList<Town>();
			for (Value entry : unpaired.get("page").values()) {
				// in code order an entry is the village; in another order, the village and the value it is ranked by
				Value village = inCodeOrder ? entry : entry.get("village");
				villages.add(inCodeOrder ? Ranked.inCodeOrder(Village.from(village))
						: Ranked.byValue(Village.from(village), GraphValues.decimal(entry.get("value"))));
				towns.add(Town.from(village.get("town")));
			}
			return new UnpairedPage(unpaired.get("totalCount").asInt(0), villages, towns);
		}).stream().findFirst();
	}

	/** Which unpaired villages, in which order. */
	public record VillageFilter(VillageKind kind, Integer minHouseholds, UnpairedOrder orderBy) {
	}

	/**
	 * A village in a list, and where a page stands after it: its code in code order, otherwise the value it is
	 * ordered by and its code ({@code 12.5|610322100001}, or {@code |610322100001} when the value is unknown).
	 */
	public record Ranked(Village village, String position) {

		static Ranked inCodeOrder(Village village) {
			return new Ranked(village, village.code());
		}

		static Ranked byValue(Village village, Double value) {
			return new Ranked(village, Cursor.position(value, village.code()));
		}

	}

	/** Where a page of villages stands: after this code, or, in an order by value, this value and code. */
	public record Position(Double value, String code) {
	}

	/** A page of unpaired villages, and the towns they are in (as the user may see them), read with them. */
	public record UnpairedPage(int totalCount, List<Ranked> villages, List<Town> towns) {
	}

	record TownPage(int totalCount, List<TownCoverage> towns) {
	}

}
