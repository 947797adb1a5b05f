package cn.tongxin.graph.people;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * A non-party representative. Phone number and birth year are stored but not read here: they are personal
 * data and are only to be shown once access rules decide who may see them.
 */
public record Representative(String id, String name, Gender gender, String ethnicity, Category category,
		RepresentativeLevel level, String enterpriseCreditCode, String townCode) {

	public static Representative from(Value representative) {
		return new Representative(representative.get("id").asString(), representative.get("name").asString(),
				GraphValues.enumOf(Gender.class, representative.get("gender")),
				GraphValues.text(representative.get("ethnicity")),
				GraphValues.enumOf(Category.class, representative.get("category")),
				GraphValues.enumOf(RepresentativeLevel.class, representative.get("level")),
				GraphValues.text(representative.get("enterpriseCreditCode")),
				GraphValues.text(representative.get("townCode")));
	}

}
