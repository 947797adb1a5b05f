package cn.tongxin.graph.network;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A leader's friendship (结对交友) with a representative, since a date, with the last contact if known. */
public record Friendship(String leaderId, String representativeId, LocalDate since, LocalDate lastContact) {

	public static Friendship from(Value friendship) {
		return new Friendship(friendship.get("leaderId").asString(), friendship.get("representativeId").asString(),
				GraphValues.date(friendship.get("since")), GraphValues.date(friendship.get("lastContact")));
	}

}
