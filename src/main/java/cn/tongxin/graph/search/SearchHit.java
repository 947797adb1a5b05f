package cn.tongxin.graph.search;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * One thing found: its kind and key, its name, a detail a person recognises it by (a leader's role, a
 * representative's category, an enterprise's industry, a village's kind), its town, and how well it matched.
 */
record SearchHit(String kind, String id, String label, String detail, String townName, double score) {

	static SearchHit from(Value hit) {
		return new SearchHit(hit.get("kind").asString(), hit.get("id").asString(), hit.get("label").asString(),
				GraphValues.text(hit.get("detail")), GraphValues.text(hit.get("townName")), hit.get("score").asDouble());
	}

}
