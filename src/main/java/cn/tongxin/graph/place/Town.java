package cn.tongxin.graph.place;

import org.neo4j.driver.Value;

/** A town (镇) or sub-district (街道), by its 9-digit statistical division code. */
public record Town(String code, String name) {

	public static Town from(Value town) {
		return new Town(town.get("code").asString(), town.get("name").asString());
	}

}
