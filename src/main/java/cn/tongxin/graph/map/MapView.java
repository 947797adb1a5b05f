package cn.tongxin.graph.map;

import java.util.List;

import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * What a box of the map shows: each village, or their clusters when there are more than the map draws one by one;
 * the enterprises and sites, unless there are more of them than that; today's pairings as lines; and the counts.
 */
record MapView(boolean clustered, Counts counts, List<MapVillage> villages, List<Cluster> clusters,
		List<MapEnterprise> enterprises, List<Line> pairings, List<MapSite> sites) {

	/** How many of each the box holds, whether drawn one by one or not. */
	record Counts(int villages, int unpaired, int enterprises, int sites) {
	}

	record MapVillage(String code, String name, VillageKind kind, Integer households, boolean paired,
			String townCode, double latitude, double longitude) {

		static MapVillage from(Value village) {
			return new MapVillage(village.get("code").asString(), village.get("name").asString(),
					GraphValues.enumOf(VillageKind.class, village.get("kind")),
					GraphValues.integer(village.get("households")), village.get("paired").asBoolean(),
					village.get("townCode").asString(), village.get("latitude").asDouble(),
					village.get("longitude").asDouble());
		}

	}

	/** The villages of a cell of the map's grid, at their mean position. */
	record Cluster(double latitude, double longitude, int villages, int unpaired) {

		static Cluster from(Value cell) {
			return new Cluster(cell.get("latitude").asDouble(), cell.get("longitude").asDouble(),
					cell.get("villages").asInt(), cell.get("unpaired").asInt());
		}

	}

	/** An enterprise with the villages it carries today. */
	record MapEnterprise(String creditCode, String name, String industry, int carries, double latitude,
			double longitude) {

		static MapEnterprise from(Value enterprise) {
			return new MapEnterprise(enterprise.get("creditCode").asString(), enterprise.get("name").asString(),
					GraphValues.text(enterprise.get("industry")), enterprise.get("carries").asInt(),
					enterprise.get("latitude").asDouble(), enterprise.get("longitude").asDouble());
		}

	}

	/** A pairing of today, from its enterprise to its village. */
	record Line(String creditCode, String enterpriseName, String villageCode, double enterpriseLatitude,
			double enterpriseLongitude, double villageLatitude, double villageLongitude) {
	}

	record MapSite(String id, String name, String kind, double latitude, double longitude) {

		static MapSite from(Value site) {
			return new MapSite(site.get("id").asString(), site.get("name").asString(), site.get("kind").asString(),
					site.get("latitude").asDouble(), site.get("longitude").asDouble());
		}

	}

}
