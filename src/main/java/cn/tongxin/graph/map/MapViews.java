package cn.tongxin.graph.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.map.MapView.Cluster;
import cn.tongxin.graph.map.MapView.Counts;
import cn.tongxin.graph.map.MapView.Line;
import cn.tongxin.graph.map.MapView.MapEnterprise;
import cn.tongxin.graph.map.MapView.MapSite;
import cn.tongxin.graph.map.MapView.MapVillage;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Today;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a box of the map shows, read through the point indexes in three statements (villages, enterprises, sites)
 * whatever the box: past {@link #MOST_POINTS} villages the villages come as clusters of a grid of
 * {@link #GRID} × {@link #GRID} cells, and past as many enterprises or sites only their count, so that a
 * province's view is as bounded as a town's.
 */
@Component
@Transactional(readOnly = true)
class MapViews {

	/** The most villages, enterprises or sites a view draws one by one. */
	static final int MOST_POINTS = 2000;

	/** Cells across and down the box when villages are clustered: at most GRID² clusters. */
	static final int GRID = 32;

	private static final String VILLAGES = CypherFile.load("map/villages");

	private static final String ENTERPRISES = CypherFile.load("map/enterprises");

	private static final String ENTERPRISES_OF_TOWN = CypherFile.load("map/enterprises-of-town");

	private static final String SITES = CypherFile.load("map/sites");

	private static final String TOWN_EXTENT = CypherFile.load("map/town-extent");

	private final GraphReader graph;

	private final Today today;

	MapViews(GraphReader graph, Today today) {
		this.graph = graph;
		this.today = today;
	}

	/** The view of a box, of one town or all the user's; the town is one of the user's, or null. */
	MapView of(MapBox asked, String townCode, MapFilter filter) {
		MapBox box = asked;
		MapBox villagesBox = asked;
		if (townCode != null) {
			Value extent = this.graph.all(TOWN_EXTENT, Map.of("townCode", townCode), "extent", row -> row).get(0);
			box = narrowed(asked, extent.get("all"));
			villagesBox = narrowed(asked, extent.get("villages"));
		}
		if (box == null) {
			return new MapView(false, new Counts(0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(), List.of());
		}
		Map<String, Object> parameters = parameters(box, townCode, filter, MOST_POINTS);
		Shown villages = (villagesBox != null) ? villages(parameters(villagesBox, townCode, filter, MOST_POINTS))
				: new Shown(0, 0, List.of(), List.of(), List.of());
		Value enterprises = one((townCode != null) ? ENTERPRISES_OF_TOWN : ENTERPRISES, parameters);
		Value sites = one(SITES, parameters);
		List<MapEnterprise> drawnEnterprises = enterprises.get("points").asList(MapEnterprise::from);
		var counts = new Counts(villages.count(), villages.unpaired(), enterprises.get("enterprises").asInt(),
				sites.get("sites").asInt());
		return new MapView(villages.clustered(), counts, villages.villages(), villages.clusters(), drawnEnterprises,
				villages.lines(), sites.get("points").asList(MapSite::from));
	}

	/**
	 * The part of the box asked inside one of a town's extents (map/town-extent), or null when they do not meet or
	 * the town has nothing located: the same answer as the whole box, read from few index entries rather than from
	 * every point of the box. Clusters are then cut from the narrowed box, as for a client that asked for it.
	 */
	private static MapBox narrowed(MapBox asked, Value extent) {
		if (extent.get("west").isNull()) {
			return null;
		}
		return asked.within(new MapBox(extent.get("west").asDouble(), extent.get("south").asDouble(),
				extent.get("east").asDouble(), extent.get("north").asDouble()));
	}

	/** The villages of a box, one by one up to {@code most}, else clustered. */
	Shown villages(MapBox box, String townCode, MapFilter filter, int most) {
		return villages(parameters(box, townCode, filter, most));
	}

	/** The villages a view shows: each with today's pairings as lines, or only clusters beyond the bound. */
	record Shown(int count, int unpaired, List<MapVillage> villages, List<Cluster> clusters, List<Line> lines) {

		boolean clustered() {
			return this.villages.isEmpty() && !this.clusters.isEmpty();
		}

	}

	private Shown villages(Map<String, Object> parameters) {
		Value shown = one(VILLAGES, parameters);
		var villages = new ArrayList<MapVillage>();
		var lines = new ArrayList<Line>();
		for (Value point : shown.get("points").values()) {
			MapVillage village = MapVillage.from(point);
			villages.add(village);
			for (Value enterprise : point.get("pairedWith").values()) {
				// an enterprise with no location has no end to draw the line from
				if (!enterprise.get("latitude").isNull() && !enterprise.get("longitude").isNull()) {
					lines.add(new Line(enterprise.get("creditCode").asString(), enterprise.get("name").asString(),
							village.code(), enterprise.get("latitude").asDouble(),
							enterprise.get("longitude").asDouble(), village.latitude(), village.longitude()));
				}
			}
		}
		return new Shown(shown.get("villages").asInt(), shown.get("unpaired").asInt(), villages,
				shown.get("clusters").asList(Cluster::from), lines);
	}

	private Map<String, Object> parameters(MapBox box, String townCode, MapFilter filter, int most) {
		var parameters = new HashMap<String, Object>();
		parameters.put("west", box.west());
		parameters.put("south", box.south());
		parameters.put("east", box.east());
		parameters.put("north", box.north());
		parameters.put("cellWidth", (box.east() - box.west()) / GRID);
		parameters.put("cellHeight", (box.north() - box.south()) / GRID);
		parameters.put("townCode", townCode);
		parameters.put("filter", filter.parameter());
		parameters.put("today", this.today.date());
		parameters.put("most", most);
		return parameters;
	}

	private Value one(String cypher, Map<String, Object> parameters) {
		return this.graph.all(cypher, parameters, "shown", shown -> shown).get(0);
	}

}
