package cn.tongxin.graph.people;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * A non-party representative. Phone number and birth year are personal data: they reach a client only through
 * {@code PersonalData}, masked unless the user may see them, and are never logged.
 */
public record Representative(String id, String name, Gender gender, Integer birthYear, String ethnicity,
		Category category, RepresentativeLevel level, String enterpriseCreditCode, String townCode, String phone) {

	public static Representative from(Value representative) {
		return new Representative(representative.get("id").asString(), representative.get("name").asString(),
				GraphValues.enumOf(Gender.class, representative.get("gender")),
				GraphValues.integer(representative.get("birthYear")), GraphValues.text(representative.get("ethnicity")),
				GraphValues.enumOf(Category.class, representative.get("category")),
				GraphValues.enumOf(RepresentativeLevel.class, representative.get("level")),
				GraphValues.text(representative.get("enterpriseCreditCode")),
				GraphValues.text(representative.get("townCode")), GraphValues.text(representative.get("phone")));
	}

	/** Never print the phone number or birth year. */
	@Override
	public String toString() {
		return "Representative[" + this.id + "]";
	}

}
