package cn.tongxin.graph.duty;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** One item of a holder's duty list for a year, with its latest check (null before the first). */
public record Duty(String id, String holderCode, DutyKind kind, String title, int year, LocalDate dueOn, int weight,
		DutyCheck latestCheck) {

	static Duty from(Value duty) {
		return new Duty(duty.get("id").asString(), duty.get("holderCode").asString(),
				GraphValues.enumOf(DutyKind.class, duty.get("kind")), duty.get("title").asString(),
				duty.get("year").asInt(), GraphValues.date(duty.get("dueOn")),
				duty.get("weight").asInt((int) DutyLedgers.DEFAULT_WEIGHT), DutyCheck.from(duty.get("latestCheck")));
	}

}
