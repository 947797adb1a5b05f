package cn.tongxin.graph.duty;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A duty checked on a day: the result, the points given (unknown when none), the action decided, a note. */
public record DutyCheck(String dutyId, LocalDate checkedOn, DutyResult result, Integer score, DutyAction action,
		String note) {

	static DutyCheck from(Value check) {
		if (check.isNull()) {
			return null;
		}
		return new DutyCheck(check.get("dutyId").asString(), check.get("checkedOn").asLocalDate(),
				GraphValues.enumOf(DutyResult.class, check.get("result")), GraphValues.integer(check.get("score")),
				GraphValues.enumOf(DutyAction.class, check.get("action")), GraphValues.text(check.get("note")));
	}

}
