package cn.tongxin.graph.member;

import java.time.LocalDate;

import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.Gender;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * A united-front member as the ledger holds them today, or, in a page as of a day, with the category, tier, town,
 * village and unit in force then. Phone number and birth year are personal data: they reach a client only through
 * {@code PersonalData}, masked unless the user may see them, and are never logged.
 */
public record Member(String id, String name, Gender gender, Integer birthYear, String ethnicity, Category category,
		MemberTier tier, String townCode, String villageCode, String unitCode, String representativeId,
		LocalDate joinedOn, LocalDate leftOn, String phone, String workplace) {

	public static Member from(Value member) {
		return new Member(member.get("id").asString(), member.get("name").asString(),
				GraphValues.enumOf(Gender.class, member.get("gender")), GraphValues.integer(member.get("birthYear")),
				GraphValues.text(member.get("ethnicity")), GraphValues.enumOf(Category.class, member.get("category")),
				GraphValues.enumOf(MemberTier.class, member.get("tier")), GraphValues.text(member.get("townCode")),
				GraphValues.text(member.get("villageCode")), GraphValues.text(member.get("unitCode")),
				GraphValues.text(member.get("representativeId")), GraphValues.date(member.get("joinedOn")),
				GraphValues.date(member.get("leftOn")), GraphValues.text(member.get("phone")),
				GraphValues.text(member.get("workplace")));
	}

	/** Never print the phone number or birth year. */
	@Override
	public String toString() {
		return "Member[" + this.id + "]";
	}

}
