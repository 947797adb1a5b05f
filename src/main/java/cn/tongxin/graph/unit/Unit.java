package cn.tongxin.graph.unit;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A member unit (成员单位); a unit of the district has no town. */
public record Unit(String code, String name, UnitDomain domain, String townCode) {

	public static Unit from(Value unit) {
		return new Unit(unit.get("code").asString(), unit.get("name").asString(),
				GraphValues.enumOf(UnitDomain.class, unit.get("domain")), GraphValues.text(unit.get("townCode")));
	}

}
