package cn.tongxin.graph.network;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * A leader's friendship (结对交友) with a representative: since a date, until its last day once ended, and the last
 * contact if known.
 */
public record Friendship(String leaderId, String representativeId, LocalDate since, LocalDate until,
		LocalDate lastContact) {

	static Friendship from(Value friendship) {
		return new Friendship(friendship.get("leaderId").asString(), friendship.get("representativeId").asString(),
				GraphValues.date(friendship.get("since")), GraphValues.date(friendship.get("until")),
				GraphValues.date(friendship.get("lastContact")));
	}

	/** Ended once its {@code until} day has passed, as a pairing does: a friendship ending today still counts today. */
	boolean endedBy(LocalDate today) {
		return this.until != null && this.until.isBefore(today);
	}

}
