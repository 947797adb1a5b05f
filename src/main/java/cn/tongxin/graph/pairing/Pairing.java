package cn.tongxin.graph.pairing;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** An enterprise paired with a village since a date; with an end date it ends, and stays as history. */
public record Pairing(String enterpriseCreditCode, String villageCode, LocalDate since, LocalDate until) {

	public static Pairing from(Value pairing) {
		return new Pairing(pairing.get("enterpriseCreditCode").asString(), pairing.get("villageCode").asString(),
				GraphValues.date(pairing.get("since")), GraphValues.date(pairing.get("until")));
	}

	/** Ended once its {@code until} day has passed: a pairing ending today still counts today. */
	public boolean endedBy(LocalDate today) {
		return this.until != null && this.until.isBefore(today);
	}

}
