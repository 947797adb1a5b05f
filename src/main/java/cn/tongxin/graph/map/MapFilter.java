package cn.tongxin.graph.map;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.place.VillageKind;

/** Which villages a view shows: of a kind, with households in a range, paired today or not; null: any. */
record MapFilter(VillageKind kind, Integer minHouseholds, Integer maxHouseholds, Boolean paired) {

	static final MapFilter ANY = new MapFilter(null, null, null, null);

	/** The filter as the one map parameter the Cypher reads, every key present (a null is "any"). */
	Map<String, Object> parameter() {
		var filter = new HashMap<String, Object>();
		filter.put("kind", (this.kind != null) ? this.kind.name() : null);
		filter.put("minHouseholds", this.minHouseholds);
		filter.put("maxHouseholds", this.maxHouseholds);
		filter.put("paired", this.paired);
		return filter;
	}

}
