package cn.tongxin.graph.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import cn.tongxin.graph.area.ApproximateAreas.Located;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The towns' areas: uploaded boundaries as stored, and for the towns without one the approximate areas, drawn from
 * every located village of the district. Two reads at most, whatever the number of towns: the towns with their
 * boundaries, and, when a town lacks one, the villages' points.
 * <p>
 * Drawing the approximate areas is the costly part, so the last drawing is kept (per instance, as every cache of
 * the service) with the points it was drawn from, and drawn again only when the points read differ: a village
 * added, moved or removed on any instance shows at the next question.
 */
@Component
@Transactional(readOnly = true)
class TownAreas {

	/** The most towns one question names; a district has far fewer. */
	static final int MOST_TOWN_CODES = 1000;

	/** The most located villages drawn from: a district has a few thousand; a whole country gets no 示意 areas. */
	static final int MOST_VILLAGES = 50_000;

	private static final Logger logger = LoggerFactory.getLogger(TownAreas.class);

	private static final String TOWN_AREAS = CypherFile.load("area/town-areas");

	private static final String VILLAGE_POINTS = CypherFile.load("area/village-points");

	private static final String VILLAGES_COUNTED = CypherFile.load("area/villages-counted");

	private static final Comparator<Located> BY_TOWN_AND_PLACE = Comparator.comparing(Located::townCode)
		.thenComparingDouble(Located::longitude)
		.thenComparingDouble(Located::latitude);

	private final GraphReader graph;

	private final AtomicReference<Drawn> drawn = new AtomicReference<>(new Drawn(List.of(), Map.of()));

	TownAreas(GraphReader graph) {
		this.graph = graph;
	}

	/** The areas of the towns named (every town when null) that the user may see, in town-code order. */
	List<TownArea> of(List<String> townCodes) {
		if (townCodes != null && townCodes.size() > MOST_TOWN_CODES) {
			throw new InvalidArgument("townCodes：最多 " + MOST_TOWN_CODES + " 个，收到 " + townCodes.size());
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("townCodes", (townCodes != null) ? List.copyOf(new LinkedHashSet<>(townCodes)) : null);
		List<Stored> towns = this.graph.all(TOWN_AREAS, parameters, "area",
				area -> new Stored(Town.from(area.get("town")),
						area.get("boundary").isNull() ? null : area.get("boundary").asString()));
		Map<String, String> approximate = towns.stream().anyMatch(town -> town.boundary() == null) ? approximate()
				: Map.of();
		var areas = new ArrayList<TownArea>();
		for (Stored town : towns) {
			if (town.boundary() != null) {
				areas.add(new TownArea(town.town(), false, town.boundary()));
			}
			else if (approximate.containsKey(town.town().code())) {
				areas.add(new TownArea(town.town(), true, approximate.get(town.town().code())));
			}
		}
		return areas;
	}

	private Map<String, String> approximate() {
		if (this.graph.all(VILLAGES_COUNTED, Map.of(), "villages", Value::asLong).get(0) > MOST_VILLAGES) {
			return Map.of();
		}
		List<Located> points = this.graph.all(VILLAGE_POINTS, Map.of("largest", MOST_VILLAGES), "point",
				point -> new Located(point.get("townCode").asString(), point.get("longitude").asDouble(),
						point.get("latitude").asDouble()));
		if (points.size() > MOST_VILLAGES) {
			// villages added since they were counted
			return Map.of();
		}
		// in one order whatever order the graph answers in: the same villages are the same drawing
		points = points.stream().sorted(BY_TOWN_AND_PLACE).toList();
		Drawn last = this.drawn.get();
		if (last.points().equals(points)) {
			return last.areas();
		}
		long start = System.nanoTime();
		Map<String, String> areas = Map.copyOf(ApproximateAreas.asGeoJson(points));
		logger.debug("Approximate town areas drawn from {} villages in {} ms", points.size(),
				(System.nanoTime() - start) / 1_000_000);
		this.drawn.set(new Drawn(points, areas));
		return areas;
	}

	private record Stored(Town town, String boundary) {
	}

	/** The approximate areas by town code, and the points they were drawn from. */
	private record Drawn(List<Located> points, Map<String, String> areas) {
	}

}
