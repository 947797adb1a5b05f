package cn.tongxin.graph.staff;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A member of staff in a post, from {@code since} to {@code until}. The phone number is personal data. */
public record Staff(String id, String name, StaffPost post, String townCode, String villageCode, String siteId,
		boolean fullTime, LocalDate since, LocalDate until, String phone) {

	public static Staff from(Value staff) {
		return new Staff(staff.get("id").asString(), staff.get("name").asString(),
				GraphValues.enumOf(StaffPost.class, staff.get("post")), GraphValues.text(staff.get("townCode")),
				GraphValues.text(staff.get("villageCode")), GraphValues.text(staff.get("siteId")),
				staff.get("fullTime").asBoolean(false), GraphValues.date(staff.get("since")),
				GraphValues.date(staff.get("until")), GraphValues.text(staff.get("phone")));
	}

	/** Never print the phone number. */
	@Override
	public String toString() {
		return "Staff[" + this.id + "]";
	}

}
